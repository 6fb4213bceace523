package com.cyclex.ui.machine;

import com.cyclex.ui.chart.ChartCanvas;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;

/** One small bar per logical core, drawn on a canvas so a 128-core machine costs what a 4-core one does. */
final class CoreStrip extends ChartCanvas {
    private final Tooltip figures = new Tooltip();
    private double[] loads = new double[0];

    CoreStrip() {
        super(false);
        getStyleClass().add("core-strip");
        Tooltip.install(this, figures);
        setMinHeight(22);
        setPrefHeight(26);
    }

    void show(double[] coreLoads) {
        loads = coreLoads;
        // The bars show the shape; the tooltip has every core's figure for whoever wants the numbers.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coreLoads.length; i++) {
            text.append(i % 4 == 0 ? (i == 0 ? "" : "\n") : "   ")
                    .append(String.format(Locale.ROOT, "core %d: %3.0f%%", i, coreLoads[i] * 100));
        }
        figures.setText(text.toString());
        changed();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        int n = loads.length;
        if (n == 0 || w <= 0 || h <= 0) {
            return;
        }
        double gap = n <= 32 ? 2 : n <= 64 ? 1 : 0;
        double bar = Math.max(1, (w - gap * (n - 1)) / n);
        for (int i = 0; i < n; i++) {
            double x = i * (bar + gap);
            g.setFill(LoadColors.TRACK);
            g.fillRect(x, 0, bar, h);
            double filled = Math.max(1, loads[i] * h);
            g.setFill(LoadColors.forLoad(loads[i]));
            g.fillRect(x, h - filled, bar, filled);
        }
    }
}
