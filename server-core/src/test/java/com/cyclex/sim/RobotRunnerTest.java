package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.MarketInfo;
import com.cyclex.host.ExchangeHost;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a live exchange with its journal: robots trade, the rate obeys, close stops everything. */
class RobotRunnerTest {
    @TempDir
    Path dir;
    ExchangeHost host;
    RobotRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        host = ExchangeHost.open(dir);
        runner = DemoMarketplace.create(host).get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        runner.close();
        host.close();
    }

    private int market(String symbol) {
        return host.read(x -> x.markets().stream().filter(m -> m.spec().symbol().equals(symbol)).findFirst()
                .map(MarketInfo::id).orElseThrow());
    }

    private int trades(int market) {
        return host.read(x -> x.recentTrades(market, 20).size());
    }

    @Test
    void robotsTradeInEverySpotMarketWithFewRejectionsAndBalancedBooks() {
        int spot10m = market(DemoPlan.SPOT_10M);
        int spot1h = market(DemoPlan.SPOT_1H);
        runner.setRate(1000);
        runner.start();

        Await.until(() -> trades(spot10m) >= 20 && trades(spot1h) >= 20, 120_000, () -> runner.stats().toString());
        runner.close();

        RobotStats stats = runner.stats();
        assertEquals(stats.sent(), stats.accepted() + stats.rejected(), "every command sent is answered");
        assertEquals(0, stats.inFlight());
        assertTrue(stats.maxInFlight() <= RobotRunner.MAX_IN_FLIGHT, () -> "too many in flight: " + stats);
        assertTrue(stats.rejectedShare() <= 0.02, () -> "too many rejections: " + stats);
        assertTrue(stats.trades() >= 40, () -> "the robots heard of too few trades: " + stats);
        assertEquals(0, stats.robotFailures());
        assertEquals(0L, (long) host.read(x -> x.ledgerTotals().sum()), "credits are conserved");
    }

    @Test
    void aNewRateTakesEffectWhileRunning() {
        long started = System.nanoTime();
        runner.setRate(5);
        runner.start();
        Await.sleep(1_500);
        long slow = runner.stats().sent();
        double seconds = (System.nanoTime() - started) / 1e9;
        // The bucket holds at most one token and a turn sends at most MAX_PER_TURN: an upper bound, not a timing.
        assertTrue(slow <= 5 * seconds + OrderPad.MAX_PER_TURN + 1, () -> slow + " commands in " + seconds + " s at 5/s");

        runner.setRate(2000);
        assertEquals(2000, runner.rate());
        // At 5/s these 1000 commands would take over three minutes; the deadline is far shorter.
        Await.until(() -> runner.stats().sent() >= slow + 1000, 60_000, () -> runner.stats().toString());

        runner.setRate(0);
        Await.until(() -> runner.stats().inFlight() == 0, 30_000, () -> runner.stats().toString());
        long paused = runner.stats().sent();
        Await.sleep(300);
        assertEquals(paused, runner.stats().sent(), "rate 0 pauses the robots");
    }

    @Test
    void closeStopsEveryCommand() {
        runner.setRate(500);
        runner.start();
        Await.until(() -> runner.stats().accepted() >= 200, 60_000, () -> runner.stats().toString());

        runner.close();
        assertFalse(runner.running());
        RobotStats stats = runner.stats();
        assertEquals(0, stats.inFlight());
        long commands = host.read(x -> x.figures().orderCommands());
        long hash = host.read(x -> x.stateHash());

        Await.sleep(300);
        assertEquals(stats.sent(), runner.stats().sent());
        assertEquals(commands, (long) host.read(x -> x.figures().orderCommands()));
        assertEquals(hash, (long) host.read(x -> x.stateHash()));
    }
}
