package com.cyclex.ui.machine;

/**
 * The last {@code capacity} points, oldest first, in a ring: a chart that has run for a day draws no more than
 * one that has run for two minutes.
 */
public final class LoadHistory {
    private final LoadPoint[] ring;
    private int next;
    private int size;

    public LoadHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a chart needs at least two points, not " + capacity);
        }
        ring = new LoadPoint[capacity];
    }

    public void add(LoadPoint point) {
        ring[next] = point;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** The i-th point kept, 0 being the oldest. */
    public LoadPoint get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        return ring[(next - size + i + ring.length) % ring.length];
    }

    /** The newest point, or null before the first. */
    public LoadPoint last() {
        return size == 0 ? null : get(size - 1);
    }
}
