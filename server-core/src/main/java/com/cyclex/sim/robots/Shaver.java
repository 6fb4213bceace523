package com.cyclex.sim.robots;

import com.cyclex.sim.MarketView;
import com.cyclex.sim.session.SeatInfo;

/**
 * Beats the best price on its side by a little (a buyer bids above the best bid, a seller asks below the best
 * ask), never past its own limit; with nothing standing on its side it opens at the far end of the band. It leaves
 * alone a best price that is already its own.
 */
class Shaver extends SeatRobot {

    Shaver(SeatInfo seat) {
        super(seat);
    }

    @Override
    long quote(MarketView view) {
        return shaved(view, 1);
    }

    /** The best price on the seat's side moved {@code shave} ticks towards the other side, within the limit. */
    final long shaved(MarketView view, long shave) {
        boolean buyer = buyer();
        if (leading(view, buyer)) {
            return 0;
        }
        long best = ownBest(view, buyer);
        if (buyer) {
            return best == 0 ? seat.priceMin() : Math.min(seat.limit(), best + shave);
        }
        return best == 0 ? seat.priceMax() : Math.max(seat.limit(), best - shave);
    }
}
