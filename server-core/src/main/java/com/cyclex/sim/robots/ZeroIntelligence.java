package com.cyclex.sim.robots;

import com.cyclex.sim.MarketView;
import com.cyclex.sim.session.SeatInfo;
import java.util.SplittableRandom;

/**
 * Gode and Sunder's (1993) zero-intelligence traders: a price drawn uniformly from whole ticks. Unconstrained (ZI-U),
 * from the whole band, so it may buy above its value or sell below its cost; constrained (ZI-C), from the prices
 * that cannot lose on its next unit: the band's bottom to its value for a buyer, its cost to the band's top for a seller.
 */
final class ZeroIntelligence extends SeatRobot {
    private final boolean constrained;
    private final SplittableRandom random;

    ZeroIntelligence(SeatInfo seat, boolean constrained, long seed) {
        super(seat);
        this.constrained = constrained;
        this.random = new SplittableRandom(seed);
    }

    @Override
    long quote(MarketView view) {
        long low = seat.priceMin();
        long high = seat.priceMax();
        if (constrained) {
            if (buyer()) {
                high = Math.min(high, seat.limit());
            } else {
                low = Math.max(low, seat.limit());
            }
        }
        return low > high ? 0 : random.nextLong(low, high + 1);
    }
}
