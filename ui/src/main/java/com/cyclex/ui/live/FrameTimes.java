package com.cyclex.ui.live;

import java.util.Arrays;

/**
 * The last frames' intervals (time from one frame to the next, what a user sees as smoothness) and the time
 * our per-frame work took on the JavaFX thread, in a fixed ring: a long session costs no more than a short one.
 */
public final class FrameTimes {
    private final long[] intervals;
    private final long[] work;
    private int count;
    private int next;
    private int workCount;
    private int workNext;
    private long lastFrame;
    private long frames;

    public FrameTimes(int window) {
        this.intervals = new long[window];
        this.work = new long[window];
    }

    /** A frame (pulse) began at {@code frameNanos}. */
    void pulse(long frameNanos) {
        if (lastFrame != 0) {
            intervals[next] = frameNanos - lastFrame;
            next = (next + 1) % intervals.length;
            count = Math.min(count + 1, intervals.length);
        }
        lastFrame = frameNanos;
        frames++;
    }

    /** The views' work of a frame that updated them took {@code workNanos}. */
    void worked(long workNanos) {
        work[workNext] = workNanos;
        workNext = (workNext + 1) % work.length;
        workCount = Math.min(workCount + 1, work.length);
    }

    public long frames() {
        return frames;
    }

    /** Frame interval percentiles over the window, in milliseconds: p50, p99, max. */
    public double[] intervalMillis() {
        return percentiles(intervals, count);
    }

    /** Per-frame work on the JavaFX thread, in milliseconds: p50, p99, max. */
    public double[] workMillis() {
        return percentiles(work, workCount);
    }

    private static double[] percentiles(long[] ring, int count) {
        if (count == 0) {
            return new double[] {0, 0, 0};
        }
        long[] sorted = Arrays.copyOf(ring, count);
        Arrays.sort(sorted);
        return new double[] {
            sorted[count / 2] / 1e6,
            sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6,
            sorted[count - 1] / 1e6
        };
    }
}
