package com.cyclex.ui.jobs;

import com.cyclex.job.BlobKind;
import com.cyclex.api.ExchangeClient;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the terminal stores a job's module and input and reads its output: the host's blob store when the
 * exchange runs in this process; over the gateway for a remote terminal.
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

    /**
     * The blobs of the exchange behind a client: the host's store over the gateway for a terminal that joined
     * from another computer. Waits at most a minute for an answer.
     */
    static JobBlobs of(ExchangeClient client) {
        return new JobBlobs() {
            @Override
            public String put(BlobKind kind, byte[] bytes) {
                return await(client.putBlob(kind, bytes), "store the " + kind.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public byte[] get(String hash, BlobKind kind) {
                return await(client.blob(hash, kind), "read the " + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
        };
    }

    private static <T> T await(CompletableFuture<T> answer, String what) {
        try {
            return answer.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JobException j) {
                throw j;
            }
            throw new JobException(JobCode.BLOB_IO, "Could not " + what + " on the exchange: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new JobException(JobCode.BLOB_IO, "The exchange did not answer within a minute; could not " + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobException(JobCode.BLOB_IO, "Stopped before the exchange answered.", e);
        }
    }

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
