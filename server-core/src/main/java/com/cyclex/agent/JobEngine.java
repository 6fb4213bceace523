package com.cyclex.agent;

import com.cyclex.job.BlobStore;
import com.cyclex.job.JobExecutor;
import com.cyclex.job.JobLimits;
import com.cyclex.job.JobRunner;
import com.cyclex.job.wasm.WasmSandbox;
import java.nio.file.Path;

/**
 * What one machine runs jobs with: the blob store in its data dir, the sandbox, and as many slots as its cores
 * and heap allow. The host's delivery and a joined seller's agent each open one.
 */
final class JobEngine implements AutoCloseable {
    /** Linear memory a job may take: enough for the built-in workloads and most programs, and a few at once fit a 2 GB heap. */
    static final long JOB_MEMORY_BYTES = 128L << 20;

    final JobLimits limits;
    final BlobStore blobs;
    final JobExecutor executor;
    final JobRunner runner;
    private final WasmSandbox sandbox;

    private JobEngine(Path dataDir, JobLimits asked) {
        // A small heap gets smaller jobs rather than none: an eighth of it, in whole pages.
        long heap = Runtime.getRuntime().maxMemory();
        long fits = Math.max(JobLimits.PAGE_BYTES, heap / 8 / JobLimits.PAGE_BYTES * JobLimits.PAGE_BYTES);
        this.limits = asked.maxMemoryBytes() > fits ? asked.withMaxMemoryBytes(fits) : asked;
        this.blobs = BlobStore.open(dataDir, limits);
        this.sandbox = new WasmSandbox(limits);
        long perSlot = 2 * limits.maxMemoryBytes();
        int slots = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), heap / 2 / perSlot));
        this.executor = new JobExecutor(sandbox, slots, 4096);
        this.runner = new JobRunner(blobs, executor);
    }

    static JobEngine open(Path dataDir, JobLimits asked) {
        return new JobEngine(dataDir, asked);
    }

    /** This build's limits for a desktop seller. */
    static JobLimits defaultLimits() {
        return JobLimits.defaults().withMaxMemoryBytes(JOB_MEMORY_BYTES);
    }

    @Override
    public void close() {
        executor.close();
        sandbox.close();
    }
}
