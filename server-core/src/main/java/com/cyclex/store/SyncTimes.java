package com.cyclex.store;

import java.util.Arrays;

/**
 * How long the journal's latest syncs took, so that a bench can set the acknowledgement latency beside the
 * device's own share of it, measured in the same run. A fixed ring of the last {@link #KEPT} durations: its
 * size never grows, and recording one is a store and an increment on the journal thread.
 */
public final class SyncTimes {
    static final int KEPT = 1 << 16;
    private final long[] nanos = new long[KEPT];
    private long count;

    synchronized void record(long durationNanos) {
        nanos[(int) (count++ & (KEPT - 1))] = durationNanos;
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
