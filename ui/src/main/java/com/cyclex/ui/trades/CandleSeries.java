package com.cyclex.ui.trades;

/**
 * The last {@code capacity} candles of one interval, built one trade at a time. Candles are contiguous in time:
 * an interval without trades is a flat candle at the previous close with no volume, so the chart's time axis
 * is even and the window slides with the clock. Storage is a fixed ring, so adding a trade costs the same in
 * the first minute of a session as in the tenth hour.
 */
public final class CandleSeries {
    private final long interval;
    private final int capacity;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;
    private int head;
    private int size;
    private long firstStart;
    private long version;

    public CandleSeries(long intervalMillis, int capacity) {
        if (intervalMillis <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("interval and capacity must be positive");
        }
        this.interval = intervalMillis;
        this.capacity = capacity;
        this.open = new long[capacity];
        this.high = new long[capacity];
        this.low = new long[capacity];
        this.close = new long[capacity];
        this.volume = new long[capacity];
    }

    /** Counts a trade into the candle of its interval; a trade older than the window is dropped. */
    public void add(long time, long price, long units) {
        long start = startOf(time);
        if (size == 0) {
            head = 0;
            firstStart = start;
            size = 1;
            flat(0, price);
        } else if (start > lastStart()) {
            extendTo(start);
        } else if (start < firstStart) {
            return;
        }
        int i = slot((int) ((start - firstStart) / interval));
        if (volume[i] == 0) {
            open[i] = price;
            high[i] = price;
            low[i] = price;
        } else {
            high[i] = Math.max(high[i], price);
            low[i] = Math.min(low[i], price);
        }
        close[i] = price;
        volume[i] += units;
        version++;
    }

    /**
     * Lets time pass without trades: flat candles up to the interval holding {@code time}, so an idle market's
     * chart still moves. Returns whether the window changed.
     */
    public boolean advanceTo(long time) {
        if (size == 0) {
            return false;
        }
        long start = startOf(time);
        if (start <= lastStart()) {
            return false;
        }
        extendTo(start);
        version++;
        return true;
    }

    public void clear() {
        size = 0;
        head = 0;
        version++;
    }

    /** Adds flat candles until the newest one starts at {@code start}; only the last {@code capacity} are kept. */
    private void extendTo(long start) {
        long previousClose = close[slot(size - 1)];
        long missing = (start - lastStart()) / interval;
        if (missing >= capacity) {
            // The whole window is new: lay it out at once instead of walking through every skipped interval.
            head = 0;
            size = capacity;
            firstStart = start - (capacity - 1) * interval;
            for (int i = 0; i < capacity; i++) {
                flat(i, previousClose);
            }
            return;
        }
        for (long k = 0; k < missing; k++) {
            if (size == capacity) {
                head = (head + 1) % capacity;
                firstStart += interval;
                size--;
            }
            flat(slot(size), previousClose);
            size++;
        }
    }

    private void flat(int i, long price) {
        open[i] = price;
        high[i] = price;
        low[i] = price;
        close[i] = price;
        volume[i] = 0;
    }

    private int slot(int index) {
        return (head + index) % capacity;
    }

    private long lastStart() {
        return firstStart + (size - 1) * interval;
    }

    /** The start of the interval that holds {@code time}, aligned to the epoch. */
    public long startOf(long time) {
        return Math.floorDiv(time, interval) * interval;
    }

    public long interval() {
        return interval;
    }

    public int capacity() {
        return capacity;
    }

    /** Candles held, at most the capacity; index 0 is the oldest. */
    public int size() {
        return size;
    }

    /** Changes with every change, so a view can tell cheaply whether it must redraw. */
    public long version() {
        return version;
    }

    public long start(int index) {
        return firstStart + index * interval;
    }

    public long open(int index) {
        return open[slot(index)];
    }

    public long high(int index) {
        return high[slot(index)];
    }

    public long low(int index) {
        return low[slot(index)];
    }

    public long close(int index) {
        return close[slot(index)];
    }

    public long volume(int index) {
        return volume[slot(index)];
    }
}
