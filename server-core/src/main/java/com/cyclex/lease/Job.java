package com.cyclex.lease;

import com.cyclex.job.JobCode;
import java.util.List;

/**
 * A unit of a buyer's work on one of its leases: a WebAssembly module with its arguments and input, named
 * by the hashes of blobs kept beside the exchange, so that the journal carries only hashes.
 *
 * @param outcome how it ended (null until it has): the seller's report, or why the exchange ended it
 * @param outputHash the hash of its standard output (null until reported, or when it failed before output)
 * @param stderrHash the hash of what it wrote to standard error, or null for nothing
 * @param verify whether it is (or was) run again elsewhere to check the seller's output
 */
public record Job(long id, long lease, long buyerId, long sellerId, String moduleHash, List<String> args, String inputHash,
                  JobState state, long submittedAt, long startedAt, long endedAt, JobCode outcome, int exitCode,
                  String outputHash, long outputBytes, String stderrHash, long cpuMillis, long wallMillis, boolean verify) {

    public Job {
        args = List.copyOf(args);
    }

    /** What the blob of {@code hash} is to this job (standard error counts as output), or null when it names no such blob. */
    public com.cyclex.job.BlobKind blobKind(String hash) {
        if (hash == null) {
            return null;
        } else if (hash.equals(moduleHash)) {
            return com.cyclex.job.BlobKind.MODULE;
        } else if (hash.equals(inputHash)) {
            return com.cyclex.job.BlobKind.INPUT;
        } else if (hash.equals(outputHash) || hash.equals(stderrHash)) {
            return com.cyclex.job.BlobKind.OUTPUT;
        }
        return null;
    }

    /** A job just submitted: queued until a core of its lease is free. */
    public static Job submitted(long id, Lease lease, String moduleHash, List<String> args, String inputHash, long now) {
        return new Job(id, lease.id(), lease.buyerId(), lease.sellerId(), moduleHash, args, inputHash, JobState.QUEUED, now,
                0, 0, null, 0, null, 0, null, 0, 0, false);
    }

    public Job started(long now) {
        return new Job(id, lease, buyerId, sellerId, moduleHash, args, inputHash, JobState.RUNNING, submittedAt, now, 0, null,
                0, null, 0, null, 0, 0, false);
    }

    /** The seller's report taken: finished, or waiting for its verification run. */
    public Job reported(JobState next, JobCode code, int exit, String output, long bytes, String stderr, long cpu, long wall,
                        boolean verified, long now) {
        return new Job(id, lease, buyerId, sellerId, moduleHash, args, inputHash, next, submittedAt, startedAt, now, code, exit,
                output, bytes, stderr, cpu, wall, verified);
    }

    /** Ends a job that has not finished, for a reason of the exchange's. */
    public Job ended(JobState next, JobCode code, long now) {
        return new Job(id, lease, buyerId, sellerId, moduleHash, args, inputHash, next, submittedAt, startedAt,
                endedAt == 0 ? now : endedAt, code, exitCode, outputHash, outputBytes, stderrHash, cpuMillis, wallMillis, verify);
    }

    /** The part of the lease's value this job used: its run time at the lease's price of a core for its term. */
    public long costOf(Lease of) {
        long term = of.end() - of.start();
        if (term <= 0 || of.cores() <= 0) {
            return 0;
        }
        long used = Math.min(wallMillis, term);
        return java.math.BigInteger.valueOf(of.value()).multiply(java.math.BigInteger.valueOf(used))
                .divide(java.math.BigInteger.valueOf(term).multiply(java.math.BigInteger.valueOf(of.cores()))).longValueExact();
    }
}
