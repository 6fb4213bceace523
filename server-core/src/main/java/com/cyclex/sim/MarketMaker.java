package com.cyclex.sim;

import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Keeps a few quotes on each side around a fair value that walks in whole ticks. Quotes that have drifted
 * from where they should be are moved with one replace rather than a cancel and a new order. Inventory
 * skews the quotes (long: lower prices, to sell more and buy less) and past a limit the side that would
 * grow it is withdrawn.
 */
public final class MarketMaker implements RobotTrader {
    private static final int LEVELS = 3;
    private static final long MAX_POSITION = 100;

    private final SplittableRandom random;
    private final FairValue fair;
    private final long halfSpread;
    private final long tolerance;
    private boolean started;

    /** @param anchor the price the fair value starts from and returns to, in ticks */
    public MarketMaker(long anchor, long seed) {
        this.random = new SplittableRandom(seed);
        this.fair = new FairValue(anchor, Math.max(2, anchor / 25));
        this.halfSpread = Math.max(1, anchor / 250);
        this.tolerance = Math.max(1, halfSpread / 2);
    }

    @Override
    public void act(MarketView view, OrderPad pad) {
        if (!started) {
            // After a restart the market has a price of its own: quote around it, not around the anchor.
            if (view.lastPrice() > 0) {
                fair.reset(view.lastPrice());
            }
            started = true;
        }
        long before = fair.value();
        if (random.nextInt(2) == 0) {
            fair.step(random);
        } else if (view.lastPrice() > 0 && random.nextInt(4) == 0) {
            fair.lean(view.lastPrice());
        }
        // Quotes are reworked only against a view that holds every earlier change, or they would be counted twice.
        if (view.commandsInFlight() > 0) {
            return;
        }
        long skew = Math.max(-3 * halfSpread, Math.min(3 * halfSpread, view.position() * 2 * halfSpread / MAX_POSITION));
        long centre = fair.value() - skew;
        List<Long> bids = new ArrayList<>();
        List<Long> asks = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            long bid = view.clampPrice(centre - halfSpread - level * halfSpread);
            long ask = view.clampPrice(centre + halfSpread + level * halfSpread);
            if (view.position() < MAX_POSITION && !bids.contains(bid)) {
                bids.add(bid);
            }
            if (view.position() > -MAX_POSITION && !asks.contains(ask)) {
                asks.add(ask);
            }
        }
        List<OwnOrder> mine = view.myOrders();
        // Move the side that the new prices would otherwise cross first, so the robot does not trade with itself.
        if (fair.value() >= before) {
            quote(Side.ASK, asks, mine, view, pad);
            quote(Side.BID, bids, mine, view, pad);
        } else {
            quote(Side.BID, bids, mine, view, pad);
            quote(Side.ASK, asks, mine, view, pad);
        }
    }

    /** Keeps quotes within tolerance of a wanted price, moves stale ones to the prices still missing, cancels the rest. */
    private void quote(Side side, List<Long> wanted, List<OwnOrder> mine, MarketView view, OrderPad pad) {
        List<OwnOrder> orders = new ArrayList<>();
        for (OwnOrder o : mine) {
            if (o.side() == side) {
                orders.add(o);
            }
        }
        boolean[] kept = new boolean[orders.size()];
        List<Long> missing = new ArrayList<>();
        for (long price : wanted) {
            int match = -1;
            for (int i = 0; i < orders.size() && match < 0; i++) {
                if (!kept[i] && Math.abs(orders.get(i).price() - price) <= tolerance) {
                    match = i;
                }
            }
            if (match >= 0) {
                kept[match] = true;
            } else {
                missing.add(price);
            }
        }
        Iterator<Long> next = missing.iterator();
        for (int i = 0; i < orders.size(); i++) {
            if (kept[i]) {
                continue;
            }
            OwnOrder stale = orders.get(i);
            if (next.hasNext()) {
                long price = next.next();
                long units = size(view);
                boolean affordable = side == Side.BID ? view.canBuy(units, price) : view.canSell(units - stale.openUnits());
                if (!(affordable ? pad.replace(stale.id(), price, units) : pad.cancel(stale.id()))) {
                    return;
                }
            } else if (!pad.cancel(stale.id())) {
                return;
            }
        }
        while (next.hasNext()) {
            long price = next.next();
            long units = size(view);
            if (side == Side.BID && view.canBuy(units, price)) {
                if (!pad.bid(price, units, TimeInForce.GTC)) {
                    return;
                }
            } else if (side == Side.ASK && view.canSell(units)) {
                if (!pad.ask(price, units, TimeInForce.GTC)) {
                    return;
                }
            }
        }
    }

    private long size(MarketView view) {
        return view.clampUnits(1 + random.nextInt(5));
    }
}
