package com.cyclex.job;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on a fixed number of slots, one thread each: a lease of n cores gets an executor of n slots, so
 * at most n of its jobs run at once and the rest wait in a bounded queue, in order.
 * Closing it cancels the waiting jobs and stops the running ones (both end CANCELLED).
 */
public final class JobExecutor implements AutoCloseable {
    /** Thread stack for a slot: compiled WebAssembly recurses on the JVM stack. */
    private static final long STACK_BYTES = 16L << 20;

    private final Sandbox sandbox;
    private final int slots;
    private final ThreadPoolExecutor threads;
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param slots how many jobs may run at once (the lease's cores)
     * @param maxWaiting how many more may wait for a slot before submit answers QUEUE_FULL
     */
    public JobExecutor(Sandbox sandbox, int slots, int maxWaiting) {
        if (slots < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("A job executor has at least one slot and a queue of zero or more.");
        }
        long heapNeeded = 2L * slots * sandbox.limits().maxMemoryBytes(); // a memory grow copies the old array
        if (heapNeeded > Runtime.getRuntime().maxMemory()) {
            throw new IllegalArgumentException(slots + " slots of " + (sandbox.limits().maxMemoryBytes() >> 20)
                    + " MiB linear memory could need " + (heapNeeded >> 20) + " MiB, more than the JVM's heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB: lower JobLimits.maxMemoryBytes or raise -Xmx.");
        }
        this.sandbox = sandbox;
        this.slots = slots;
        AtomicInteger numbers = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, maxWaiting)),
                runnable -> {
                    Thread thread = new Thread(null, runnable, "cyclex-job-" + numbers.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues a job; the future completes with its result, never exceptionally. */
    public CompletableFuture<JobResult> submit(byte[] module, List<String> args, byte[] input) {
        return submit(module, args, input, new JobCancel());
    }

    /** Queues a job that {@code cancel} can stop (it then ends CANCELLED); the future never completes exceptionally. */
    public CompletableFuture<JobResult> submit(byte[] module, List<String> args, byte[] input, JobCancel cancel) {
        var task = new Task(module, List.copyOf(args), input, cancel);
        try {
            threads.execute(task);
        } catch (RejectedExecutionException e) {
            task.result.complete(threads.isShutdown()
                    ? JobResult.failed(JobCode.CANCELLED, "The job executor is closed.")
                    : JobResult.failed(JobCode.QUEUE_FULL, "All " + slots + " slots are busy and "
                            + threads.getQueue().size() + " jobs are already waiting."));
        }
        return task.result;
    }

    /** How many jobs may run at once. */
    public int slots() {
        return slots;
    }

    /** How many jobs are running now. */
    public int running() {
        return running.get();
    }

    /** How many jobs wait for a slot now. */
    public int waiting() {
        return threads.getQueue().size();
    }

    /** Cancels waiting jobs, stops running ones, and waits up to a few seconds for the slots to empty. */
    @Override
    public void close() {
        for (Runnable waiting : threads.shutdownNow()) {
            ((Task) waiting).result.complete(JobResult.failed(JobCode.CANCELLED, "The job was cancelled before it started."));
        }
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Task implements Runnable {
        final CompletableFuture<JobResult> result = new CompletableFuture<>();
        private final byte[] module;
        private final List<String> args;
        private final byte[] input;

        private final JobCancel cancel;

        Task(byte[] module, List<String> args, byte[] input, JobCancel cancel) {
            this.module = module;
            this.args = args;
            this.input = input;
            this.cancel = cancel;
        }

        @Override
        public void run() {
            if (!cancel.enter()) {
                result.complete(JobResult.failed(JobCode.CANCELLED, "The job was cancelled before it started."));
                return;
            }
            running.incrementAndGet();
            JobCpu.begin();
            try {
                result.complete(sandbox.run(module, args, input));
            } catch (RuntimeException | Error e) {
                result.complete(JobResult.failed(JobCode.INTERNAL, "The sandbox failed on its side (" + e + ")."));
            } finally {
                JobCpu.end();
                running.decrementAndGet();
                cancel.leave();
            }
        }
    }
}
