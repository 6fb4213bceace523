package com.cyclex.job;

import java.util.Objects;

/**
 * What running one job gave: its outcome, and when it ran to its end, its exit code and output.
 * A job that calls {@code proc_exit(3)} has code OK and exit code 3: the exit code is the program's business.
 *
 * @param exitCode the WASI exit code when {@code code} is OK (0 when {@code _start} returned), else -1
 * @param stdout everything the job wrote to stdout (empty unless OK)
 * @param stderr the first {@link JobLimits#maxStderrBytes()} bytes it wrote to stderr, whatever the outcome
 * @param wallNanos wall time from instantiation to the end, compile time excluded
 * @param cpuNanos CPU time of the thread that ran it (Chicory's compiler offers no instruction count)
 * @param compileNanos time spent compiling the module for this job; 0 when the compiled module was cached
 * @param memoryBytes the job's linear memory at its end
 */
public record JobResult(
        JobCode code,
        String sentence,
        int exitCode,
        byte[] stdout,
        byte[] stderr,
        long wallNanos,
        long cpuNanos,
        long compileNanos,
        long memoryBytes) {

    private static final byte[] NONE = new byte[0];

    public JobResult {
        Objects.requireNonNull(code);
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(stdout);
        Objects.requireNonNull(stderr);
    }

    /** A job refused or failed before it produced anything. */
    public static JobResult failed(JobCode code, String sentence) {
        return new JobResult(code, sentence, -1, NONE, NONE, 0, 0, 0, 0);
    }

    /** True when the job ran to its end (whatever its exit code). */
    public boolean ok() {
        return code == JobCode.OK;
    }

    /** True when the job ran to its end with exit code 0. */
    public boolean succeeded() {
        return ok() && exitCode == 0;
    }

    @Override
    public String toString() {
        return "JobResult[" + code + " exit " + exitCode + ", " + stdout.length + " bytes out, "
                + wallNanos / 1_000_000 + " ms: " + sentence + "]";
    }
}
