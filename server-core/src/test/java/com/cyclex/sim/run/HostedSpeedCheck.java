package com.cyclex.sim.run;

import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ShippedScenarios;
import com.cyclex.sim.session.ExchangeVenue;
import com.cyclex.sim.session.HostVenue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A manual measurement: periods a minute of Smith's chart 1 with ZI-C robots on a durable hosted exchange and on the
 * exchange's state machine in this thread (which {@code cyclex simulate} uses). Run it with
 * {@code ./mvnw -o -pl server-core test -Dtest=HostedSpeedCheck -Dcyclex.manual=true}.
 */
@EnabledIfSystemProperty(named = "cyclex.manual", matches = "true")
class HostedSpeedCheck {

    @Test
    void measureBoth() throws Exception {
        Scenario smith = ShippedScenarios.load("smith-1962-chart-1").withRobots(RobotKind.ZIC);
        int hostedPeriods = 3;
        Path dir = Files.createTempDirectory("cyclex-hosted-check");
        AtomicLong clock = new AtomicLong(HeadlessRun.T0);
        long t0;
        long hostedNanos;
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(clock::get))) {
            t0 = System.nanoTime();
            HeadlessRun.run(smith.withPeriods(hostedPeriods), 1, new HostVenue(host, clock), s -> { });
            hostedNanos = System.nanoTime() - t0;
        } finally {
            com.cyclex.bench.Bench.deleteTree(dir);
        }
        int warm = 200;
        for (int i = 0; i < warm; i++) {
            HeadlessRun.run(smith, i, new ExchangeVenue(), s -> { });
        }
        int runs = 400;
        t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            HeadlessRun.run(smith, i, new ExchangeVenue(), s -> { });
        }
        long inThreadNanos = System.nanoTime() - t0;
        System.out.printf("hosted (durable): %.0f periods a minute; in this thread: %.0f periods a minute%n",
                hostedPeriods * 60e9 / hostedNanos, runs * smith.periods() * 60e9 / inThreadNanos);
    }
}
