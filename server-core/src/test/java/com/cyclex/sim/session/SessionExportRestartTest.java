package com.cyclex.sim.session;

import static com.cyclex.sim.session.SessionRestartTest.BOB;
import static com.cyclex.sim.session.SessionRestartTest.CAROL;
import static com.cyclex.sim.session.SessionRestartTest.done;
import static com.cyclex.sim.session.SessionRestartTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Trade;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.store.StoreFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A live session's export across a host that stopped where a kill would leave it: rows in the files that the
 * session's save never heard of, and a row cut short. Taken up again, the files hold each trade and each fill once,
 * no period the session has not ended, and no broken row; rows written after the restart time from their period.
 */
class SessionExportRestartTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private ExchangeHost host;
    private final AtomicLong clock = new AtomicLong(1_767_225_600_000L);

    private LiveSession.Options options() {
        return SessionRestartTest.options(clock);
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theExportTakenUpAfterAStopTheSaveMissedHoldsEveryTradeOnceAndNoBrokenRow() throws IOException {
        Path exports = dir.resolve("exports");
        host = ExchangeHost.open(dir);
        LiveSession live = done(Classroom.on(host).open(host, SessionRestartTest.scenario(), options()));
        Path files = exports.resolve(live.symbol());
        done(LiveExport.attach(live, files));
        clock.addAndGet(2_000);
        SessionRestartTest.trade(live); // period 1 ended with two trades; period 2 has one
        assertEquals(3, rows(files.resolve("trades.csv")).size(), "each row is in the file as soon as it is written");
        host.close();
        host = null;

        // As if the host died after the exchange's last trade and its rows, before the session saved that step,
        // and as if period 2 had been ended in the files only; and a row cut short by the kill.
        assertEquals(1, StoreFiles.update(dir, "DELETE FROM LIVE_SESSION_TRADE WHERE SEQ = (SELECT MAX(SEQ) FROM LIVE_SESSION_TRADE)"));
        Files.writeString(files.resolve("periods.csv"), "1,2,9,60,70,65,2,150,120,80.0000,,,\n", StandardOpenOption.APPEND);
        Files.writeString(files.resolve("trades.csv"), "1,2,77,0.5", StandardOpenOption.APPEND);

        host = ExchangeHost.open(dir);
        LiveExport.TakeUp takeUp = LiveExport.takeUp(exports);
        LiveSession back = done(Classroom.on(host).resume(host, options(), takeUp::beforeCatchUp));
        LiveExport export = takeUp.of(back);
        done(export.write());
        List<Long> exchange = host.read(x -> x.recentTrades(back.state().market(), 50)).stream().map(Trade::id).toList();
        assertEquals(exchange, ids(files.resolve("trades.csv")), "each of the exchange's trades once, the broken row gone");
        List<CSVRecord> orders = rows(files.resolve("orders.csv"));
        assertEquals(3, orders.stream().filter(o -> o.get("event").equals("filled")).map(o -> o.get("order_id")).distinct().count(),
                Files.readString(files.resolve("orders.csv")));
        assertEquals(3, orders.stream().filter(o -> o.get("event").equals("filled")).count(), "no fill written twice: " + Files.readString(files.resolve("orders.csv")));
        assertEquals(List.of("1"), rows(files.resolve("periods.csv")).stream().map(r -> r.get("period")).toList(),
                "only the period the session ended");
        assertTrue(orders.stream().anyMatch(o -> o.get("event").equals("cancelled") && o.get("reason").equals("the host restarted")),
                "the withdrawal on the way back is in the files too");

        back.heard(SessionRestartTest.ALICE);
        back.heard(BOB);
        back.heard(CAROL);
        back.heard(SessionRestartTest.DAN);
        ok(back.resume());
        clock.addAndGet(3_000);
        ok(back.shout(SessionRestartTest.ALICE, 90));
        assertEquals(1, done(back.shout(SessionRestartTest.DAN, 85)).filledUnits());
        ok(back.endPeriod());
        done(export.write());
        List<CSVRecord> trades = rows(files.resolve("trades.csv"));
        assertEquals(4, trades.size());
        double at = Double.parseDouble(trades.get(3).get("t_s"));
        assertTrue(at >= 0 && at <= 60, "a trade after the restart is timed from its period's start: " + at);
        assertEquals(List.of("1", "2"), rows(files.resolve("periods.csv")).stream().map(r -> r.get("period")).toList());
        assertEquals("2", rows(files.resolve("periods.csv")).get(1).get("trades"),
                "period 2 counts its trade from before the restart and the one after");
    }

    private static List<Long> ids(Path trades) throws IOException {
        return rows(trades).stream().map(r -> Long.parseLong(r.get("trade_id"))).toList();
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
