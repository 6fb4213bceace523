package com.cyclex.agent;

import com.cyclex.job.BlobKind;
import java.util.concurrent.CompletableFuture;

/**
 * How a seller's agent has a job's blobs where it runs them and gives its outputs back. An agent in the host's
 * process shares the host's store: nothing to carry. One on another computer fetches the module and input
 * before it runs and uploads the output before it reports ({@link ClientBlobLink}).
 */
interface BlobLink {

    /** Completes once the blob is in the agent's store; fails with a JobException when the host has none to give. */
    CompletableFuture<Void> fetch(String hash, BlobKind kind);

    /** Completes once the exchange holds the blob of the agent's store. */
    CompletableFuture<Void> send(String hash, BlobKind kind);

    BlobLink SAME_STORE = new BlobLink() {
        @Override
        public CompletableFuture<Void> fetch(String hash, BlobKind kind) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> send(String hash, BlobKind kind) {
            return CompletableFuture.completedFuture(null);
        }
    };
}
