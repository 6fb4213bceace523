package com.cyclex.sim;

import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places small passive limit orders a few ticks behind the touch, good till cancelled or for the day, and
 * now and then cancels one behind the touch (often the one furthest from the market), so the book has depth
 * and churn.
 */
public final class NoiseTrader implements RobotTrader {
    private static final int MAX_ORDERS = 8;
    private static final long MAX_POSITION = 400;

    private final SplittableRandom random;
    private final long anchor;

    /** @param anchor the price to quote around while the market shows none, in ticks */
    public NoiseTrader(long anchor, long seed) {
        this.random = new SplittableRandom(seed);
        this.anchor = anchor;
    }

    @Override
    public void act(MarketView view, OrderPad pad) {
        List<OwnOrder> mine = view.myOrders();
        if (!mine.isEmpty() && (mine.size() >= MAX_ORDERS || random.nextInt(4) == 0)) {
            OwnOrder victim = pick(mine, view);
            if (victim != null) {
                pad.cancel(victim.id());
            }
            if (victim != null || mine.size() >= MAX_ORDERS) {
                return;
            }
        }
        // Lean against inventory so a noise trader's position wanders but does not run away.
        double buyChance = 0.5 - Math.max(-0.3, Math.min(0.3, view.position() / (double) MAX_POSITION));
        Side side = random.nextDouble() < buyChance ? Side.BID : Side.ASK;
        long reference = view.reference() > 0 ? view.reference() : anchor;
        long behind = random.nextInt(6);
        long units = view.clampUnits(1 + random.nextInt(5));
        TimeInForce tif = random.nextInt(10) < 7 ? TimeInForce.GTC : TimeInForce.DAY;
        if (side == Side.BID) {
            long touch = view.bestBid() > 0 ? view.bestBid() : reference - 1;
            long price = touch - behind;
            if (view.bestAsk() > 0) {
                price = Math.min(price, view.bestAsk() - 1);
            }
            price = view.clampPrice(price);
            if (view.canBuy(units, price)) {
                pad.bid(price, units, tif);
            }
        } else {
            long touch = view.bestAsk() > 0 ? view.bestAsk() : reference + 1;
            long price = touch + behind;
            if (view.bestBid() > 0) {
                price = Math.max(price, view.bestBid() + 1);
            }
            price = view.clampPrice(price);
            if (view.canSell(units)) {
                pad.ask(price, units, tif);
            }
        }
    }

    /**
     * An order behind the touch: half the time the one furthest from the market (the stalest), else any. Orders
     * at the touch are left alone, since a taker may be filling them already and the cancel would miss.
     */
    private OwnOrder pick(List<OwnOrder> mine, MarketView view) {
        List<OwnOrder> behind = new ArrayList<>();
        for (OwnOrder o : mine) {
            boolean atTouch = o.side() == Side.BID ? view.bestBid() == 0 || o.price() >= view.bestBid()
                    : view.bestAsk() == 0 || o.price() <= view.bestAsk();
            if (!atTouch) {
                behind.add(o);
            }
        }
        if (behind.isEmpty()) {
            return null;
        }
        if (random.nextBoolean()) {
            long reference = view.reference();
            OwnOrder far = behind.get(0);
            for (OwnOrder o : behind) {
                if (Math.abs(o.price() - reference) > Math.abs(far.price() - reference)) {
                    far = o;
                }
            }
            return far;
        }
        return behind.get(random.nextInt(behind.size()));
    }
}
