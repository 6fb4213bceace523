package com.cyclex.sim.run;

import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.measure.Spread;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Several runs of one scenario, run {@code r} (1-based) seeded with {@code seed + r - 1} so that any one of them
 * can be run again alone, and each period's figures summed up over the runs.
 */
public final class Experiment {
    private final Scenario scenario;
    private final int runs;
    private final long seed;
    private final List<List<PeriodFigures>> results = new ArrayList<>();
    private long elapsedNanos;

    public Experiment(Scenario scenario, int runs, long seed) {
        if (runs < 1) {
            throw new IllegalArgumentException("an experiment has at least one run");
        }
        this.scenario = scenario;
        this.runs = runs;
        this.seed = seed;
    }

    /** One run that happened elsewhere (a live session), over the periods it ended, for its summary. */
    public static Experiment of(Scenario scenario, long seed, List<PeriodFigures> periods, long elapsedNanos) {
        Experiment x = new Experiment(scenario.withPeriods(periods.size()), 1, seed);
        x.results.add(List.copyOf(periods));
        x.elapsedNanos = elapsedNanos;
        return x;
    }

    /** Runs them all; {@code attach} gets each run's number and session before its first period. */
    public Experiment run(BiConsumer<Integer, Session> attach) {
        long t0 = System.nanoTime();
        for (int r = 1; r <= runs; r++) {
            int run = r;
            results.add(HeadlessRun.run(scenario, seed + r - 1, session -> attach.accept(run, session)));
        }
        elapsedNanos = System.nanoTime() - t0;
        return this;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int runs() {
        return runs;
    }

    public long seed() {
        return seed;
    }

    /** Per run, per period. */
    public List<List<PeriodFigures>> results() {
        return results;
    }

    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** Periods run per minute of wall time. */
    public double periodsPerMinute() {
        return elapsedNanos == 0 ? Double.NaN : runs * (double) scenario.periods() * 60e9 / elapsedNanos;
    }

    /** One figure of one period (1-based) over the runs. */
    public Spread period(int period, Figure figure) {
        double[] xs = new double[results.size()];
        for (int r = 0; r < xs.length; r++) {
            xs[r] = figure.of(results.get(r).get(period - 1));
        }
        return Spread.of(xs);
    }

    /** One figure over every period of every run. */
    public Spread overall(Figure figure) {
        double[] xs = results.stream().flatMap(List::stream).mapToDouble(figure::of).toArray();
        return Spread.of(xs);
    }

    /** Which figure of a period to sum up. */
    public enum Figure {
        EFFICIENCY, ALPHA, TRADES, MEAN_PRICE, VOLATILITY;

        public double of(PeriodFigures f) {
            return switch (this) {
                case EFFICIENCY -> f.efficiency();
                case ALPHA -> f.alpha();
                case TRADES -> f.trades();
                case MEAN_PRICE -> f.meanPrice();
                case VOLATILITY -> f.volatility();
            };
        }
    }
}
