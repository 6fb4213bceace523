package com.cyclex.job;

import java.nio.charset.StandardCharsets;

/**
 * What a seller's agent reports for one job: the outcome and, when it ran to its end, the hash of its output
 * blob (already in the seller's blob store), plus what it used.
 *
 * @param outputHash the stdout blob's hash when {@code code} is OK, else null
 * @param stderr the start of what the job wrote to stderr, as text, for the buyer to read
 */
public record JobReport(
        JobCode code,
        String sentence,
        int exitCode,
        String outputHash,
        long outputBytes,
        String stderr,
        long wallNanos,
        long cpuNanos) {

    /** A job that could not be run (its blobs are missing, corrupt or too large). */
    public static JobReport failed(JobException e) {
        return new JobReport(e.code(), e.getMessage(), -1, null, 0, "", 0, 0);
    }

    /** The report of a result whose output is stored as {@code outputHash} (null when it failed). */
    public static JobReport of(JobResult result, String outputHash) {
        return new JobReport(result.code(), result.sentence(), result.exitCode(), outputHash, result.stdout().length,
                new String(result.stderr(), StandardCharsets.UTF_8), result.wallNanos(), result.cpuNanos());
    }

    /** True when the job ran to its end (whatever its exit code). */
    public boolean ok() {
        return code == JobCode.OK;
    }
}
