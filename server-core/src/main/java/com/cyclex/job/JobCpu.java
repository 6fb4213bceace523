package com.cyclex.job;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The processor time jobs have used in this process so far, finished ones and running ones alike: what the
 * seller's "This machine" panel sets beside the machine's whole load. It only grows, so a sampler takes the
 * difference between two readings.
 */
public final class JobCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong FINISHED = new AtomicLong();
    /** Threads running a job now, with their CPU time when it began. */
    private static final Map<Long, Long> RUNNING = new ConcurrentHashMap<>();

    private JobCpu() {
    }

    /** Nanoseconds of CPU all jobs of this process have used, or 0 where the JVM cannot tell a thread's time. */
    public static long nanos() {
        long total = FINISHED.get();
        for (Map.Entry<Long, Long> e : RUNNING.entrySet()) {
            long now = THREADS.getThreadCpuTime(e.getKey());
            if (now > e.getValue()) {
                total += now - e.getValue();
            }
        }
        return total;
    }

    /** The calling thread starts a job. */
    static void begin() {
        long now = THREADS.getCurrentThreadCpuTime();
        RUNNING.put(Thread.currentThread().getId(), Math.max(0, now));
    }

    /** The calling thread's job ended: its time moves to the finished total. */
    static void end() {
        Long start = RUNNING.remove(Thread.currentThread().getId());
        long now = THREADS.getCurrentThreadCpuTime();
        if (start != null && now > start) {
            FINISHED.addAndGet(now - start);
        }
    }
}
