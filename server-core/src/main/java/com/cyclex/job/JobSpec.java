package com.cyclex.job;

import java.util.List;

/**
 * A job as the journal holds it: blobs by hash, so commands stay small.
 *
 * @param moduleHash the WASI command module's blob
 * @param args the program's argv, its name first
 * @param inputHash the blob the program reads as stdin
 */
public record JobSpec(String moduleHash, List<String> args, String inputHash) {
    public JobSpec {
        args = List.copyOf(args);
        if (!BlobStore.isHash(moduleHash) || !BlobStore.isHash(inputHash)) {
            throw new JobException(JobCode.BLOB_HASH_INVALID, "A job names its module and input by their SHA-256 hashes.");
        }
    }
}
