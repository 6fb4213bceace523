package com.cyclex.api;

/** The best levels of one market's book, best first on each side: price in ticks and total open units. */
public record BookDepth(int market, long[] bidPrices, long[] bidUnits, long[] askPrices, long[] askUnits) {

    public int bidLevels() {
        return bidPrices.length;
    }

    public int askLevels() {
        return askPrices.length;
    }
}
