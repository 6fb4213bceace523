package com.cyclex.sim.measure;

/** The mean and standard deviation of one figure over runs, leaving out runs where it was NaN. */
public record Spread(double mean, double sd, int count) {

    public static Spread of(double[] xs) {
        int n = 0;
        double sum = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                n++;
                sum += x;
            }
        }
        if (n == 0) {
            return new Spread(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                squares += (x - mean) * (x - mean);
            }
        }
        return new Spread(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, n);
    }
}
