package com.cyclex.sim.session;

import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.sim.MarketView;
import com.cyclex.sim.OrderPad;
import com.cyclex.sim.OwnOrder;
import java.util.List;

/**
 * A session seat as a {@link com.cyclex.sim.RobotTrader} sees it: the market's touch and its own standing order, and
 * a pad whose orders become the seat's shouts. Every order is one unit on the seat's own side; an order for the
 * other side, a replace that changes the units, and market orders are not shouts and send nothing.
 */
public final class SeatDesk implements MarketView, OrderPad {
    private final Session session;
    private final SessionSeat seat;

    /** The desk of one seat of a session. */
    public SeatDesk(Session session, int seatIndex) {
        this.session = session;
        this.seat = session.seat(seatIndex);
    }

    /** What the seat's robot may know privately. */
    public SeatInfo seat() {
        return seat;
    }

    // ---- the view --------------------------------------------------------------------------------------------

    @Override
    public int market() {
        return session.market();
    }

    @Override
    public MarketSpec spec() {
        return session.spec();
    }

    @Override
    public boolean trading() {
        return session.open() && !session.paused() && seat.unitsLeft() > 0;
    }

    @Override
    public long bestBid() {
        return session.bestBid();
    }

    @Override
    public long bestAsk() {
        return session.bestAsk();
    }

    @Override
    public long lastPrice() {
        return session.lastPrice();
    }

    @Override
    public List<OwnOrder> myOrders() {
        return seat.standingId() == 0 ? List.of() : List.of(new OwnOrder(seat.standingId(), seat.side(), seat.standingPrice(), 1));
    }

    @Override
    public int commandsInFlight() {
        return 0;
    }

    @Override
    public long position() {
        return seat.side() == Side.BID ? seat.traded() : -seat.traded();
    }

    @Override
    public long spareCores() {
        return seat.side() == Side.ASK ? seat.unitsLeft() : 0;
    }

    @Override
    public long availableCredits() {
        return seat.side() == Side.BID && seat.unitsLeft() > 0 ? session.scenario().credits() : 0;
    }

    // ---- the pad ---------------------------------------------------------------------------------------------

    @Override
    public boolean bid(long price, long units, TimeInForce timeInForce) {
        return shout(Side.BID, price);
    }

    @Override
    public boolean ask(long price, long units, TimeInForce timeInForce) {
        return shout(Side.ASK, price);
    }

    /** Takes the best ask, if there is one: a bid at its price. */
    @Override
    public boolean buyNow(long units) {
        long ask = session.bestAsk();
        return ask > 0 && shout(Side.BID, ask);
    }

    /** Takes the best bid, if there is one: an ask at its price. */
    @Override
    public boolean sellNow(long units) {
        long bid = session.bestBid();
        return bid > 0 && shout(Side.ASK, bid);
    }

    @Override
    public boolean replace(long orderId, long newPrice, long newUnits) {
        return orderId == seat.standingId() && newUnits == 1 && shout(seat.side(), newPrice);
    }

    @Override
    public boolean cancel(long orderId) {
        if (orderId != seat.standingId() || orderId == 0) {
            return false;
        }
        session.withdraw(seat.index());
        return true;
    }

    private boolean shout(Side side, long price) {
        if (side != seat.side()) {
            return false;
        }
        return session.shout(seat.index(), price).event() != OrderRecord.Event.REFUSED;
    }
}
