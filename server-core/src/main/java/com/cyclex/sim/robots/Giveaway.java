package com.cyclex.sim.robots;

import com.cyclex.sim.MarketView;
import com.cyclex.sim.session.SeatInfo;

/** Shouts its limit price every turn: it trades whenever it can, and gives all the surplus away. */
final class Giveaway extends SeatRobot {

    Giveaway(SeatInfo seat) {
        super(seat);
    }

    @Override
    long quote(MarketView view) {
        return view.myOrders().isEmpty() ? seat.limit() : 0;
    }
}
