package com.cyclex.sim.session;

import static com.cyclex.sim.session.SessionRestartTest.done;
import static com.cyclex.sim.session.SessionRestartTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Trade;
import com.cyclex.sim.run.LiveExport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host killed outright (SIGKILL: no shutdown, no last save) in the middle of a live session, in a process of its
 * own: started again on the same data dir, it takes the session up with every acknowledged step, and with every
 * trade the exchange made, even one whose session step the kill cut short.
 */
class SessionKilledTest {
    @TempDir
    Path dir;

    @Test
    void aHostKilledMidPeriodComesBackWithTheSessionItAcknowledged() throws Exception {
        StringBuilder picture = new StringBuilder();
        Process child = start("students", picture);
        kill(child);

        try (ExchangeHost host = ExchangeHost.open(dir)) {
            LiveSession back = done(Classroom.on(host).resume(host, LiveSession.Options.defaults().withSilence(600_000)));
            assertNotNull(back, "the session is taken up again");
            assertEquals(picture.toString(), SessionPicture.of(back.state()));
            assertTrue(back.state().open() && back.state().paused(), "the period that ran comes back paused");
            SessionRestartTest.goesOnTrading(back, host);
        }
    }

    @Test
    void aHostKilledWhileRobotsTradeComesBackWithEveryTradeTheExchangeMade() throws Exception {
        Process child = start("robots", new StringBuilder());
        Thread.sleep(200 + (System.nanoTime() & 511)); // the kill lands somewhere among the robots' steps
        kill(child);

        try (ExchangeHost host = ExchangeHost.open(dir)) {
            LiveExport.TakeUp takeUp = LiveExport.takeUp(dir.resolve("exports"));
            LiveSession back = done(Classroom.on(host).resume(host, LiveSession.Options.defaults(), takeUp::beforeCatchUp));
            LiveExport export = takeUp.of(back);
            LiveState s = back.state();
            List<Trade> exchange = host.read(x -> x.recentTrades(s.market(), 500));
            assertTrue(exchange.size() >= 3, "the robots traded before the kill: " + exchange.size());
            assertEquals(exchange.stream().map(Trade::id).toList(), s.trades().stream().map(TradeRecord::tradeId).toList(),
                    "the session has each of the exchange's trades, once");
            int traded = s.seats().stream().mapToInt(LiveState.SeatRow::traded).sum();
            assertEquals(2 * exchange.size(), traded, "each trade used a unit of a buyer and of a seller");
            for (LiveState.SeatRow seat : s.seats()) {
                long surplus = s.trades().stream().mapToLong(t -> t.buyer() == seat.index() ? t.value() - t.price()
                        : t.seller() == seat.index() ? t.price() - t.cost() : 0).sum();
                assertEquals(surplus, seat.totalSurplus(), "seat " + seat.name() + "'s profit is its trades'");
            }
            assertEquals(0, host.read(x -> x.orders(s.market())).size(), "the orders that stood are withdrawn");
            assertTrue(s.paused());
            Path files = done(export.write());
            assertEquals(exchange.stream().map(Trade::id).toList(), column(files.resolve("trades.csv"), "trade_id"),
                    "the export's trades are the exchange's, each once, even those the kill cut off from the session's save");
            assertRowsOnce(files.resolve("orders.csv"));

            ok(back.resume());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (back.state().trades().size() <= s.trades().size() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(back.state().trades().size() > s.trades().size(), "the robots trade on after the restart");
            ok(back.pause());
            done(export.write());
            assertEquals(back.state().trades().stream().map(t -> t.tradeId()).toList(), column(files.resolve("trades.csv"), "trade_id"),
                    "the rows after the restart follow those from before it");
            assertRowsOnce(files.resolve("orders.csv"));
        }
    }

    /** One column of a CSV export, as numbers, in file order. */
    static List<Long> column(Path file, String name) throws java.io.IOException {
        return rows(file).stream().map(r -> Long.parseLong(r.get(name))).toList();
    }

    /** Every order row has a seq of its own, and no order is filled twice. */
    static void assertRowsOnce(Path orders) throws java.io.IOException {
        java.util.Set<String> seqs = new java.util.HashSet<>();
        java.util.Set<String> filled = new java.util.HashSet<>();
        for (CSVRecord row : rows(orders)) {
            assertTrue(seqs.add(row.get("seq")), "seq " + row.get("seq") + " is on one row: " + row);
            if (row.get("event").equals("filled")) {
                assertTrue(filled.add(row.get("order_id")), "an order filled twice in the export: " + row);
            }
        }
        assertTrue(filled.size() >= 3, "the export has the fills: " + filled.size());
    }

    private static List<CSVRecord> rows(Path file) throws java.io.IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    private Process start(String mode, StringBuilder picture) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SessionKilledChild.class.getName(), dir.toString(), mode).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("PICTURE ")) {
                picture.append(line.substring("PICTURE ".length())).append('\n');
            }
            if (line.equals("READY")) {
                com.cyclex.ChildOutput.drainInBackground(out);
                return p;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the host's process did not get ready:\n" + seen);
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no last save
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the host's process is gone");
    }
}
