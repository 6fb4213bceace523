package com.cyclex.job.wasm;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Enforces time limits by interrupting the thread that runs a job: Chicory's compiled code checks the
 * interrupt flag in its loops and calls, so even {@code (loop (br 0))} stops.
 */
final class Watchdog implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cyclex-job-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts watching the current thread; close the watch when the job ends. */
    Watch watch(Duration limit) {
        var watch = new Watch(Thread.currentThread());
        watch.alarm = timer.schedule(watch::fire, limit.toNanos(), TimeUnit.NANOSECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One job's watch: {@link #fired()} tells a time-out from any other interrupt. */
    static final class Watch implements AutoCloseable {
        private final Thread runner;
        private ScheduledFuture<?> alarm;
        private boolean done;
        private boolean fired;

        private Watch(Thread runner) {
            this.runner = runner;
        }

        private synchronized void fire() {
            if (!done) {
                fired = true;
                runner.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** Stops watching; clears an interrupt this watch caused, so the thread can run the next job. */
        @Override
        public void close() {
            synchronized (this) {
                done = true;
            }
            alarm.cancel(false);
            if (fired()) {
                Thread.interrupted();
            }
        }
    }
}
