package com.cyclex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.wasm.WasmSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobExecutorTest {
    private static final byte[] NOTHING = new byte[0];

    /** A sandbox that counts how many run at once and holds each job until the test lets it go. */
    private static final class GatedSandbox implements Sandbox {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public JobResult run(byte[] module, List<String> args, byte[] input) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.incrementAndGet();
            try {
                release.await();
                return JobResult.failed(JobCode.OK, "held and released");
            } catch (InterruptedException e) {
                return JobResult.failed(JobCode.CANCELLED, "interrupted");
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public JobLimits limits() {
            return TestModules.testLimits();
        }

        void awaitStarted(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (started.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
    }

    @Test
    void nSlotsNeverRunMoreThanNJobsAtOnce() throws Exception {
        var sandbox = new GatedSandbox();
        try (var executor = new JobExecutor(sandbox, 3, 100)) {
            List<CompletableFuture<JobResult>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(executor.submit(NOTHING, List.of("job"), NOTHING));
            }
            sandbox.awaitStarted(3);
            assertEquals(3, executor.running());
            assertEquals(7, executor.waiting());
            assertEquals(3, sandbox.started.get(), "the other seven wait for a slot");
            sandbox.release.countDown();
            for (var result : results) {
                assertEquals(JobCode.OK, result.get(30, TimeUnit.SECONDS).code());
            }
            assertEquals(3, sandbox.mostAtOnce.get());
        }
    }

    @Test
    void aFullQueueRefusesTheJobAtOnce() throws Exception {
        var sandbox = new GatedSandbox();
        try (var executor = new JobExecutor(sandbox, 1, 2)) {
            var first = executor.submit(NOTHING, List.of("job"), NOTHING);
            sandbox.awaitStarted(1);
            executor.submit(NOTHING, List.of("job"), NOTHING);
            executor.submit(NOTHING, List.of("job"), NOTHING);
            JobResult refused = executor.submit(NOTHING, List.of("job"), NOTHING).get(30, TimeUnit.SECONDS);
            assertEquals(JobCode.QUEUE_FULL, refused.code());
            assertTrue(refused.sentence().contains("2 jobs are already waiting"), refused.sentence());
            sandbox.release.countDown();
            assertEquals(JobCode.OK, first.get(30, TimeUnit.SECONDS).code());
        }
    }

    @Test
    void closingCancelsWaitingJobsAndStopsRunningOnes() throws Exception {
        var sandbox = new GatedSandbox();
        var executor = new JobExecutor(sandbox, 1, 10);
        var running = executor.submit(NOTHING, List.of("job"), NOTHING);
        var waiting = executor.submit(NOTHING, List.of("job"), NOTHING);
        sandbox.awaitStarted(1);
        executor.close();
        assertEquals(JobCode.CANCELLED, running.get(30, TimeUnit.SECONDS).code());
        assertEquals(JobCode.CANCELLED, waiting.get(30, TimeUnit.SECONDS).code());
        assertEquals(JobCode.CANCELLED, executor.submit(NOTHING, List.of("job"), NOTHING).get(30, TimeUnit.SECONDS).code());
    }

    @Test
    void realJobsOnTwoSlotsAllGiveTheRightAnswer() throws Exception {
        try (var sandbox = new WasmSandbox(TestModules.testLimits()); var executor = new JobExecutor(sandbox, 2, 100)) {
            List<PrimeCount> jobs = new ArrayList<>();
            List<CompletableFuture<JobResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                var job = new PrimeCount(i * 10_000L, (i + 1) * 10_000L);
                jobs.add(job);
                results.add(executor.submit(job.kind().module(), job.args(), job.input()));
            }
            for (int i = 0; i < jobs.size(); i++) {
                assertEquals(jobs.get(i).reference(), jobs.get(i).decode(results.get(i).get(60, TimeUnit.SECONDS).stdout()));
            }
        }
    }

    @Test
    void aCancelledJobStopsWhileRunningAndOneCancelledWhileWaitingNeverRuns() throws Exception {
        try (var sandbox = new WasmSandbox(TestModules.testLimits().withTimeLimit(java.time.Duration.ofSeconds(60)));
             var executor = new JobExecutor(sandbox, 1, 10)) {
            JobCancel first = new JobCancel();
            JobCancel second = new JobCancel();
            var running = executor.submit(TestModules.load("loop"), List.of("loop"), NOTHING, first);
            var waiting = executor.submit(TestModules.load("loop"), List.of("loop"), NOTHING, second);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (executor.running() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            second.cancel();
            first.cancel();
            assertEquals(JobCode.CANCELLED, running.get(20, TimeUnit.SECONDS).code(), "stopped long before its 60 s limit");
            JobResult never = waiting.get(20, TimeUnit.SECONDS);
            assertEquals(JobCode.CANCELLED, never.code());
            assertEquals(0, never.cpuNanos(), "it never ran");
            var after = new PrimeCount(1, 1_000);
            assertEquals(after.reference(), after.decode(executor.submit(after.kind().module(), after.args(), after.input())
                    .get(20, TimeUnit.SECONDS).stdout()), "the slot runs the next job, no interrupt left over");
        }
    }

    @Test
    void theProcessorTimeJobsUseIsCountedWhileTheyRunAndAfter() throws Exception {
        try (var sandbox = new WasmSandbox(TestModules.testLimits()); var executor = new JobExecutor(sandbox, 1, 10)) {
            var job = new PrimeCount(1, 3_000_000);
            long before = JobCpu.nanos();
            long start = System.nanoTime();
            JobResult r = executor.submit(job.kind().module(), job.args(), job.input()).get(120, TimeUnit.SECONDS);
            long wall = System.nanoTime() - start;
            assertEquals(job.reference(), job.decode(r.stdout()));
            long used = JobCpu.nanos() - before;
            // a single-threaded job on one slot: its CPU time is most of its wall time, and never more than it
            assertTrue(used > wall / 10 && used <= wall + 50_000_000L, "used " + used + " ns in " + wall + " ns");
            assertTrue(JobCpu.nanos() >= before + used, "the count only grows");
        }
    }

    @Test
    void slotsWhoseMemoryCapsCouldExhaustTheHeapAreRefused() {
        long heap = Runtime.getRuntime().maxMemory();
        int slots = (int) (heap / TestModules.testLimits().maxMemoryBytes());
        var error = assertThrows(IllegalArgumentException.class,
                () -> new JobExecutor(new GatedSandbox(), slots, 1));
        assertTrue(error.getMessage().contains("lower JobLimits.maxMemoryBytes or raise -Xmx"), error.getMessage());
    }
}
