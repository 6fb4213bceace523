package com.cyclex.sim.robots;

import com.cyclex.market.Side;
import com.cyclex.sim.MarketView;
import com.cyclex.sim.session.OrderRecord;
import com.cyclex.sim.session.SeatInfo;
import com.cyclex.sim.session.SessionListener;
import com.cyclex.sim.session.TradeRecord;
import java.util.SplittableRandom;

/**
 * Cliff's (1997) zero-intelligence-plus trader: it shouts its limit times (1 + a profit margin) and moves the margin
 * after every shout it hears, towards a target just past the shout's price, by Widrow-Hoff with momentum. The margin
 * is kept across periods, so the market learns its way towards equilibrium. Parameters are drawn per trader from
 * Cliff's published ranges: learning rate 0.1-0.5, momentum 0-0.1, first margin 0.05-0.35, relative target
 * perturbation up to 5%, absolute up to $0.05 ({@link #absolute} ticks).
 */
final class Zip extends SeatRobot implements SessionListener {
    private final SplittableRandom random;
    private final double beta;
    private final double gamma;
    private final double absolute;
    /** The profit margin: at least 0 for a seller, between -1 and 0 for a buyer. */
    private double margin;
    private double momentum;

    /** @param absolute the largest absolute perturbation of a target, in ticks (Cliff's $0.05) */
    Zip(SeatInfo seat, double absolute, long seed) {
        super(seat);
        this.random = new SplittableRandom(seed);
        this.absolute = absolute;
        this.beta = uniform(0.1, 0.5);
        this.gamma = uniform(0.0, 0.1);
        double first = uniform(0.05, 0.35);
        this.margin = buyer() ? -first : first;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    double margin() {
        return margin;
    }

    /** The price the margin gives on the next unit, before rounding to ticks. */
    double price() {
        return seat.limit() * (1 + margin);
    }

    @Override
    long quote(MarketView view) {
        double p = price();
        // Round away from a loss: a buyer never above its value, a seller never below its cost.
        long rounded = buyer() ? (long) Math.floor(p) : (long) Math.ceil(p);
        long ticks = Math.max(1, buyer() ? Math.min(rounded, seat.limit()) : Math.max(rounded, seat.limit()));
        boolean standsThere = view.myOrders().stream().anyMatch(o -> o.price() == ticks);
        return standsThere ? 0 : ticks;
    }

    // ---- learning from the shouts it hears ------------------------------------------------------------------

    /** A shout that went in and stands: nobody accepted it (yet). */
    @Override
    public void order(OrderRecord order) {
        if (order.event() == OrderRecord.Event.STANDS) {
            heard(order.side(), order.price(), false);
        }
    }

    /** A trade: the standing shout was accepted at its price by the side that hit it. */
    @Override
    public void trade(TradeRecord trade) {
        heard(trade.aggressor() == Side.BID ? Side.ASK : Side.BID, trade.price(), true);
    }

    /** Cliff's rules for a shout of {@code side} at {@code q}, accepted or not. */
    void heard(Side side, long q, boolean accepted) {
        if (seat.unitsLeft() == 0) {
            return;
        }
        double p = price();
        if (!buyer()) {
            if (accepted && p <= q) {
                towards(q, true);
            } else if (accepted && side == Side.BID && p >= q) {
                towards(q, false);
            } else if (!accepted && side == Side.ASK && p >= q) {
                towards(q, false);
            }
        } else {
            if (accepted && p >= q) {
                towards(q, false);
            } else if (accepted && side == Side.ASK && p <= q) {
                towards(q, true);
            } else if (!accepted && side == Side.BID && p <= q) {
                towards(q, true);
            }
        }
    }

    /** Moves the price towards a target a little above ({@code up}) or below {@code q}. */
    private void towards(long q, boolean up) {
        double r = up ? uniform(1.0, 1.05) : uniform(0.95, 1.0);
        double a = up ? uniform(0, absolute) : -uniform(0, absolute);
        double target = r * q + a;
        double p = price();
        double delta = beta * (target - p);
        momentum = gamma * momentum + (1 - gamma) * delta;
        double next = (p + momentum) / seat.limit() - 1;
        margin = buyer() ? Math.max(-1, Math.min(0, next)) : Math.max(0, next);
    }
}
