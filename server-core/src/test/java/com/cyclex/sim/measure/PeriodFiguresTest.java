package com.cyclex.sim.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A period's figures from an allocation computed by hand. */
class PeriodFiguresTest {
    // Seats 0, 1 buy (values 100 then 80; 40), seats 2, 3 sell (costs 30 then 60; 90): at most 90 of surplus, at 60..80.
    private static final Equilibrium EQ = Equilibrium.of(List.of(new long[] {100, 80}, new long[] {40}),
            List.of(new long[] {30, 60}, new long[] {90}));

    @Test
    void anEfficientAllocationScoresOneHundred() {
        List<Fill> fills = List.of(new Fill(0, 2, 70, 100, 30), new Fill(0, 2, 70, 80, 60));
        PeriodFigures f = PeriodFigures.of(1, EQ, fills, 4);
        assertEquals(90, f.surplus());
        assertEquals(100.0, f.efficiency(), 1e-9);
        assertEquals(0.0, f.alpha(), 1e-9, "every price at the equilibrium price");
        assertArrayEquals(new long[] {40, 0, 50, 0}, f.seatSurplus());
    }

    @Test
    void anExtramarginalTradeLowersEfficiencyWhateverThePrice() {
        // Buyer 0's first unit (100) with seller 2's first (30), then the extramarginal buyer 1 (40) with seller 2's second (60).
        List<Fill> fills = List.of(new Fill(0, 2, 65, 100, 30), new Fill(1, 2, 50, 40, 60));
        PeriodFigures f = PeriodFigures.of(1, EQ, fills, 4);
        assertEquals(70 - 20, f.surplus());
        assertEquals(100.0 * 50 / 90, f.efficiency(), 1e-9);
        assertArrayEquals(new long[] {35, -10, 35 - 10, 0}, f.seatSurplus());
        // RMS of (65-70, 50-70) = sqrt((25 + 400) / 2); alpha = 100 * that / 70.
        assertEquals(100 * Math.sqrt(425 / 2.0) / 70, f.alpha(), 1e-9);
        assertEquals(57.5, f.meanPrice(), 1e-9);
    }

    @Test
    void aPeriodWithoutTradesHasNoPriceFigures() {
        PeriodFigures f = PeriodFigures.of(1, EQ, List.of(), 4);
        assertEquals(0, f.trades());
        assertEquals(0.0, f.efficiency(), 1e-9);
        assertTrue(Double.isNaN(f.alpha()) && Double.isNaN(f.meanPrice()) && Double.isNaN(f.volatility()));
    }

    @Test
    void volatilityIsTheSpreadOfLogPriceChanges() {
        List<Fill> fills = List.of(new Fill(0, 2, 100, 100, 30), new Fill(0, 2, 110, 80, 60), new Fill(0, 2, 99, 80, 60));
        double up = Math.log(1.1);
        double down = Math.log(0.9);
        double mean = (up + down) / 2;
        double sd = Math.sqrt(((up - mean) * (up - mean) + (down - mean) * (down - mean)) / 1);
        assertEquals(100 * sd, PeriodFigures.of(1, EQ, fills, 4).volatility(), 1e-9);
    }
}
