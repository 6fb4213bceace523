package com.cyclex.sim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Trade;
import com.cyclex.sim.scenario.ScenarioParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live session on a durable host: seats for members, the rule of the scenario, robots in the empty seats, the clock. */
class LiveSessionTest {
    private static final long ALICE = 1001;
    private static final long BOB = 1002;

    @TempDir
    Path dir;
    private ExchangeHost host;
    private LiveSession live;
    private final AtomicLong clock = new AtomicLong(1_767_225_600_000L);

    private LiveSession open(String extra, String seats) {
        host = ExchangeHost.open(dir);
        var scenario = ScenarioParser.parse("""
                name Live test
                rule classic
                periods 3
                length 60 s
                pace 50
                prices 1 to 200
                %s
                %s
                """.formatted(extra, seats), "live");
        live = LiveSession.open(host, scenario, LiveSession.Options.defaults().withSilence(5_000).withClock(clock::get))
                .orTimeout(30, TimeUnit.SECONDS).join();
        return live;
    }

    @AfterEach
    void close() {
        if (live != null) {
            live.close();
        }
        if (host != null) {
            host.close();
        }
    }

    private static CommandResult done(java.util.concurrent.CompletableFuture<CommandResult> f) {
        return f.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited in vain for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void twoStudentsTradeThroughTheExchangeAndSeeTheirOwnProfit() {
        open("", """
                buyer  B1 150 120 student
                seller S1 40 70 student
                """);
        assertEquals(0, done(live.claimSeat(ALICE, "alice")).id(), "the first student gets the first seat");
        assertEquals(1, done(live.claimSeat(BOB, "bob")).id());
        assertEquals(ResultCode.SEATS_FULL, done(live.claimSeat(1003, "carol")).code());
        assertEquals(ResultCode.PERIOD_CLOSED, done(live.shout(ALICE, 100)).code(), "no period yet");

        assertTrue(done(live.startPeriod()).accepted());
        CommandResult bid = done(live.shout(ALICE, 100));
        assertEquals(1, bid.openUnits(), bid.message());
        CommandResult ask = done(live.shout(BOB, 90));
        assertEquals(1, ask.filledUnits(), ask.message());
        assertEquals("You sold a unit at 100.", ask.message());

        List<Trade> trades = host.read(x -> x.recentTrades(live.state().market(), 10));
        assertEquals(1, trades.size(), "the session's trade is the exchange's trade");
        assertEquals(100, trades.get(0).price());

        SeatView alice = live.seatOf(ALICE);
        assertEquals("B1", alice.seat());
        assertEquals(50, alice.profit(), "value 150 - price 100");
        assertEquals(1, alice.unitsLeft());
        assertEquals(120, alice.nextLimit());
        assertEquals(60, live.seatOf(BOB).profit(), "price 100 - cost 40");
        assertNull(live.seatOf(1003), "a member without a seat sees none");
    }

    @Test
    void refusalsCarryTheRulesCodeAndChangeNothing() {
        open("losses refused", """
                buyer  B1 150 student
                buyer  B2 140 student
                seller S1 40 student
                seller S2 60 student
                """);
        for (long m = ALICE; m < ALICE + 4; m++) {
            assertTrue(done(live.claimSeat(m, "m" + m)).accepted());
        }
        done(live.startPeriod());
        assertTrue(done(live.shout(ALICE, 100)).accepted());
        CommandResult lower = done(live.shout(ALICE + 1, 100));
        assertEquals(ResultCode.SHOUT_NOT_IMPROVING, lower.code());
        assertEquals("A bid must improve the best bid of 100: bid 101 or more.", lower.message());
        CommandResult loss = done(live.shout(ALICE + 1, 141));
        assertEquals(ResultCode.SHOUT_AT_A_LOSS, loss.code());
        assertEquals(ResultCode.PRICE_OUTSIDE_BAND, done(live.shout(ALICE + 2, 500)).code());
        assertEquals(ResultCode.SEAT_NONE, done(live.shout(9999, 100)).code());
        assertEquals(100, live.state().bestBid(), "refused shouts left the book as it was");
        assertEquals(1, host.read(x -> x.orders(live.state().market())).size());

        assertTrue(done(live.shout(ALICE + 2, 90)).accepted(), "S1 sells to B1 at 100");
        CommandResult again = done(live.shout(ALICE, 150));
        assertEquals(ResultCode.SEAT_UNITS_USED, again.code(), "B1 has one unit: " + again.message());
    }

    @Test
    void theInstructorsStepsOutOfOrderAreRefusedAndAPeriodEndsWhenItsTimeIsUp() {
        open("robots students", """
                buyer  B1 150
                seller S1 40
                """);
        assertEquals(ResultCode.SESSION_STATE_CONFLICT, done(live.pause()).code());
        assertEquals(ResultCode.SESSION_STATE_CONFLICT, done(live.endPeriod()).code());
        assertTrue(done(live.startPeriod()).accepted());
        assertEquals(ResultCode.SESSION_STATE_CONFLICT, done(live.startPeriod()).code());
        assertTrue(done(live.pause()).accepted());
        clock.addAndGet(120_000);
        assertTrue(live.state().open(), "a paused period's clock stands still");
        assertTrue(done(live.resume()).accepted());
        clock.addAndGet(61_000);
        await(() -> !live.state().open(), "the period to end at its time");
        assertEquals(1, live.state().figures().size());
        assertEquals(1, live.state().figures().get(0).period());
    }

    @Test
    void aSilentStudentsSeatIsTradedByItsRobotAndHandedBackWhenHeard() {
        open("", """
                buyer  B1 150 140 130 120 110 student
                seller S1 10 20 30 40 50 robot GIVEAWAY
                """);
        done(live.claimSeat(ALICE, "alice"));
        done(live.startPeriod());
        assertEquals("alice", live.state().seats().get(0).trader());
        Thread.yield();
        assertEquals(0, live.state().seats().get(0).traded(), "a present student's seat waits for the student");

        clock.addAndGet(6_000); // past the 5 s of silence allowed
        await(() -> live.state().seats().get(0).traded() > 0, "the stand-in robot to trade B1's units");
        assertEquals("ZIC", live.state().seats().get(0).trader());
        assertTrue(live.seatOf(ALICE).robotTrading());

        live.heard(ALICE);
        await(() -> "alice".equals(live.state().seats().get(0).trader()), "the seat to be alice's again");
        assertFalse(live.seatOf(ALICE).robotTrading());
    }

    @Test
    void theExportHasTheLiveSessionsTradesAndPeriods() throws Exception {
        open("", """
                buyer  B1 150 120 student
                seller S1 40 70 student
                """);
        var export = com.cyclex.sim.run.LiveExport.attach(live, dir.resolve("export")).orTimeout(30, TimeUnit.SECONDS).join();
        done(live.claimSeat(ALICE, "alice"));
        done(live.claimSeat(BOB, "bob"));
        done(live.startPeriod());
        done(live.shout(ALICE, 100));
        done(live.shout(BOB, 90));
        done(live.endPeriod());
        Path out = export.write().orTimeout(30, TimeUnit.SECONDS).join();
        List<String> trades = java.nio.file.Files.readAllLines(out.resolve("trades.csv"));
        assertEquals(2, trades.size(), "a header and the one trade: " + trades);
        assertTrue(trades.get(1).startsWith("1,1,"), trades.get(1));
        assertTrue(trades.get(1).contains(",B1,S1,100,150,40,110,seller,"), trades.get(1));
        List<String> periods = java.nio.file.Files.readAllLines(out.resolve("periods.csv"));
        assertEquals(2, periods.size(), periods.toString());
        String summary = java.nio.file.Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"periods\" : 1"), summary);
        export.close();
    }

    @Test
    void aReleasedSeatGoesToTheNextMemberWhoAsks() {
        open("", """
                buyer  B1 150 student
                seller S1 40 student
                """);
        done(live.claimSeat(ALICE, "alice"));
        done(live.claimSeat(BOB, "bob"));
        assertTrue(done(live.releaseSeat(ALICE)).accepted());
        assertEquals(ResultCode.SEAT_NONE, done(live.releaseSeat(ALICE)).code());
        assertEquals(0, done(live.claimSeat(1003, "carol")).id(), "carol gets B1");
        assertNotNull(live.seatOf(1003));
    }
}
