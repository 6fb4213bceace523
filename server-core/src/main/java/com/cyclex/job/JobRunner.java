package com.cyclex.job;

import java.util.concurrent.CompletableFuture;

/**
 * The seller's side of one job, end to end: fetch its blobs, run it on a slot, store its output, report.
 * This is what a lease's delivery calls for each SubmitJob; it holds no lease state of its own.
 */
public final class JobRunner {
    private final BlobStore blobs;
    private final JobExecutor executor;

    public JobRunner(BlobStore blobs, JobExecutor executor) {
        this.blobs = blobs;
        this.executor = executor;
    }

    /**
     * Runs the job; the future completes with its report, never exceptionally. The module and input are read
     * (and checked against their hashes) on the calling thread, so a missing blob is reported at once.
     */
    public CompletableFuture<JobReport> run(JobSpec spec) {
        return run(spec, new JobCancel());
    }

    /** The same, stopped (CANCELLED) when {@code cancel} is used. */
    public CompletableFuture<JobReport> run(JobSpec spec, JobCancel cancel) {
        byte[] module;
        byte[] input;
        try {
            module = blobs.get(spec.moduleHash(), BlobKind.MODULE);
            input = blobs.get(spec.inputHash(), BlobKind.INPUT);
        } catch (JobException e) {
            return CompletableFuture.completedFuture(JobReport.failed(e));
        }
        return executor.submit(module, spec.args(), input, cancel).thenApply(this::store);
    }

    private JobReport store(JobResult result) {
        if (!result.ok()) {
            return JobReport.of(result, null);
        }
        try {
            return JobReport.of(result, blobs.put(BlobKind.OUTPUT, result.stdout()));
        } catch (JobException e) {
            return JobReport.failed(e);
        }
    }
}
