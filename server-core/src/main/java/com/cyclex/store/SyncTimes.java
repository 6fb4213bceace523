package com.cyclex.store;

import java.util.Arrays;

/**
 * How long the journal's latest syncs took and when each ended, so that a bench can set the acknowledgement
 * latency beside the device's own share of it, measured in the same run. A fixed ring of the last {@link #KEPT}
 * syncs: its size never grows, and recording one is two stores and an increment on the journal thread.
 */
public final class SyncTimes {
    static final int KEPT = 1 << 16;
    private final long[] nanos = new long[KEPT];
    /** When each sync returned ({@link System#nanoTime}); one journal thread syncs, so they only grow. */
    private final long[] ends = new long[KEPT];
    private long count;

    synchronized void record(long startNanos, long endNanos) {
        int at = (int) (count++ & (KEPT - 1));
        nanos[at] = endNanos - startNanos;
        ends[at] = endNanos;
    }

    /**
     * How much of {@code [from, to]} (nanoTime) the journal spent in syncs: what a command sent at {@code from}
     * and answered at {@code to} waited for the device, its own sync and those it queued behind.
     *
     * @return the nanoseconds, or -1 when the ring no longer reaches back to {@code from}
     */
    public synchronized long deviceNanos(long from, long to) {
        if (count == 0) {
            return 0;
        }
        long oldest = Math.max(0, count - KEPT);
        if (oldest > 0 && startOf(oldest) > from) {
            return -1;
        }
        // The first sync ending after `from`: ends only grow, so a binary search over the kept ones finds it.
        long lo = oldest;
        long hi = count;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (endOf(mid) <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        long total = 0;
        for (long i = lo; i < count && startOf(i) < to; i++) {
            total += Math.min(endOf(i), to) - Math.max(startOf(i), from);
        }
        return total;
    }

    private long endOf(long i) {
        return ends[(int) (i & (KEPT - 1))];
    }

    private long startOf(long i) {
        return endOf(i) - nanos[(int) (i & (KEPT - 1))];
    }

    /** Forgets what was recorded, so that the next figures cover only what follows. */
    public synchronized void clear() {
        count = 0;
    }

    /** The quantile (0 to 1) of the syncs recorded since the last clear (at most the latest {@link #KEPT}), in ms. */
    public synchronized double millis(double quantile) {
        int n = (int) Math.min(count, KEPT);
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int i = (int) Math.min(n - 1, Math.ceil(quantile * n) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Syncs recorded since the last clear. */
    public synchronized long count() {
        return count;
    }
}
