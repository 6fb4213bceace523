package com.cyclex.sim.run;

import com.cyclex.sim.measure.Equilibrium;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.measure.Spread;
import com.cyclex.sim.run.Experiment.Figure;
import com.cyclex.sim.scenario.SeatPlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one-file summary of an experiment: what ran, and each period's figures as mean and spread over the runs. */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static ObjectNode of(Experiment x, String scenarioSource) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", x.scenario().name());
        root.put("source", scenarioSource);
        root.put("rule", x.scenario().rule().word());
        root.put("periods", x.scenario().periods());
        root.put("period_seconds", x.scenario().periodSeconds());
        root.put("turns_per_period", x.scenario().turnsPerPeriod());
        root.put("runs", x.runs());
        root.put("seed", x.seed());
        Map<String, Long> robots = new LinkedHashMap<>();
        for (SeatPlan s : x.scenario().seats()) {
            robots.merge(s.robot() == null ? "student" : s.robot().name(), 1L, Long::sum);
        }
        ObjectNode robotCounts = root.putObject("robots");
        robots.forEach(robotCounts::put);
        root.put("elapsed_ms", x.elapsedNanos() / 1_000_000);
        root.put("periods_per_minute", Math.round(x.periodsPerMinute()));
        ObjectNode overall = root.putObject("overall");
        for (Figure f : Figure.values()) {
            spread(overall, f, x.overall(f));
        }
        ArrayNode periods = root.putArray("by_period");
        for (int p = 1; p <= x.scenario().periods(); p++) {
            ObjectNode node = periods.addObject();
            node.put("period", p);
            PeriodFigures first = x.results().get(0).get(p - 1);
            Equilibrium eq = first.equilibrium();
            node.put("ce_price_low", eq.priceLow());
            node.put("ce_price_high", eq.priceHigh());
            node.put("ce_quantity", eq.quantity());
            node.put("max_surplus", eq.maxSurplus());
            for (Figure f : Figure.values()) {
                spread(node, f, x.period(p, f));
            }
        }
        return root;
    }

    private static void spread(ObjectNode parent, Figure f, Spread s) {
        ObjectNode node = parent.putObject(f.name().toLowerCase(java.util.Locale.ROOT));
        put(node, "mean", s.mean());
        put(node, "sd", s.sd());
        node.put("n", s.count());
    }

    private static void put(ObjectNode node, String key, double x) {
        if (Double.isNaN(x)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(x * 10_000) / 10_000.0);
        }
    }

    public static void write(Experiment x, String scenarioSource, Path file) {
        try {
            JSON.writeValue(file.toFile(), of(x, scenarioSource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
