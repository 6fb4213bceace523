package com.cyclex.sim.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.sim.MarketView;
import com.cyclex.sim.OrderPad;
import com.cyclex.sim.OwnOrder;
import com.cyclex.sim.RobotTrader;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.session.SeatInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each classroom robot on a touch set by hand: what price it shouts, if any. */
class SeatRobotsTest {

    /** A seat and a market to act on; it records every shout. */
    private static final class Desk implements SeatInfo, MarketView, OrderPad {
        Side side = Side.BID;
        long limit = 120;
        int units = 1;
        double timeLeft = 1;
        long bestBid;
        long bestAsk;
        List<OwnOrder> mine = List.of();
        final List<Long> shouts = new ArrayList<>();

        @Override public Side side() { return side; }
        @Override public long limit() { return limit; }
        @Override public int unitsLeft() { return units; }
        @Override public long priceMin() { return 1; }
        @Override public long priceMax() { return 200; }
        @Override public double timeLeft() { return timeLeft; }
        @Override public int market() { return 1; }
        @Override public MarketSpec spec() { return MarketSpec.spot("T", 1, 1, 1, 200); }
        @Override public boolean trading() { return true; }
        @Override public long bestBid() { return bestBid; }
        @Override public long bestAsk() { return bestAsk; }
        @Override public long lastPrice() { return 0; }
        @Override public List<OwnOrder> myOrders() { return mine; }
        @Override public int commandsInFlight() { return 0; }
        @Override public long position() { return 0; }
        @Override public long spareCores() { return 1; }
        @Override public long availableCredits() { return 1_000; }
        @Override public boolean bid(long price, long u, TimeInForce t) { return side == Side.BID && shouts.add(price); }
        @Override public boolean ask(long price, long u, TimeInForce t) { return side == Side.ASK && shouts.add(price); }
        @Override public boolean buyNow(long u) { return false; }
        @Override public boolean sellNow(long u) { return false; }
        @Override public boolean replace(long id, long p, long u) { return false; }
        @Override public boolean cancel(long id) { return false; }

        void act(RobotTrader robot, int turns) {
            for (int i = 0; i < turns; i++) {
                robot.act(this, this);
            }
        }
    }

    @Test
    void zeroIntelligenceConstrainedNeverShoutsPastItsLimit() {
        Desk buyer = new Desk();
        buyer.act(SeatRobots.create(RobotKind.ZIC, buyer, 7), 2_000);
        assertTrue(buyer.shouts.stream().allMatch(p -> p >= 1 && p <= 120));
        assertTrue(buyer.shouts.stream().anyMatch(p -> p < 10) && buyer.shouts.stream().anyMatch(p -> p > 110), "uniform over 1..120");

        Desk seller = new Desk();
        seller.side = Side.ASK;
        seller.limit = 80;
        seller.act(SeatRobots.create(RobotKind.ZIC, seller, 7), 2_000);
        assertTrue(seller.shouts.stream().allMatch(p -> p >= 80 && p <= 200));
    }

    @Test
    void zeroIntelligenceUnconstrainedUsesTheWholeBand() {
        Desk buyer = new Desk();
        buyer.act(SeatRobots.create(RobotKind.ZIU, buyer, 7), 2_000);
        assertTrue(buyer.shouts.stream().anyMatch(p -> p > 120), "it may bid above its value");
        assertTrue(buyer.shouts.stream().allMatch(p -> p >= 1 && p <= 200));
    }

    @Test
    void aRobotWithNoUnitsLeftIsQuiet() {
        Desk buyer = new Desk();
        buyer.units = 0;
        buyer.act(SeatRobots.create(RobotKind.ZIC, buyer, 7), 10);
        assertTrue(buyer.shouts.isEmpty());
    }

    @Test
    void theSameSeedShoutsTheSamePrices() {
        Desk a = new Desk();
        Desk b = new Desk();
        a.act(SeatRobots.create(RobotKind.ZIC, a, 42), 50);
        b.act(SeatRobots.create(RobotKind.ZIC, b, 42), 50);
        assertEquals(a.shouts, b.shouts);
    }

    @Test
    void aGiveawayShoutsItsLimit() {
        Desk buyer = new Desk();
        buyer.act(SeatRobots.create(RobotKind.GIVEAWAY, buyer, 1), 1);
        assertEquals(List.of(120L), buyer.shouts);
    }

    @Test
    void aShaverBeatsTheBestPriceByATickWithinItsLimit() {
        Desk buyer = new Desk();
        buyer.bestBid = 100;
        buyer.act(SeatRobots.create(RobotKind.SHAVER, buyer, 1), 1);
        assertEquals(List.of(101L), buyer.shouts);

        Desk capped = new Desk();
        capped.bestBid = 120;
        capped.act(SeatRobots.create(RobotKind.SHAVER, capped, 1), 1);
        assertEquals(List.of(120L), capped.shouts, "never past its value");

        Desk seller = new Desk();
        seller.side = Side.ASK;
        seller.limit = 80;
        seller.bestAsk = 150;
        seller.act(SeatRobots.create(RobotKind.SHAVER, seller, 1), 1);
        assertEquals(List.of(149L), seller.shouts);
    }

    @Test
    void aShaverLeavesItsOwnBestBidAlone() {
        Desk buyer = new Desk();
        buyer.bestBid = 100;
        buyer.mine = List.of(new OwnOrder(5, Side.BID, 100, 1));
        buyer.act(SeatRobots.create(RobotKind.SHAVER, buyer, 1), 1);
        assertTrue(buyer.shouts.isEmpty());
    }

    @Test
    void aSniperLurksThenShavesHarderAsTimeRunsOut() {
        Desk buyer = new Desk();
        buyer.bestBid = 50;
        RobotTrader sniper = SeatRobots.create(RobotKind.SNIPER, buyer, 1);
        buyer.timeLeft = 0.5;
        buyer.act(sniper, 1);
        assertTrue(buyer.shouts.isEmpty(), "quiet before the last fifth");
        buyer.timeLeft = 0.2;
        buyer.act(sniper, 1);
        buyer.timeLeft = 0.0;
        buyer.act(sniper, 1);
        assertEquals(List.of(51L, 70L), buyer.shouts);
    }

    @Test
    void zipRaisesItsBidWhenItsOwnBidIsNotTaken() {
        Desk buyer = new Desk();
        Zip zip = (Zip) SeatRobots.create(RobotKind.ZIP, buyer, 3);
        double before = zip.price();
        for (int i = 0; i < 20; i++) {
            zip.heard(Side.BID, (long) Math.floor(zip.price()), false);
        }
        assertTrue(zip.price() > before, "an untaken bid at its own price makes a buyer bid higher");
        assertTrue(zip.price() <= 120, "but never above its value");
    }

    @Test
    void zipLowersItsAskAfterACheaperAskStands() {
        Desk seller = new Desk();
        seller.side = Side.ASK;
        seller.limit = 80;
        Zip zip = (Zip) SeatRobots.create(RobotKind.ZIP, seller, 3);
        double before = zip.price();
        zip.heard(Side.ASK, 85, false);
        assertTrue(zip.price() < before);
        assertTrue(zip.price() >= 80, "never below its cost");
    }
}
