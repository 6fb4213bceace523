package com.cyclex.sim;

import java.util.random.RandomGenerator;

/**
 * A robot's idea of what a unit is worth: a walk in whole ticks that is pulled back toward an anchor, so a
 * demo left running for days keeps its prices near where it started instead of drifting to the band's edge.
 * The pull makes the walk wander about {@code spread} ticks from the anchor (a discrete mean-reverting walk).
 */
final class FairValue {
    private final long anchor;
    private final double pullPerTick;
    private long value;

    FairValue(long anchor, long spread) {
        this.anchor = anchor;
        this.value = anchor;
        long s = Math.max(1, spread);
        this.pullPerTick = 1.0 / (2.0 * s * s);
    }

    long value() {
        return value;
    }

    /** Starts from a price the market already shows, e.g. after a restart. */
    void reset(long price) {
        value = price;
    }

    /** Moves one tick up or down; the further from the anchor, the likelier the step back. */
    void step(RandomGenerator random) {
        double pull = Math.max(-1, Math.min(1, (value - anchor) * pullPerTick));
        value += random.nextDouble() < 0.5 * (1 - pull) ? 1 : -1;
    }

    /** Moves one tick toward a price the market has traded at, so robots do not drift apart. */
    void lean(long price) {
        value += Long.signum(price - value);
    }
}
