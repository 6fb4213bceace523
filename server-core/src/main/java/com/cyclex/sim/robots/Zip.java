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
    private long lastLimit;

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

    /** The price the margin gives on the next unit (or the last one, once all are traded), before rounding. */
    double price() {
        return limit() * (1 + margin);
    }

    /** The limit the margin applies to: the next unit's, else the last one's, so a trader that is done still learns. */
    private long limit() {
        if (seat.unitsLeft() > 0) {
            lastLimit = seat.limit();
        }
        return lastLimit;
    }

    /** The price in whole ticks, rounded away from a loss: a buyer never above its value, a seller never below its cost. */
    private long ticks() {
        double p = price();
        long rounded = buyer() ? (long) Math.floor(p) : (long) Math.ceil(p);
        return Math.max(1, buyer() ? Math.min(rounded, limit()) : Math.max(rounded, limit()));
    }

    @Override
    long quote(MarketView view) {
        long ticks = ticks();
        boolean standsThere = view.myOrders().stream().anyMatch(o -> o.price() == ticks);
        return standsThere ? 0 : ticks;
    }

    /** The margin, its momentum and the limit they apply to: what a restart would otherwise make it learn again. */
    @Override
    public String learned() {
        return margin + " " + momentum + " " + lastLimit;
    }

    @Override
    public void relearn(String learned) {
        String[] parts = learned.trim().split(" ");
        if (parts.length != 3) {
            return;
        }
        try {
            double m = Double.parseDouble(parts[0]);
            double mo = Double.parseDouble(parts[1]);
            long limit = Long.parseLong(parts[2]);
            boolean fits = buyer() ? m >= -1 && m <= 0 : m >= 0 && Double.isFinite(m);
            if (fits && Double.isFinite(mo) && limit >= 0) {
                margin = m;
                momentum = mo;
                lastLimit = limit;
            }
        } catch (NumberFormatException e) {
            // not its own text: it starts as a fresh ZIP trader would
        }
    }

    // ---- learning from the shouts it hears ------------------------------------------------------------------

    /**
     * A shout that nobody accepted: one that stands, or one the rule refused for not improving the best price (heard
     * as in an open-outcry pit, though the book never shows it). Hearing the refused ones is what breaks a stand-off
     * where the bid and ask a tick apart are each too proud to move.
     */
    @Override
    public void order(OrderRecord order) {
        if (order.event() == OrderRecord.Event.STANDS || order.event() == OrderRecord.Event.REFUSED && order.price() > 0) {
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
        if (limit() == 0) {
            return;
        }
        // The rules compare the price the trader would shout (whole ticks), so a trader whose own bid stands at q
        // hears it as "p <= q" and raises: without that, a fraction of a tick keeps it silent for the rest of the period.
        long p = ticks();
        boolean active = seat.unitsLeft() > 0;
        if (!buyer()) {
            if (accepted && p <= q) {
                towards(q, true);
            } else if (active && accepted && side == Side.BID && p >= q) {
                towards(q, false);
            } else if (active && !accepted && side == Side.ASK && p >= q) {
                towards(q, false);
            }
        } else {
            if (accepted && p >= q) {
                towards(q, false);
            } else if (active && accepted && side == Side.ASK && p <= q) {
                towards(q, true);
            } else if (active && !accepted && side == Side.BID && p <= q) {
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
        double next = (p + momentum) / limit() - 1;
        margin = buyer() ? Math.max(-1, Math.min(0, next)) : Math.max(0, next);
    }
}
