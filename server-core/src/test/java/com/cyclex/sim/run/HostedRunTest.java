package com.cyclex.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ShippedScenarios;
import com.cyclex.sim.session.HostVenue;
import com.cyclex.sim.session.SessionListener;
import com.cyclex.sim.session.TradeRecord;
import com.cyclex.sim.session.Venue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session on a durable hosted exchange trades exactly as on the exchange's state machine in this thread: the
 * rules are written once, and the headless runs measure the exchange a classroom will use.
 */
class HostedRunTest {

    private static List<TradeRecord> trades(Scenario s, Venue venue) {
        List<TradeRecord> trades = new ArrayList<>();
        HeadlessRun.run(s, 3, venue, session -> session.listen(new SessionListener() {
            @Override
            public void trade(TradeRecord t) {
                trades.add(t);
            }
        }));
        return trades;
    }

    @Test
    void aHostedSessionMakesTheSameTrades(@TempDir Path dir) {
        Scenario base = ShippedScenarios.load("smith-1962-chart-1").withRobots(RobotKind.ZIC).withPeriods(2);
        Scenario short2 = new Scenario(base.name(), base.rule(), 2, 20, 10, base.priceMin(), base.priceMax(), base.credits(), base.seats());
        AtomicLong clock = new AtomicLong(HeadlessRun.T0);
        List<TradeRecord> hosted;
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(clock::get))) {
            hosted = trades(short2, new HostVenue(host, clock));
        }
        List<TradeRecord> inThread = trades(short2, new com.cyclex.sim.session.ExchangeVenue());
        assertTrue(inThread.size() >= 6, "trades: " + inThread.size());
        assertEquals(inThread, hosted);
    }
}
