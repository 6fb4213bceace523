package com.cyclex.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.LedgerTotals;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.run.Experiment.Figure;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ShippedScenarios;
import com.cyclex.sim.session.ExchangeVenue;
import com.cyclex.sim.session.SessionListener;
import com.cyclex.sim.session.TradeRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole runs of shipped scenarios: repeatable for a seed, and the published results come out. */
class HeadlessRunTest {

    private static List<TradeRecord> trades(Scenario s, long seed) {
        List<TradeRecord> trades = new ArrayList<>();
        HeadlessRun.run(s, seed, session -> session.listen(new SessionListener() {
            @Override
            public void trade(TradeRecord t) {
                trades.add(t);
            }
        }));
        return trades;
    }

    @Test
    void oneSeedGivesTheSameRunTwice() {
        Scenario zip = ShippedScenarios.load("smith-1962-chart-1").withRobots(RobotKind.ZIP);
        List<TradeRecord> first = trades(zip, 11);
        assertTrue(first.size() > 10);
        assertEquals(first, trades(zip, 11));
        assertNotEquals(first, trades(zip, 12), "another seed, another run");
    }

    @Test
    void zeroIntelligenceConstrainedIsEfficientAndUnconstrainedIsNot() {
        Scenario market = ShippedScenarios.load("gode-sunder-1993-market-1");
        double zic = new Experiment(market.withRobots(RobotKind.ZIC), 20, 1).run((r, s) -> { }).overall(Figure.EFFICIENCY).mean();
        double ziu = new Experiment(market.withRobots(RobotKind.ZIU), 20, 1).run((r, s) -> { }).overall(Figure.EFFICIENCY).mean();
        assertTrue(zic > 90, "ZI-C efficiency " + zic);
        assertTrue(ziu < zic - 5, "ZI-U efficiency " + ziu + " against ZI-C " + zic);
    }

    @Test
    void zeroIntelligenceUnconstrainedIsFarLowerOnMarketFour() {
        Scenario market = ShippedScenarios.load("gode-sunder-1993-market-4");
        double zic = new Experiment(market.withRobots(RobotKind.ZIC), 10, 1).run((r, s) -> { }).overall(Figure.EFFICIENCY).mean();
        double ziu = new Experiment(market.withRobots(RobotKind.ZIU), 10, 1).run((r, s) -> { }).overall(Figure.EFFICIENCY).mean();
        assertTrue(zic > 90, "ZI-C efficiency " + zic);
        assertTrue(ziu < 70, "ZI-U efficiency " + ziu);
    }

    @Test
    void zipPricesConvergeTowardsEquilibrium() {
        Scenario smith = ShippedScenarios.load("smith-1962-chart-1").withRobots(RobotKind.ZIP).withPeriods(8);
        Experiment x = new Experiment(smith, 10, 1).run((r, s) -> { });
        double first = x.period(1, Figure.ALPHA).mean();
        double last = x.period(8, Figure.ALPHA).mean();
        assertTrue(last < first / 2, "alpha from " + first + " to " + last);
    }

    @Test
    void theExchangesLedgerBalancesAfterARun() {
        ExchangeVenue venue = new ExchangeVenue();
        HeadlessRun.run(ShippedScenarios.load("gode-sunder-1993-market-5").withRobots(RobotKind.ZIU), 2, venue, s -> { });
        LedgerTotals totals = venue.exchange().ledgerTotals();
        assertEquals(0, totals.sum());
        assertEquals(0, totals.bidEscrow(), "no bid is left standing after the last period");
        assertTrue(venue.exchange().tradeCount() >= 6 * 36, "every unit traded in every period");
    }

    @Test
    void everyPeriodIsMeasured() {
        Scenario smith = ShippedScenarios.load("smith-1962-chart-1");
        List<PeriodFigures> figures = HeadlessRun.run(smith, 1, s -> { });
        assertEquals(smith.periods(), figures.size());
        assertTrue(figures.stream().allMatch(f -> f.equilibrium().quantity() == 6));
    }

    @Test
    void aStudentsSeatCannotRunHeadless() {
        Scenario smith = ShippedScenarios.load("smith-1962-chart-1");
        Scenario withStudent = new Scenario(smith.name(), smith.rule(), 1, 10, 10, 1, 400, 400,
                List.of(smith.seats().get(0).withRobot(null), smith.seats().get(11)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeadlessRun.run(withStudent, 1, s -> { }));
        assertTrue(e.getMessage().contains("B1 is a student's seat"), e.getMessage());
    }
}
