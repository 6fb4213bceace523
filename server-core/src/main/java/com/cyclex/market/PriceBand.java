package com.cyclex.market;

/** The prices, in ticks, at which a market accepts orders; both ends included. */
public record PriceBand(long min, long max) {

    /** The widest band a book keeps a ladder for: two arrays of this many slots per market. */
    public static final long MAX_WIDTH = 1L << 20;

    public PriceBand {
        if (min < 1) {
            throw new IllegalArgumentException("the lowest price must be at least 1 tick, not " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("the highest price " + max + " is below the lowest " + min);
        }
        if (max - min + 1 > MAX_WIDTH) {
            throw new IllegalArgumentException("a price band may span at most " + MAX_WIDTH + " ticks, not " + (max - min + 1));
        }
    }

    public boolean contains(long price) {
        return price >= min && price <= max;
    }

    public int width() {
        return (int) (max - min + 1);
    }
}
