package com.cyclex.app;

import com.cyclex.sim.measure.Spread;
import com.cyclex.sim.run.CsvExport;
import com.cyclex.sim.run.Experiment;
import com.cyclex.sim.run.Experiment.Figure;
import com.cyclex.sim.run.SummaryJson;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioException;
import com.cyclex.sim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `cyclex simulate`: a scenario with robots only, no window, on the exchange's own engine; figures and an export. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a market experiment with robots in every seat, with no window: prints each period's allocative"
                + " efficiency and Smith's alpha (mean and spread over the runs) and writes orders.csv, trades.csv,"
                + " periods.csv, seats.csv and summary.json (columns in docs/scenarios.md).",
                "SCENARIO is a scenario file or the name of a shipped one: smith-1962-chart-1,"
                        + " gode-sunder-1993-market-1 ... -5, cliff-1997-demand-shift."})
final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario.")
    String scenario;

    @Option(names = "--robots", paramLabel = "KIND",
            description = "Put this robot in every seat: ZIU, ZIC, ZIP, GIVEAWAY, SHAVER or SNIPER (default: the scenario's).")
    String robots;

    @Option(names = "--periods", paramLabel = "N", description = "Run N periods instead of the scenario's number.")
    Integer periods;

    @Option(names = "--runs", paramLabel = "N", description = "Independent runs; figures are means over them (default ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of run 1; run r uses S + r - 1 (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the export goes (default ${DEFAULT-VALUE}).")
    Path out = Path.of("simulate-out");

    @Override
    public Integer call() {
        Scenario s;
        try {
            s = Scenarios.load(scenario);
        } catch (ScenarioException | IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        if (robots != null) {
            RobotKind kind = RobotKind.named(robots);
            if (kind == null) {
                System.err.println("simulate: --robots takes one of " + RobotKind.list() + ", not " + robots + ".");
                return ExitCode.USAGE.code;
            }
            s = s.withRobots(kind);
        }
        if (periods != null) {
            if (periods < 1) {
                System.err.println("simulate: --periods is at least 1, not " + periods + ".");
                return ExitCode.USAGE.code;
            }
            s = s.withPeriods(periods);
        }
        if (runs < 1) {
            System.err.println("simulate: --runs is at least 1, not " + runs + ".");
            return ExitCode.USAGE.code;
        }
        if (s.seats().stream().anyMatch(seat -> seat.robot() == null)) {
            System.err.println("simulate: " + s.name() + " has students' seats; give every seat a robot with --robots KIND.");
            return ExitCode.USAGE.code;
        }
        Experiment x = new Experiment(s, runs, seed);
        try (CsvExport export = new CsvExport(out)) {
            x.run(export::attach);
        }
        SummaryJson.write(x, scenario, out.resolve("summary.json"));
        print(x);
        System.out.printf(Locale.ROOT, "%d runs x %d periods in %.1f s (%,.0f periods a minute); export in %s%n", runs, s.periods(),
                x.elapsedNanos() / 1e9, x.periodsPerMinute(), out.toAbsolutePath());
        return ExitCode.OK.code;
    }

    private static void print(Experiment x) {
        Scenario s = x.scenario();
        System.out.printf(Locale.ROOT, "%s, rule %s, %d seats, %d runs%n", s.name(), s.rule().word(), s.seats().size(), x.runs());
        System.out.printf(Locale.ROOT, "%6s  %9s  %16s  %16s  %13s%n", "period", "CE P (Q)", "efficiency %", "alpha %", "trades");
        for (int p = 1; p <= s.periods(); p++) {
            var eq = x.results().get(0).get(p - 1).equilibrium();
            System.out.printf(Locale.ROOT, "%6d  %9s  %16s  %16s  %13s%n", p, price(eq.price()) + " (" + eq.quantity() + ")",
                    spread(x.period(p, Figure.EFFICIENCY)), spread(x.period(p, Figure.ALPHA)), spread(x.period(p, Figure.TRADES)));
        }
        System.out.printf(Locale.ROOT, "%6s  %9s  %16s  %16s  %13s%n", "all", "", spread(x.overall(Figure.EFFICIENCY)),
                spread(x.overall(Figure.ALPHA)), spread(x.overall(Figure.TRADES)));
    }

    private static String price(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p);
    }

    private static String spread(Spread s) {
        return Double.isNaN(s.mean()) ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", s.mean(), s.sd());
    }
}
