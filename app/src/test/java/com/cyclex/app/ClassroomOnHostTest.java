package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.session.LiveSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's classroom over a host that closes and starts again, as the terminal's window runs it: the session, its
 * paused period and its export folder are taken up again, and the same {@code --session} goes on with it.
 */
class ClassroomOnHostTest {
    private static final long ALICE = 1001;
    private static final long BOB = 1002;

    @TempDir
    Path dir;

    private static <T> T done(CompletableFuture<T> f) {
        return f.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static void ok(CompletableFuture<CommandResult> f) {
        CommandResult r = done(f);
        assertTrue(r.accepted(), r.message());
    }

    private Path scenario(String name) throws Exception {
        Path file = dir.resolve(name + ".scenario");
        Files.writeString(file, """
                name %s
                rule cda
                periods 3
                length 60 s
                prices 1 to 200
                buyer  B1 150 120
                seller S1 40 70
                """.formatted(name));
        return file;
    }

    private static ExchangeHost host(Path data) {
        ExchangeHost host = ExchangeHost.open(data);
        host.attach(new ClassroomOnHost(host, data.resolve("sessions"))); // as TerminalLauncher attaches it
        return host;
    }

    @Test
    void aSessionGoesOnAfterTheAppClosesAndStartsAgainWithTheSameSession() throws Exception {
        Path data = dir.resolve("data");
        String file = scenario("Class A").toString();
        String symbol;
        try (ExchangeHost host = host(data)) {
            ClassroomOnHost classroom = host.attached(ClassroomOnHost.class);
            LiveSession live = done(classroom.openOrKeep(file));
            symbol = live.symbol();
            ok(live.claimSeat(ALICE, "alice"));
            ok(live.claimSeat(BOB, "bob"));
            ok(live.startPeriod());
            ok(live.shout(ALICE, 100));
            assertEquals(1, done(live.shout(BOB, 90)).filledUnits());
        }

        try (ExchangeHost host = host(data)) {
            ClassroomOnHost classroom = host.attached(ClassroomOnHost.class);
            LiveSession back = done(classroom.resumed());
            assertNotNull(back, "the session is taken up again as the app starts");
            assertEquals(symbol, back.symbol());
            assertTrue(back.state().open() && back.state().paused(), "its period waits for the instructor");
            assertEquals(50, back.state().seatOf(ALICE).totalSurplus(), "alice keeps her seat and her profit");
            assertEquals(back, done(classroom.openOrKeep(file)), "the same --session goes on with it");

            back.heard(ALICE);
            back.heard(BOB);
            ok(back.resume());
            ok(back.shout(ALICE, 110));
            assertEquals(1, done(back.shout(BOB, 100)).filledUnits(), "the second units trade after the restart");
            Path out = done(classroom.export());
            List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
            assertEquals(3, trades.size(), "one header, the trade before and the one after the restart: " + trades);
            assertTrue(trades.get(0).startsWith("run,period,seq"), trades.get(0));

            LiveSession other = done(classroom.openOrKeep(scenario("Class B").toString()));
            assertNotEquals(symbol, other.symbol(), "another scenario is a new session");
        }

        try (ExchangeHost host = host(data)) {
            LiveSession back = done(host.attached(ClassroomOnHost.class).resumed());
            assertEquals("Class B", back.scenario().name(), "the session that made way is not taken up again");
            assertNull(back.state().seatOf(ALICE));
        }
    }
}
