package com.cyclex.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario written out reads back as the same scenario: a live session keeps its scenario this way. */
class ScenarioWriterTest {

    @Test
    void everyShippedScenarioReadsBackTheSame() {
        for (String name : Scenarios.NAMES) {
            Scenario s = ShippedScenarios.load(name);
            assertSame(s, ScenarioParser.parse(ScenarioWriter.write(s), name));
        }
    }

    @Test
    void robotsReshuffledRolesRefusedLossesAndScheduleChangesReadBackTheSame() {
        Scenario s = ScenarioParser.parse("""
                name A scenario   with spaces
                rule cda
                periods 4
                length 2 min
                pace 7
                prices 5 to 300
                credits 999
                losses refused
                roles reshuffled
                buyer  B1 150 120 student
                buyer  B2 140 robot ZIP
                seller S1 40 70 robot GIVEAWAY
                from period 3
                buyer  B2 160
                seller S1 30 60
                """, "test");
        Scenario back = ScenarioParser.parse(ScenarioWriter.write(s), "test");
        assertSame(s, back);
        assertEquals("A scenario with spaces", back.name());
        assertArrayEquals(new long[] {160}, back.seats().get(1).limits(3));
    }

    @Test
    void aScenarioMadeInCodeReadsBackTheSame() {
        Scenario s = ShippedScenarios.load("smith-1962-chart-1").withRobots(RobotKind.SHAVER).withPeriods(2).withRolesReshuffled(true);
        assertSame(s, ScenarioParser.parse(ScenarioWriter.write(s), "code"));
    }

    @Test
    void aScheduleChangePastTheLastPeriodIsLeftOutAsItIsNeverReached() {
        Scenario s = ShippedScenarios.load("cliff-1997-demand-shift").withPeriods(5);
        Scenario back = ScenarioParser.parse(ScenarioWriter.write(s), "code");
        assertEquals(5, back.periods());
        for (int p = 1; p <= 5; p++) {
            assertArrayEquals(s.seats().get(0).limits(p), back.seats().get(0).limits(p));
        }
    }

    /** Scenarios hold arrays, which records compare by identity: compared field by field. */
    private static void assertSame(Scenario expected, Scenario actual) {
        assertEquals(ScenarioWriter.write(expected), ScenarioWriter.write(actual));
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.rule(), actual.rule());
        assertEquals(expected.periods(), actual.periods());
        assertEquals(expected.periodSeconds(), actual.periodSeconds());
        assertEquals(expected.pace(), actual.pace());
        assertEquals(expected.priceMin(), actual.priceMin());
        assertEquals(expected.priceMax(), actual.priceMax());
        assertEquals(expected.credits(), actual.credits());
        assertEquals(expected.lossesRefused(), actual.lossesRefused());
        assertEquals(expected.rolesReshuffled(), actual.rolesReshuffled());
        assertEquals(expected.seats().size(), actual.seats().size());
        for (int i = 0; i < expected.seats().size(); i++) {
            SeatPlan e = expected.seats().get(i);
            SeatPlan a = actual.seats().get(i);
            assertEquals(e.name(), a.name());
            assertEquals(e.side(), a.side());
            assertEquals(e.robot(), a.robot());
            assertEquals(e.limits().keySet(), a.limits().keySet(), e.name());
            for (Map.Entry<Integer, long[]> change : e.limits().entrySet()) {
                assertArrayEquals(change.getValue(), a.limits().get(change.getKey()), e.name() + " from period " + change.getKey());
            }
        }
    }
}
