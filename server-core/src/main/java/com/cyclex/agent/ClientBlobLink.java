package com.cyclex.agent;

import com.cyclex.api.ExchangeClient;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Blobs carried between this computer's store and the exchange's through the member's client. What comes back
 * is stored under the hash its bytes have, so an answer that does not match what was asked is refused.
 */
final class ClientBlobLink implements BlobLink {
    private final ExchangeClient client;
    private final BlobStore store;
    private final Executor io;

    ClientBlobLink(ExchangeClient client, BlobStore store, Executor io) {
        this.client = client;
        this.store = store;
        this.io = io;
    }

    @Override
    public CompletableFuture<Void> fetch(String hash, BlobKind kind) {
        if (store.contains(hash)) {
            return CompletableFuture.completedFuture(null);
        }
        return client.blob(hash, kind).thenAcceptAsync(bytes -> {
            String got = store.put(kind, bytes);
            if (!got.equals(hash)) {
                throw new JobException(JobCode.BLOB_CORRUPT, "The exchange sent other bytes than the blob " + hash + ".");
            }
        }, io);
    }

    @Override
    public CompletableFuture<Void> send(String hash, BlobKind kind) {
        return CompletableFuture.supplyAsync(() -> store.get(hash, kind), io)
                .thenCompose(bytes -> client.putBlob(kind, bytes))
                .thenAccept(stored -> {
                    if (!stored.equals(hash)) {
                        throw new IllegalStateException("The exchange stored the blob " + hash + " as " + stored + ".");
                    }
                });
    }
}
