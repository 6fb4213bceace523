package com.cyclex.job;

import java.time.Duration;

/**
 * What a seller's sandbox allows one job: sizes of its module, input, arguments and outputs, its linear
 * memory, its table and its wall time. Every member should run with the same limits, so that a job the
 * host re-runs for verification meets the same ones.
 *
 * @param maxModuleBytes the largest module accepted (also bounds compile time)
 * @param maxInputBytes the largest input (stdin) accepted
 * @param maxOutputBytes stdout beyond this stops the job with OUTPUT_TOO_LARGE
 * @param maxStderrBytes stderr beyond this is dropped (it is for diagnostics, not results)
 * @param maxMemoryBytes linear memory cap; a module declaring or growing past it gets MEMORY_LIMIT
 * @param maxTableElements the largest table a module may declare
 * @param maxArgBytes the arguments' total size in UTF-8, one NUL each included
 * @param timeLimit wall time from instantiation to the end of {@code _start}
 */
public record JobLimits(
        long maxModuleBytes,
        long maxInputBytes,
        long maxOutputBytes,
        int maxStderrBytes,
        long maxMemoryBytes,
        int maxTableElements,
        int maxArgBytes,
        Duration timeLimit) {

    public static final int PAGE_BYTES = 65_536;

    public JobLimits {
        require(maxModuleBytes > 0 && maxModuleBytes <= Integer.MAX_VALUE - 8, "maxModuleBytes is 1 byte to 2 GiB");
        require(maxInputBytes >= 0 && maxInputBytes <= Integer.MAX_VALUE - 8, "maxInputBytes is 0 to 2 GiB");
        require(maxOutputBytes >= 0 && maxOutputBytes <= Integer.MAX_VALUE - 8, "maxOutputBytes is 0 to 2 GiB");
        require(maxStderrBytes >= 0, "maxStderrBytes is not negative");
        // Chicory's byte-array memory indexes with an int: stay below 2 GiB
        require(maxMemoryBytes >= PAGE_BYTES && maxMemoryBytes <= 32_767L * PAGE_BYTES,
                "maxMemoryBytes is one 64 KiB page to 32767 pages");
        require(maxTableElements >= 0, "maxTableElements is not negative");
        require(maxArgBytes > 0, "maxArgBytes is positive");
        require(timeLimit != null && !timeLimit.isNegative() && !timeLimit.isZero(), "timeLimit is positive");
    }

    /** Sane defaults for a desktop seller: 8 MiB modules, 16 MiB input and output, 256 MiB memory, 60 s. */
    public static JobLimits defaults() {
        return new JobLimits(8L << 20, 16L << 20, 16L << 20, 64 << 10, 256L << 20, 100_000, 64 << 10,
                Duration.ofSeconds(60));
    }

    /** The linear memory cap in 64 KiB pages. */
    public int maxMemoryPages() {
        return (int) (maxMemoryBytes / PAGE_BYTES);
    }

    public JobLimits withTimeLimit(Duration limit) {
        return new JobLimits(maxModuleBytes, maxInputBytes, maxOutputBytes, maxStderrBytes, maxMemoryBytes,
                maxTableElements, maxArgBytes, limit);
    }

    public JobLimits withMaxMemoryBytes(long bytes) {
        return new JobLimits(maxModuleBytes, maxInputBytes, maxOutputBytes, maxStderrBytes, bytes,
                maxTableElements, maxArgBytes, timeLimit);
    }

    public JobLimits withMaxOutputBytes(long bytes) {
        return new JobLimits(maxModuleBytes, maxInputBytes, bytes, maxStderrBytes, maxMemoryBytes,
                maxTableElements, maxArgBytes, timeLimit);
    }

    public JobLimits withMaxModuleBytes(long bytes) {
        return new JobLimits(bytes, maxInputBytes, maxOutputBytes, maxStderrBytes, maxMemoryBytes,
                maxTableElements, maxArgBytes, timeLimit);
    }

    public JobLimits withMaxInputBytes(long bytes) {
        return new JobLimits(maxModuleBytes, bytes, maxOutputBytes, maxStderrBytes, maxMemoryBytes,
                maxTableElements, maxArgBytes, timeLimit);
    }

    /** The size limit the blob store applies to a blob of this kind. */
    public long maxBytes(BlobKind kind) {
        return switch (kind) {
            case MODULE -> maxModuleBytes;
            case INPUT -> maxInputBytes;
            case OUTPUT -> maxOutputBytes;
        };
    }

    private static void require(boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("Job limits: " + rule + ".");
        }
    }
}
