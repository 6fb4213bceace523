package com.cyclex.sim;

import com.cyclex.api.ExchangeFigures;
import com.cyclex.host.ExchangeHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A manual check, headless: the demo at 2000 commands/s for about 5 s on a fresh data dir, printing what it
 * achieved. Skipped in normal builds; run it with
 * {@code ./mvnw -o test -pl server-core -Dtest=DemoRateCheck -Dcyclex.manual=true}.
 */
@EnabledIfSystemProperty(named = "cyclex.manual", matches = "true")
class DemoRateCheck {

    @Test
    void runTheDemoAt2000CommandsPerSecond() throws Exception {
        int rate = Integer.getInteger("cyclex.rate", 2000);
        long seconds = Long.getLong("cyclex.seconds", 5);
        Path dir = Files.createTempDirectory("cyclex-demo-check");
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            RobotRunner runner = DemoMarketplace.create(host).get(60, TimeUnit.SECONDS);
            runner.setRate(rate);
            long start = System.nanoTime();
            runner.start();
            Thread.sleep(1000);
            long warm = runner.stats().sent();
            long warmAt = System.nanoTime();
            Thread.sleep(seconds * 1000 - 1000);
            RobotStats atEnd = runner.stats();
            long end = System.nanoTime();
            double elapsed = (end - start) / 1e9;
            double steady = (atEnd.sent() - warm) / ((end - warmAt) / 1e9);
            runner.close();
            RobotStats stats = runner.stats();
            ExchangeFigures figures = host.read(x -> x.figures());
            long sum = host.read(x -> x.ledgerTotals().sum());
            System.out.printf("target %d commands/s for %.1f s: sent %d (%.0f/s; %.0f/s after the first second), accepted %d, "
                            + "rejected %d (%.3f%%) %s%n",
                    rate, elapsed, atEnd.sent(), atEnd.sent() / elapsed, steady, stats.accepted(), stats.rejected(),
                    100 * stats.rejectedShare(), stats.rejections());
            System.out.printf("trades %d (%.0f/s), most in flight %d, open orders %d, cores leased %d (%.0f/s), ledger sum %d%n",
                    stats.trades(), stats.trades() / elapsed, stats.maxInFlight(), figures.openOrders(),
                    figures.openInterest(), figures.openInterest() / elapsed, sum);
        }
    }
}
