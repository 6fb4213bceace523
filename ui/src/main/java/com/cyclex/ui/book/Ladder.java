package com.cyclex.ui.book;

import java.util.List;

/** What the ladder shows at one moment: both sides best first, in ticks. */
public record Ladder(int market, long tickSize, List<LadderRow> asks, List<LadderRow> bids) {

    public static Ladder empty(int market, long tickSize) {
        return new Ladder(market, tickSize, List.of(), List.of());
    }

    public boolean twoSided() {
        return !asks.isEmpty() && !bids.isEmpty();
    }

    /** Best ask minus best bid in ticks; meaningful only when {@link #twoSided()}. */
    public long spread() {
        return twoSided() ? asks.get(0).price() - bids.get(0).price() : 0;
    }

    /** Halfway between the best bid and the best ask; meaningful only when {@link #twoSided()}. */
    public double mid() {
        return twoSided() ? (asks.get(0).price() + bids.get(0).price()) / 2.0 : 0;
    }
}
