package com.cyclex.sim.measure;

import java.util.List;

/**
 * What one period came to: the trades and their prices beside the competitive equilibrium, the surplus made
 * against the most there was (allocative efficiency), each seat's surplus, Smith's alpha and the volatility of
 * prices. Money stays in whole ticks; the ratios are doubles. A ratio with nothing to measure is NaN.
 *
 * @param seatSurplus per seat: value minus price for a buyer, price minus cost for a seller, summed over its trades
 * @param efficiency 100 x surplus / the equilibrium's maximum surplus
 * @param alpha Smith's alpha: 100 x the RMS deviation of trade prices from the equilibrium price, over that price
 * @param volatility the standard deviation of the log change from one trade price to the next, in percent
 */
public record PeriodFigures(int period, Equilibrium equilibrium, int trades, double meanPrice, long surplus,
                            double efficiency, double alpha, double volatility, long[] seatSurplus) {

    /** The figures of a period from its fills, for a scenario of {@code seats} seats. */
    public static PeriodFigures of(int period, Equilibrium eq, List<Fill> fills, int seats) {
        long[] seatSurplus = new long[seats];
        long surplus = 0;
        long priceSum = 0;
        double squares = 0;
        double p0 = eq.price();
        for (Fill f : fills) {
            seatSurplus[f.buyerSeat()] += f.value() - f.price();
            seatSurplus[f.sellerSeat()] += f.price() - f.cost();
            surplus += f.surplus();
            priceSum += f.price();
            squares += (f.price() - p0) * (f.price() - p0);
        }
        int n = fills.size();
        double efficiency = eq.maxSurplus() > 0 ? 100.0 * surplus / eq.maxSurplus() : Double.NaN;
        double alpha = n > 0 && p0 > 0 ? 100.0 * Math.sqrt(squares / n) / p0 : Double.NaN;
        return new PeriodFigures(period, eq, n, n > 0 ? (double) priceSum / n : Double.NaN, surplus, efficiency, alpha,
                volatility(fills), seatSurplus);
    }

    private static double volatility(List<Fill> fills) {
        int n = fills.size() - 1;
        if (n < 2) {
            return Double.NaN;
        }
        double[] changes = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            changes[i] = Math.log((double) fills.get(i + 1).price() / fills.get(i).price());
            mean += changes[i];
        }
        mean /= n;
        double var = 0;
        for (double c : changes) {
            var += (c - mean) * (c - mean);
        }
        return 100 * Math.sqrt(var / (n - 1));
    }
}
