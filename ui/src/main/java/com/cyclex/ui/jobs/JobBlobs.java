package com.cyclex.ui.jobs;

import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;

/**
 * Where the terminal stores a job's module and input and reads its output: the host's blob store when the
 * exchange runs in this process; over the gateway for a remote terminal, once the gateway carries blobs.
 * Both calls may block on disk or network: call them off the JavaFX thread.
 */
public interface JobBlobs {

    /**
     * Stores the bytes (if not stored yet) and returns their SHA-256 hash.
     *
     * @throws com.cyclex.job.JobException with a sentence when the store refuses them (too large, cannot write)
     */
    String put(BlobKind kind, byte[] bytes);

    /**
     * The bytes of the blob of this hash.
     *
     * @throws com.cyclex.job.JobException with a sentence when it is missing or corrupt
     */
    byte[] get(String hash, BlobKind kind);

    /** The blobs of a blob store in this process (the host's, through its delivery). */
    static JobBlobs of(BlobStore store) {
        return new JobBlobs() {
            @Override
            public String put(BlobKind kind, byte[] bytes) {
                return store.put(kind, bytes);
            }

            @Override
            public byte[] get(String hash, BlobKind kind) {
                return store.get(hash, kind);
            }
        };
    }
}
