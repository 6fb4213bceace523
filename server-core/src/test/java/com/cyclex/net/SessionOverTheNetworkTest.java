package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import com.cyclex.market.Trade;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.sim.session.Classroom;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.sim.session.SeatView;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Students on other computers in a live session, through a real TLS gateway on a loopback port; no mocks. */
class SessionOverTheNetworkTest {
    @TempDir
    Path dir;

    private static final Scenario TWO_SEATS = ScenarioParser.parse("""
            name Network class
            rule classic
            periods 2
            length 120 s
            prices 1 to 200
            losses refused
            buyer  B1 150 120 student
            seller S1 40 70 student
            """, "network");

    private static <T> T done(CompletableFuture<T> f) {
        return f.orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static LiveSession open(NetFixture f, Scenario s, long silenceMillis) {
        return done(Classroom.on(f.host).open(f.host, s, LiveSession.Options.defaults().withSilence(silenceMillis)));
    }

    @Test
    void studentsTakeSeatsAndTradeThroughTheExchange() {
        try (NetFixture f = new NetFixture(dir)) {
            RemoteClient alice = RemoteClient.commandsOnly(f.joinActive("alice"));
            RemoteClient bob = RemoteClient.commandsOnly(f.joinActive("bob"));
            try (alice; bob) {
                assertEquals(ResultCode.SESSION_NONE, done(alice.seats().claimSeat()).code());
                LiveSession live = open(f, TWO_SEATS, 60_000);
                assertEquals(0, done(alice.seats().claimSeat()).id());
                assertEquals(1, done(bob.seats().claimSeat()).id());
                assertEquals(ResultCode.PERIOD_CLOSED, done(alice.seats().shout(100)).code());

                assertTrue(done(live.startPeriod()).accepted());
                SeatView seat = done(alice.seats().seat());
                assertEquals("B1", seat.seat());
                assertEquals("buyer", seat.role());
                assertEquals(List.of(150L, 120L), java.util.Arrays.stream(seat.limits()).boxed().toList());
                assertTrue(seat.open() && seat.timeLeftMillis() > 100_000, "the period's clock: " + seat.timeLeftMillis());

                CommandResult loss = done(alice.seats().shout(151));
                assertEquals(ResultCode.SHOUT_AT_A_LOSS, loss.code(), loss.toString());
                assertEquals(1, done(alice.seats().shout(100)).openUnits());
                CommandResult sold = done(bob.seats().shout(95));
                assertEquals(1, sold.filledUnits(), sold.toString());

                List<Trade> trades = f.host.read(x -> x.recentTrades(live.state().market(), 10));
                assertEquals(1, trades.size());
                assertEquals(100, trades.get(0).price());
                assertEquals(50, done(alice.seats().seat()).profit());
                assertEquals(60, done(bob.seats().seat()).profit());
                assertEquals(List.of(100L), done(bob.seats().board()).prices(), "trade prices are public");
            }
        }
    }

    @Test
    void aMemberNeverSeesAnotherSeatNorActsForItNorStepsThePeriods() throws Exception {
        try (NetFixture f = new NetFixture(dir)) {
            Membership alice = f.joinActive("alice");
            Membership eve = f.joinActive("eve");
            Membership pending = RemoteClient.join(f.address(), "pending");
            LiveSession live = open(f, TWO_SEATS, 60_000);
            try (RemoteClient a = RemoteClient.commandsOnly(alice); RemoteClient p = RemoteClient.commandsOnly(pending)) {
                done(a.seats().claimSeat());
                assertEquals(ResultCode.MEMBER_NOT_ACTIVE, done(p.seats().claimSeat()).code());
            }
            done(live.startPeriod());
            HostileClient raw = new HostileClient(f.address());
            String eveAuth = "Bearer " + eve.credential();

            HttpResponse<String> seat = raw.send("GET", "/api/v1/session/seat", null, "Authorization", eveAuth).join();
            assertEquals(409, seat.statusCode(), seat.body());
            assertTrue(seat.body().contains("SEAT_NONE"), seat.body());
            HttpResponse<String> board = raw.send("GET", "/api/v1/session", null, "Authorization", eveAuth).join();
            assertEquals(200, board.statusCode());
            var fields = new java.util.TreeSet<String>();
            Wire.mapper().readTree(board.body()).fieldNames().forEachRemaining(fields::add);
            assertFalse(fields.contains("limits") || fields.contains("seats") && !Wire.mapper().readTree(board.body())
                    .get("seats").isInt(), "no schedule on the board: " + board.body());
            assertEquals(java.util.Arrays.stream(com.cyclex.sim.session.SessionBoard.class.getRecordComponents())
                    .map(c -> c.getName()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), fields);

            HttpResponse<String> naming = raw.send("POST", "/api/v1/session/shouts", "{\"price\": 100, \"seat\": 0}".getBytes(),
                    "Authorization", eveAuth, "Content-Type", "application/json").join();
            assertEquals(400, naming.statusCode(), "a shout cannot name a seat: " + naming.body());
            HttpResponse<String> shout = raw.send("POST", "/api/v1/session/shouts", "{\"price\": 100}".getBytes(),
                    "Authorization", eveAuth, "Content-Type", "application/json").join();
            assertTrue(shout.body().contains("SEAT_NONE"), shout.body());
            HttpResponse<String> step = raw.send("POST", "/api/v1/session/periods", "{}".getBytes(),
                    "Authorization", eveAuth, "Content-Type", "application/json").join();
            assertEquals(403, step.statusCode());
            assertTrue(step.body().contains("NOT_HOST"), step.body());

            try (RemoteClient e = RemoteClient.commandsOnly(eve)) {
                CommandResult plain = done(e.submit(com.cyclex.api.PlaceOrder.limit(eve.memberId(), live.state().market(),
                        com.cyclex.market.Side.BID, 100, 1, com.cyclex.market.TimeInForce.GTC)));
                assertEquals(ResultCode.SESSION_MARKET, plain.code(), "no plain orders beside the seats: " + plain);
                assertEquals(f.host.refusal(com.cyclex.api.PlaceOrder.limit(com.cyclex.member.MemberRegistry.HOST_ID,
                        live.state().market(), com.cyclex.market.Side.BID, 100, 1, com.cyclex.market.TimeInForce.GTC)).message(),
                        plain.message(), "the gateway says what the host's own terminal is told: one rule");
            }

            assertEquals(0, live.state().bestBid(), "nothing reached the book");
            assertEquals(1, live.state().period());
            assertTrue(live.state().open(), "the period runs on");
            assertEquals(alice.memberId(), live.state().seats().get(0).holderId(), "alice keeps her seat");
        }
    }

    @Test
    void aSilentStudentsSeatIsTradedByItsRobotAndHandedBackWhenItsTerminalAsksAgain() {
        Scenario robots = ScenarioParser.parse("""
                name Stand-in
                periods 1
                length 300 s
                pace 50
                prices 1 to 200
                buyer  B1 150 140 130 120 110 100 student
                seller S1 10 20 30 40 50 60 robot GIVEAWAY
                """, "standin");
        try (NetFixture f = new NetFixture(dir)) {
            try (RemoteClient alice = RemoteClient.commandsOnly(f.joinActive("alice"))) {
                LiveSession live = open(f, robots, 1_000);
                done(alice.seats().claimSeat());
                done(live.startPeriod());
                NetFixture.await(() -> "ZIC".equals(live.state().seats().get(0).trader())
                        && live.state().seats().get(0).traded() > 0, () -> live.state().seats().get(0).toString());
                assertTrue(done(alice.seats().seat()) != null);
                NetFixture.await(() -> "alice".equals(live.state().seats().get(0).trader()),
                        () -> live.state().seats().get(0).toString());
                try (RemoteClient bob = RemoteClient.commandsOnly(f.joinActive("bob"))) {
                    assertNull(done(bob.seats().seat()), "bob holds no seat");
                }
            }
        }
    }
}
