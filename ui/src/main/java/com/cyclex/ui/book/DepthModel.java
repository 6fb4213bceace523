package com.cyclex.ui.book;

import com.cyclex.api.BookDepth;

/**
 * The depth chart's view model: the fetched levels of each side with running totals (units at that price and
 * all better ones), best first, and the price window the chart spans: symmetric around the mid, wide enough
 * for the farther side's deepest fetched level.
 */
public final class DepthModel {
    /** Levels fetched per side: the chart's bound, however deep the book. */
    public static final int LEVELS = 50;

    private int market;
    private long[] bidPrices = new long[0];
    private long[] bidTotals = new long[0];
    private long[] askPrices = new long[0];
    private long[] askTotals = new long[0];
    private long revision;

    public void show(BookDepth depth) {
        market = depth.market();
        bidPrices = depth.bidPrices().clone();
        askPrices = depth.askPrices().clone();
        bidTotals = running(depth.bidUnits());
        askTotals = running(depth.askUnits());
        revision++;
    }

    private static long[] running(long[] units) {
        long[] totals = new long[units.length];
        long sum = 0;
        for (int i = 0; i < units.length; i++) {
            sum += units[i];
            totals[i] = sum;
        }
        return totals;
    }

    public int market() {
        return market;
    }

    public boolean isEmpty() {
        return bidPrices.length == 0 && askPrices.length == 0;
    }

    public int bidLevels() {
        return bidPrices.length;
    }

    public int askLevels() {
        return askPrices.length;
    }

    public long bidPrice(int i) {
        return bidPrices[i];
    }

    public long askPrice(int i) {
        return askPrices[i];
    }

    /** Units bid at the {@code i}-th best bid price or higher. */
    public long bidTotal(int i) {
        return bidTotals[i];
    }

    /** Units asked at the {@code i}-th best ask price or lower. */
    public long askTotal(int i) {
        return askTotals[i];
    }

    /** The deepest running total on either side: the top of the chart. */
    public long maxTotal() {
        long bids = bidTotals.length == 0 ? 0 : bidTotals[bidTotals.length - 1];
        long asks = askTotals.length == 0 ? 0 : askTotals[askTotals.length - 1];
        return Math.max(bids, asks);
    }

    /** Halfway between the best bid and ask; with one side only, that side's best price. */
    public double mid() {
        if (bidPrices.length > 0 && askPrices.length > 0) {
            return (bidPrices[0] + askPrices[0]) / 2.0;
        }
        return bidPrices.length > 0 ? bidPrices[0] : askPrices.length > 0 ? askPrices[0] : 0;
    }

    /** How far the chart reaches each side of the mid, in ticks: to the farther deepest level, and at least 1. */
    public double halfRange() {
        double mid = mid();
        double reach = 1;
        if (bidPrices.length > 0) {
            reach = Math.max(reach, mid - bidPrices[bidPrices.length - 1]);
        }
        if (askPrices.length > 0) {
            reach = Math.max(reach, askPrices[askPrices.length - 1] - mid);
        }
        return reach;
    }

    /** Units bid at {@code price} or higher among the fetched levels: what an ask down to that price could sell. */
    public long bidsAtOrAbove(double price) {
        long total = 0;
        for (int i = 0; i < bidPrices.length && bidPrices[i] >= price; i++) {
            total = bidTotals[i];
        }
        return total;
    }

    /** Units asked at {@code price} or lower among the fetched levels: what a bid up to that price could buy. */
    public long asksAtOrBelow(double price) {
        long total = 0;
        for (int i = 0; i < askPrices.length && askPrices[i] <= price; i++) {
            total = askTotals[i];
        }
        return total;
    }

    /** Changes with every new depth, so the view redraws only then. */
    public long revision() {
        return revision;
    }
}
