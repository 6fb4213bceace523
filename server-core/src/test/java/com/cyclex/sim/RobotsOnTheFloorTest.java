package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The demo's robots on an in-memory exchange, turn by turn: what they send and what it makes of the market. */
class RobotsOnTheFloorTest {

    @Property(tries = 25)
    void robotsKeepPricesInTheBandAndLotsInTheLimits(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int lag,
                                                     @ForAll @IntRange(min = 1, max = 20) int refreshEvery) {
        InMemoryFloor demo = new InMemoryFloor(seed, lag, refreshEvery);
        demo.run(3_000);

        for (Command c : demo.sent) {
            MarketSpec spec = demo.exchange.market(marketOf(c)).spec();
            if (c instanceof PlaceOrder p) {
                assertTrue(p.units() >= spec.minUnits() && p.units() <= spec.maxUnits(), () -> "lot outside limits: " + p);
                if (p.type() == OrderType.LIMIT) {
                    assertTrue(spec.band().contains(p.price()), () -> "price outside band: " + p);
                }
            } else if (c instanceof ReplaceOrder r) {
                assertTrue(r.newUnits() >= spec.minUnits() && r.newUnits() <= spec.maxUnits(), () -> "lot outside limits: " + r);
                assertTrue(spec.band().contains(r.newPrice()), () -> "price outside band: " + r);
            }
        }
        RobotStats stats = demo.counters.snapshot(0, 0, 0);
        assertEquals(demo.sent.size(), stats.sent());
        assertEquals(stats.sent(), stats.accepted() + stats.rejected(), "every command is answered");
        assertTrue(stats.rejectedShare() <= 0.01, () -> "too many rejections: " + stats);
        assertEquals(0, demo.exchange.ledgerTotals().sum(), "credits are conserved");
    }

    @Test
    void robotsTradeInEverySpotMarket() {
        InMemoryFloor demo = new InMemoryFloor(7, 1, 5);
        demo.run(5_000);

        for (String symbol : new String[] {DemoPlan.SPOT_10M, DemoPlan.SPOT_1H}) {
            int market = demo.market(symbol);
            assertTrue(demo.exchange.recentTrades(market, 50).size() >= 50, () -> "few trades in " + symbol);
            assertTrue(demo.exchange.depth(market, 1).bidLevels() > 0, () -> "no bids in " + symbol);
            assertTrue(demo.exchange.depth(market, 1).askLevels() > 0, () -> "no asks in " + symbol);
        }
        assertTrue(demo.counters.snapshot(0, 0, 0).trades() >= 100);
    }

    @Test
    void theSameSeedGivesTheSameMarket() {
        InMemoryFloor a = new InMemoryFloor(42, 2, 3);
        InMemoryFloor b = new InMemoryFloor(42, 2, 3);
        a.run(2_000);
        b.run(2_000);
        assertEquals(a.sent, b.sent);
        assertEquals(a.exchange.stateHash(), b.exchange.stateHash());
    }

    @Test
    void pricesStayNearWhereTheyStarted() {
        InMemoryFloor demo = new InMemoryFloor(3, 1, 5);
        demo.run(20_000);

        int market = demo.market(DemoPlan.SPOT_10M);
        long anchor = DemoPlan.anchor(demo.exchange.market(market).spec());
        long last = demo.exchange.recentTrades(market, 1).get(0).price();
        assertTrue(Math.abs(last - anchor) < anchor / 2, () -> "the price wandered to " + last + " from " + anchor);
    }

    private static int marketOf(Command c) {
        if (c instanceof PlaceOrder p) {
            return p.market();
        } else if (c instanceof ReplaceOrder r) {
            return r.market();
        } else if (c instanceof com.cyclex.api.CancelOrder x) {
            return x.market();
        }
        throw new AssertionError("robots send only orders, not " + c);
    }
}
