package com.cyclex.sim.robots;

import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.sim.MarketView;
import com.cyclex.sim.OrderPad;
import com.cyclex.sim.RobotTrader;
import com.cyclex.sim.session.SeatInfo;

/**
 * A robot in a session seat: it knows the seat's private limit and shouts one unit at a time on the seat's side.
 * A turn with no units left, or outside a period, sends nothing; a subclass only picks the price.
 */
abstract class SeatRobot implements RobotTrader {
    protected final SeatInfo seat;

    SeatRobot(SeatInfo seat) {
        this.seat = seat;
    }

    @Override
    public final void act(MarketView view, OrderPad pad) {
        if (seat.unitsLeft() == 0 || !view.trading()) {
            return;
        }
        long price = quote(view);
        if (price <= 0) {
            return;
        }
        price = Math.max(seat.priceMin(), Math.min(seat.priceMax(), price));
        if (seat.side() == Side.BID) {
            pad.bid(price, 1, TimeInForce.GTC);
        } else {
            pad.ask(price, 1, TimeInForce.GTC);
        }
    }

    /** The price to shout this turn, in ticks, or 0 to stay quiet. */
    abstract long quote(MarketView view);

    boolean buyer() {
        return seat.side() == Side.BID;
    }

    /** The best price on the seat's own side, 0 when none stands. */
    static long ownBest(MarketView view, boolean buyer) {
        return buyer ? view.bestBid() : view.bestAsk();
    }

    /** Whether the best price on the seat's side is the seat's own standing order. */
    static boolean leading(MarketView view, boolean buyer) {
        long best = ownBest(view, buyer);
        return best > 0 && view.myOrders().stream().anyMatch(o -> o.price() == best);
    }
}
