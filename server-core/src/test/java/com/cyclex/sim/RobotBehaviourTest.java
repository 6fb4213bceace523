package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each robot on a market set by hand: what sets the three kinds apart. */
class RobotBehaviourTest {
    private static final long ANCHOR = 500;

    private static List<FakeMarket.Call> kind(FakeMarket m, String kind) {
        return m.calls.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    @Test
    void aMarketMakerQuotesBothSidesAroundItsFairValue() {
        FakeMarket m = new FakeMarket();
        new MarketMaker(ANCHOR, 1).act(m, m);

        List<FakeMarket.Call> bids = kind(m, "bid");
        List<FakeMarket.Call> asks = kind(m, "ask");
        assertEquals(3, bids.size());
        assertEquals(3, asks.size());
        long highestBid = bids.stream().mapToLong(FakeMarket.Call::price).max().orElseThrow();
        long lowestAsk = asks.stream().mapToLong(FakeMarket.Call::price).min().orElseThrow();
        assertTrue(highestBid < lowestAsk);
        assertTrue(Math.abs((highestBid + lowestAsk) / 2 - ANCHOR) <= 2, "quotes centre on the fair value");
        assertTrue(m.calls.stream().allMatch(c -> c.timeInForce() == TimeInForce.GTC));
    }

    @Test
    void aMarketMakerMovesStaleQuotesWithOneReplaceEach() {
        FakeMarket m = new FakeMarket();
        m.order(11, Side.BID, 300, 2);
        m.order(12, Side.ASK, 700, 2);
        new MarketMaker(ANCHOR, 1).act(m, m);

        assertEquals(List.of(11L), kind(m, "replace").stream().filter(c -> c.price() < ANCHOR).map(FakeMarket.Call::orderId).toList());
        assertEquals(List.of(12L), kind(m, "replace").stream().filter(c -> c.price() > ANCHOR).map(FakeMarket.Call::orderId).toList());
        assertTrue(kind(m, "cancel").isEmpty());
        assertEquals(4, kind(m, "bid").size() + kind(m, "ask").size(), "the two missing levels on each side are placed");
    }

    @Test
    void aMarketMakerLongPastItsLimitStopsBuying() {
        FakeMarket m = new FakeMarket();
        m.position = 150;
        m.order(11, Side.BID, 495, 2);
        new MarketMaker(ANCHOR, 1).act(m, m);

        assertTrue(kind(m, "bid").isEmpty());
        assertEquals(List.of(11L), kind(m, "cancel").stream().map(FakeMarket.Call::orderId).toList());
        assertFalse(kind(m, "ask").isEmpty());
        assertTrue(kind(m, "ask").stream().allMatch(c -> c.price() < ANCHOR + 10), "a long maker asks lower to sell");
    }

    @Test
    void aMarketMakerWaitsForItsAnswersBeforeReworkingQuotes() {
        FakeMarket m = new FakeMarket();
        m.inFlight = 1;
        new MarketMaker(ANCHOR, 1).act(m, m);
        assertTrue(m.calls.isEmpty());
    }

    @Test
    void aNoiseTraderRestsOrdersBehindTheTouchAndNeverCrosses() {
        FakeMarket m = new FakeMarket();
        m.bestBid = 498;
        m.bestAsk = 503;
        NoiseTrader noise = new NoiseTrader(ANCHOR, 5);
        for (int i = 0; i < 500; i++) {
            noise.act(m, m);
        }
        assertEquals(500, m.calls.size());
        for (FakeMarket.Call c : m.calls) {
            assertTrue(c.timeInForce() == TimeInForce.GTC || c.timeInForce() == TimeInForce.DAY, c::toString);
            if (c.kind().equals("bid")) {
                assertTrue(c.price() <= 498 && c.price() >= 493, c::toString);
            } else {
                assertEquals("ask", c.kind());
                assertTrue(c.price() >= 503 && c.price() <= 508, c::toString);
            }
        }
        assertTrue(kind(m, "bid").size() > 150 && kind(m, "ask").size() > 150, "both sides, at random");
    }

    @Test
    void aNoiseTraderCancelsOrdersBehindTheTouchButNotAtIt() {
        FakeMarket m = new FakeMarket();
        m.bestBid = 498;
        m.bestAsk = 503;
        for (int id = 1; id <= 8; id++) {
            m.order(id, Side.BID, id == 1 ? 498 : 498 - id, 1);
        }
        NoiseTrader noise = new NoiseTrader(ANCHOR, 5);
        for (int i = 0; i < 100; i++) {
            noise.act(m, m);
        }
        assertEquals(100, kind(m, "cancel").size(), "with eight orders it only cancels");
        assertTrue(kind(m, "cancel").stream().noneMatch(c -> c.orderId() == 1), "the order at the touch stays");
    }

    @Test
    void aLiquidityTakerOnlyCrossesAndNeverRests() {
        FakeMarket m = new FakeMarket();
        m.bestBid = 498;
        m.bestAsk = 503;
        LiquidityTaker taker = new LiquidityTaker(9);
        for (int i = 0; i < 400; i++) {
            taker.act(m, m);
        }
        assertTrue(m.calls.size() > 100);
        for (FakeMarket.Call c : m.calls) {
            assertEquals(TimeInForce.IOC, c.timeInForce(), c::toString);
            if (c.kind().equals("bid")) {
                assertTrue(c.price() >= 503, c::toString);
            } else if (c.kind().equals("ask")) {
                assertTrue(c.price() <= 498, c::toString);
            }
        }
        assertTrue(m.calls.stream().anyMatch(FakeMarket.Call::buys) && m.calls.stream().anyMatch(FakeMarket.Call::sells));
    }

    @Test
    void aLiquidityTakerWaitsForSomethingToTake() {
        FakeMarket m = new FakeMarket();
        LiquidityTaker taker = new LiquidityTaker(9);
        for (int i = 0; i < 100; i++) {
            taker.act(m, m);
        }
        assertTrue(m.calls.isEmpty());
    }

    @Test
    void noRobotOffersCoresItDoesNotHave() {
        FakeMarket m = new FakeMarket();
        m.bestBid = 498;
        m.bestAsk = 503;
        m.spareCores = 0;
        List<RobotTrader> robots = List.of(new MarketMaker(ANCHOR, 1), new NoiseTrader(ANCHOR, 2), new LiquidityTaker(3));
        for (int i = 0; i < 200; i++) {
            for (RobotTrader robot : robots) {
                robot.act(m, m);
            }
        }
        assertTrue(m.calls.stream().noneMatch(FakeMarket.Call::sells));
        assertTrue(m.calls.stream().anyMatch(FakeMarket.Call::buys));
    }
}
