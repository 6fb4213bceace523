package com.cyclex.sim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.store.StoreFiles;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live session on a host that closes and opens again on the same data dir (real H2 files): the session comes
 * back with its scenario, period, holders, units and profits, and goes on trading. The kill -9 case is
 * {@link SessionKilledTest}.
 */
class SessionRestartTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long CAROL = 1003;
    static final long DAN = 1004;
    static final String SCENARIO = """
            name Restart test
            rule cda
            periods 3
            length 60 s
            pace 50
            prices 1 to 200
            buyer  B1 150 120
            buyer  B2 140 110
            seller S1 40 70
            seller S2 50 80
            """;

    @TempDir
    Path dir;
    private ExchangeHost host;
    private LiveSession live;
    private final AtomicLong clock = new AtomicLong(1_767_225_600_000L);

    static Scenario scenario() {
        return ScenarioParser.parse(SCENARIO, "restart");
    }

    private LiveSession.Options options() {
        return options(clock);
    }

    /** A clock that moves only when told: the students stay present, so no stand-in robot trades for them. */
    static LiveSession.Options options(AtomicLong clock) {
        return LiveSession.Options.defaults().withSilence(5_000).withClock(clock::get).withSeed(7);
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    static <T> T done(CompletableFuture<T> f) {
        return f.orTimeout(30, TimeUnit.SECONDS).join();
    }

    static void ok(CompletableFuture<CommandResult> f) {
        CommandResult r = done(f);
        assertTrue(r.accepted(), r.message());
    }

    /** Four students, period 1 with two trades and ended, period 2 with one trade and a bid standing. */
    static void trade(LiveSession live) {
        ok(live.claimSeat(ALICE, "alice"));
        ok(live.claimSeat(BOB, "bob"));
        ok(live.claimSeat(CAROL, "carol"));
        ok(live.claimSeat(DAN, "dan"));
        ok(live.startPeriod());
        ok(live.shout(ALICE, 100));
        assertEquals(1, done(live.shout(CAROL, 90)).filledUnits(), "S1 sells to B1 at 100");
        ok(live.shout(BOB, 95));
        assertEquals(1, done(live.shout(DAN, 95)).filledUnits(), "S2 sells to B2 at 95");
        ok(live.endPeriod());
        ok(live.startPeriod());
        ok(live.shout(BOB, 105));
        assertEquals(1, done(live.shout(CAROL, 100)).filledUnits(), "S1 sells to B2 at 105");
        ok(live.shout(ALICE, 60));
    }

    @Test
    void aSessionWhoseHostClosedComesBackWithItsPeriodHoldersUnitsAndProfits() {
        host = ExchangeHost.open(dir);
        live = done(Classroom.on(host).open(host, scenario(), options()));
        trade(live);
        clock.addAndGet(20_000);
        String before = SessionPicture.of(done(live.run(s -> live.state())));
        long timeLeft = live.state().timeLeftAt(clock.get());
        host.close();

        clock.addAndGet(300_000); // the host was down five minutes
        host = ExchangeHost.open(dir);
        LiveSession back = done(Classroom.on(host).resume(host, options()));
        assertNotNull(back, "the session is taken up again");
        assertEquals(before, SessionPicture.of(back.state()));
        assertTrue(back.state().open() && back.state().paused(), "the running period comes back paused");
        assertEquals(timeLeft, back.state().timeLeftAt(clock.get()), "its clock lost nothing while the host was down");
        assertEquals(0, back.state().bestBid(), "the bid that stood is withdrawn");
        assertEquals(scenario().name(), back.scenario().name());

        goesOnTrading(back, host);
    }

    @Test
    void zipRobotsGoOnFromWhatTheyHadLearnedBeforeTheRestart() throws InterruptedException {
        host = ExchangeHost.open(dir);
        LiveSession.Options fast = LiveSession.Options.defaults().withSeed(5);
        live = done(Classroom.on(host).open(host, ScenarioParser.parse("""
                name ZIP restart
                rule cda
                periods 3
                length 600 s
                pace 400
                prices 1 to 200
                robots ZIP
                buyer  B1 150 140 130 120 110 100
                buyer  B2 145 135 125 115 105 95
                seller S1 40 50 60 70 80 90
                seller S2 45 55 65 75 85 95
                """, "zip"), fast));
        String fresh = done(live.run(s -> live.robotLearning()));
        ok(live.startPeriod());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (live.state().trades().size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ok(live.pause()); // a step that saves, so what the robots learned so far is on disk
        String learned = done(live.run(s -> live.robotLearning()));
        assertEquals(4, learned.lines().count(), "each ZIP robot has its learning to keep: " + learned);
        assertFalse(learned.equals(fresh), "the robots learned from the trades");
        host.close();

        host = ExchangeHost.open(dir);
        LiveSession back = done(Classroom.on(host).resume(host, fast));
        assertEquals(learned, done(back.run(s -> back.robotLearning())), "each robot takes up its margin where it was");
    }

    /** The session after a restart: the holders shout for their seats again and the next period starts. */
    static void goesOnTrading(LiveSession back, ExchangeHost host) {
        assertTrue(back.state().seats().stream().noneMatch(LiveState.SeatRow::present), "holders are away until heard");
        for (long m = ALICE; m <= DAN; m++) {
            back.heard(m); // each student's terminal asks again, so no stand-in robot trades for them once resumed
        }
        assertEquals(ResultCode.PERIOD_PAUSED, done(back.shout(ALICE, 110)).code());
        ok(back.resume());
        ok(back.shout(ALICE, 110));
        CommandResult sold = done(back.shout(DAN, 80));
        assertEquals(1, sold.filledUnits(), "S2 sells to B1 at 110: " + sold.message());
        assertEquals(1, back.state().seats().get(0).traded());
        assertEquals(150 - 100 + 150 - 110, back.seatOf(ALICE).profit(), "alice's profit over both periods");
        ok(back.endPeriod());
        assertEquals(2, back.state().figures().size());
        assertEquals(2, back.state().figures().get(1).trades(), "period 2 has its trade from before and after the restart");
        ok(back.startPeriod());
        assertEquals(3, back.state().period());
        ok(back.shout(BOB, 120));
        assertEquals(1, done(back.shout(CAROL, 100)).filledUnits(), "the next period trades");
        assertEquals(5, host.read(x -> x.recentTrades(back.state().market(), 50)).size(), "the exchange's trades are the session's");
    }

    @Test
    void aTradeTheExchangeMadeButTheSessionDidNotSaveIsBookedOnRestart() {
        host = ExchangeHost.open(dir);
        live = done(Classroom.on(host).open(host, scenario(), options()));
        trade(live);
        String before = SessionPicture.of(done(live.run(s -> live.state())));
        host.close();
        // as if the host died between the exchange's trade and the session's save of it
        assertEquals(1, StoreFiles.update(dir, "DELETE FROM LIVE_SESSION_TRADE WHERE SEQ = (SELECT MAX(SEQ) FROM LIVE_SESSION_TRADE)"));

        host = ExchangeHost.open(dir);
        LiveSession back = done(Classroom.on(host).resume(host, options()));
        LiveState s = back.state();
        assertEquals(3, s.figures().get(0).trades() + s.trades().size(), "the exchange's three trades are the session's");
        assertEquals(1, s.seats().get(1).traded(), "B2 bought its unit in period 2");
        assertEquals(140 - 95 + 140 - 105, s.seats().get(1).totalSurplus());
        assertEquals(105 - 40 + 100 - 40, s.seats().get(2).totalSurplus(), "S1 sold a unit in each period");
        assertEquals(before.lines().filter(l -> !l.startsWith("trade ")).toList(),
                SessionPicture.of(s).lines().filter(l -> !l.startsWith("trade ")).toList(), "the rest is as it was");
    }

    @Test
    void aSessionThatMadeWayForAnotherIsNotTakenUpAgain() {
        host = ExchangeHost.open(dir);
        LiveSession first = done(Classroom.on(host).open(host, scenario(), options()));
        ok(first.claimSeat(ALICE, "alice"));
        LiveSession second = done(Classroom.on(host).open(host, scenario(), options()));
        assertFalse(first.symbol().equals(second.symbol()));
        host.close();

        host = ExchangeHost.open(dir);
        LiveSession back = done(Classroom.on(host).resume(host, options()));
        assertEquals(second.symbol(), back.symbol());
        assertNull(back.state().seatOf(ALICE), "alice held a seat of the first session only");
    }

    @Test
    void aHostWithNoSessionTakesNoneUp() {
        host = ExchangeHost.open(dir);
        host.close();
        host = ExchangeHost.open(dir);
        assertNull(done(Classroom.on(host).resume(host, options())));
        assertNull(Classroom.on(host).current());
    }

    @Test
    void theHostsOwnTerminalIsRefusedAPlainOrderInTheSessionsMarketWithTheGatewaysSentence() {
        host = ExchangeHost.open(dir);
        live = done(Classroom.on(host).open(host, scenario(), options()));
        int other = (int) host.execute(new CreateMarket(MemberRegistry.HOST_ID,
                MarketSpec.spot("CPU-OTHER", 10, 1, 1, 1_000))).id();
        for (long m = ALICE; m <= DAN; m++) {
            ok(live.claimSeat(m, "m" + m)); // every seat held and present: no stand-in robot trades
        }
        ok(live.startPeriod());
        try (LocalClient terminal = LocalClient.forHost(host)) {
            CommandResult plain = done(terminal.submit(PlaceOrder.limit(MemberRegistry.HOST_ID, live.state().market(), Side.BID,
                    100, 1, TimeInForce.GTC)));
            assertEquals(ResultCode.SESSION_MARKET, plain.code());
            assertEquals("Market " + live.symbol() + " is the live session's: shout for your seat in the Seat tab (over the"
                    + " network, POST /api/v1/session/shouts) instead of placing orders in it.", plain.message());
            assertEquals(0, host.read(x -> x.orders(live.state().market())).size(), "nothing reached the book");

            CommandResult elsewhere = done(terminal.submit(PlaceOrder.limit(MemberRegistry.HOST_ID, other, Side.ASK, 100, 1,
                    TimeInForce.GTC)));
            assertTrue(elsewhere.code() != ResultCode.SESSION_MARKET, "other markets take the host's orders: " + elsewhere);
        }
        ok(live.shout(ALICE, 100)); // the seats themselves still shout
        assertEquals(100, live.state().bestBid());
    }
}
