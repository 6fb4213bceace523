package com.cyclex.sim.robots;

import com.cyclex.sim.MarketView;
import com.cyclex.sim.session.SeatInfo;

/**
 * A shaver that lurks: it stays quiet until the last fifth of the period, then shaves by more and more as time
 * runs out (one tick at first, twenty at the very end), so it takes what others leave on the table late.
 */
final class Sniper extends Shaver {
    /** The share of the period at whose end the sniper starts shouting. */
    static final double LURK = 0.2;

    Sniper(SeatInfo seat) {
        super(seat);
    }

    @Override
    long quote(MarketView view) {
        double left = seat.timeLeft();
        if (left > LURK) {
            return 0;
        }
        // 1 / (0.05 + left / LURK * 0.95): 1 tick when the lurk ends, 20 ticks as the period closes.
        long shave = Math.max(1, Math.round(1 / (0.05 + 0.95 * left / LURK)));
        return shaved(view, shave);
    }
}
