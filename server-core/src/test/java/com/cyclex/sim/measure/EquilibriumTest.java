package com.cyclex.sim.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ShippedScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The competitive equilibrium of schedules whose answer is known by hand. */
class EquilibriumTest {

    private static Equilibrium of(Scenario s, int period) {
        return Equilibrium.of(s.buyers().stream().map(b -> b.limits(period)).toList(),
                s.sellers().stream().map(b -> b.limits(period)).toList());
    }

    @Test
    void smithsChartOneClearsSixUnitsAtTwoDollars() {
        Equilibrium eq = of(ShippedScenarios.load("smith-1962-chart-1"), 1);
        assertEquals(6, eq.quantity());
        assertEquals(200, eq.priceLow());
        assertEquals(200, eq.priceHigh());
        // (325-75) + (300-100) + (275-125) + (250-150) + (225-175) + (200-200)
        assertEquals(750, eq.maxSurplus());
    }

    @Test
    void theDemandShiftMovesTheEquilibrium() {
        Scenario cliff = ShippedScenarios.load("cliff-1997-demand-shift");
        assertEquals(200.0, of(cliff, 10).price());
        Equilibrium shifted = of(cliff, 11);
        assertEquals(7, shifted.quantity());
        assertEquals(225.0, shifted.price());
    }

    @Test
    void aGapBetweenTheMarginalUnitsIsThePriceRange() {
        // Demand 100, 80, 40; supply 30, 60, 90: two units trade, at any price from 60 to 80.
        Equilibrium eq = Equilibrium.of(List.of(new long[] {100, 80}, new long[] {40}), List.of(new long[] {30, 60}, new long[] {90}));
        assertEquals(2, eq.quantity());
        assertEquals(60, eq.priceLow());
        assertEquals(80, eq.priceHigh());
        assertEquals(70.0, eq.price());
        assertEquals(90, eq.maxSurplus());
    }

    @Test
    void theNextUnitsBoundTheRangeWhenTheyAreCloser() {
        // Demand 100, 75; supply 50, 80: one unit; the second buyer (75) and second seller (80) narrow 50..100 to 75..80.
        Equilibrium eq = Equilibrium.of(List.of(new long[] {100}, new long[] {75}), List.of(new long[] {50}, new long[] {80}));
        assertEquals(1, eq.quantity());
        assertEquals(75, eq.priceLow());
        assertEquals(80, eq.priceHigh());
    }

    @Test
    void schedulesThatNeverMeetTradeNothing() {
        Equilibrium eq = Equilibrium.of(List.<long[]>of(new long[] {50}), List.<long[]>of(new long[] {60}));
        assertEquals(0, eq.quantity());
        assertEquals(0, eq.maxSurplus());
    }
}
