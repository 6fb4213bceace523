package com.cyclex.sim;

import com.cyclex.exchange.OrderChecks;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.SplittableRandom;

/**
 * Takes liquidity so that trades happen: market orders, or immediate-or-cancel limits at or a little
 * through the touch, on about half its turns. It never rests an order, and trades only against a side the
 * view shows.
 */
public final class LiquidityTaker implements RobotTrader {
    private static final long MAX_POSITION = 200;

    private final SplittableRandom random;

    public LiquidityTaker(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void act(MarketView view, OrderPad pad) {
        // Half its turns it only watches: takers decide how much trades, and trades use up sellers' cores.
        if (random.nextBoolean()) {
            return;
        }
        double buyChance = 0.5 - Math.max(-0.4, Math.min(0.4, view.position() / (double) MAX_POSITION));
        long units = view.clampUnits(1 + random.nextInt(3));
        boolean atMarket = random.nextBoolean();
        if (random.nextDouble() < buyChance) {
            long ask = view.bestAsk();
            if (ask == 0) {
                return;
            }
            long limit = view.clampPrice(ask + random.nextInt(3));
            long worst = atMarket ? OrderChecks.protectedPrice(view.spec(), Side.BID, ask) : limit;
            if (view.canBuy(units, worst)) {
                if (atMarket) {
                    pad.buyNow(units);
                } else {
                    pad.bid(limit, units, TimeInForce.IOC);
                }
            }
        } else {
            long bid = view.bestBid();
            if (bid == 0 || !view.canSell(units)) {
                return;
            }
            if (atMarket) {
                pad.sellNow(units);
            } else {
                pad.ask(view.clampPrice(bid - random.nextInt(3)), units, TimeInForce.IOC);
            }
        }
    }
}
