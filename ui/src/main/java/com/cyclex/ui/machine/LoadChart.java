package com.cyclex.ui.machine;

import com.cyclex.ui.chart.ChartCanvas;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The rolling chart, in cores: the machine's work as a blue area with the jobs sold from here as green inside it, and over it what the member has promised,
 * leases as a red band with open asks stacked on top in amber, and the declared spare cores as a dashed line.
 * Where the blue rises past the red, the machine is busier than the work it sold explains.
 */
final class LoadChart extends ChartCanvas {
    private static final double LEFT = 30;
    private static final double RIGHT = 6;
    private static final double TOP = 6;
    private static final double BOTTOM = 16;
    private static final Font LABEL = Font.font(10);

    private final LoadHistory history;
    private int machineCores = 1;

    LoadChart(LoadHistory history) {
        super(false);
        this.history = history;
        getStyleClass().add("load-chart");
        setMinHeight(54); // the legend has two lines: the panel as a whole is no taller than before
        setPrefHeight(150);
    }

    /** Redraws with the machine's size as the chart's floor of scale. */
    void redraw(int logicalCores) {
        machineCores = Math.max(1, logicalCores);
        changed();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW <= 10 || plotH <= 10) {
            return;
        }
        double top = scaleTop();
        Axes axes = new Axes(LEFT, TOP, plotW, plotH, top, history.capacity());
        grid(g, axes);
        int n = history.size();
        if (n > 0) {
            bands(g, axes, n);
            cpu(g, axes, n);
            jobs(g, axes, n);
            declared(g, axes, n);
        }
    }

    /** The highest value on the chart, never below the machine's cores, so the scale does not jump with load. */
    private double scaleTop() {
        double top = machineCores;
        for (int i = 0; i < history.size(); i++) {
            LoadPoint p = history.get(i);
            top = Math.max(top, Math.max(p.committedCores(), p.declaredCores()));
        }
        return Math.ceil(top);
    }

    private void grid(GraphicsContext g, Axes a) {
        g.setFont(LABEL);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double step = niceStep(a.top);
        for (double v = 0; v <= a.top + 1e-9; v += step) {
            double y = Math.round(a.y(v)) + 0.5;
            com.cyclex.ui.chart.PixelLines.across(g, LoadColors.GRID, a.left, a.left + a.width, y);
            g.setFill(LoadColors.TEXT);
            g.fillText(format(v), a.left - 4, y);
        }
        g.setTextBaseline(VPos.TOP);
        double bottom = a.topY + a.height + 3;
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(ago(a.slots), a.left, bottom);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(ago(a.slots / 2.0), a.left + a.width / 2, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("now", a.left + a.width, bottom);
    }

    /** Leases from zero, open asks stacked on them: drawn as steps, since cores change at an instant. */
    private void bands(GraphicsContext g, Axes a, int n) {
        g.setFill(LoadColors.ASKS.deriveColor(0, 1, 1, 0.22));
        stepArea(g, a, n, true);
        g.setFill(LoadColors.LEASED.deriveColor(0, 1, 1, 0.30));
        stepArea(g, a, n, false);
        g.setLineWidth(1.5);
        g.setStroke(LoadColors.ASKS);
        stepLine(g, a, n, Line.COMMITTED);
        g.setStroke(LoadColors.LEASED);
        stepLine(g, a, n, Line.LEASED);
    }

    private void stepArea(GraphicsContext g, Axes a, int n, boolean committed) {
        g.beginPath();
        g.moveTo(a.start(n, 0), a.y(0));
        for (int i = 0; i < n; i++) {
            LoadPoint p = history.get(i);
            double y = a.y(committed ? p.committedCores() : p.leasedCores());
            g.lineTo(a.start(n, i), y);
            g.lineTo(a.x(n, i), y);
        }
        g.lineTo(a.x(n, n - 1), a.y(0));
        g.closePath();
        g.fill();
    }

    private void stepLine(GraphicsContext g, Axes a, int n, Line line) {
        g.setLineCap(StrokeLineCap.BUTT);
        g.beginPath();
        for (int i = 0; i < n; i++) {
            double y = a.y(line.of(history.get(i)));
            if (i == 0) {
                g.moveTo(a.start(n, 0), y);
            } else {
                g.lineTo(a.start(n, i), y);
            }
            g.lineTo(a.x(n, i), y);
        }
        g.stroke();
    }

    /** The CPU as a line through the samples, the first held flat over its own second so one sample shows. */
    private void cpu(GraphicsContext g, Axes a, int n) {
        g.setFill(LoadColors.CPU.deriveColor(0, 1, 1, 0.18));
        area(g, a, n, LoadPoint::usedCores);
        g.setStroke(LoadColors.CPU);
        g.setLineWidth(1.8);
        g.beginPath();
        g.moveTo(a.start(n, 0), a.y(history.get(0).usedCores()));
        for (int i = 0; i < n; i++) {
            g.lineTo(a.x(n, i), a.y(history.get(i).usedCores()));
        }
        g.stroke();
    }

    /** The jobs run here for buyers, as a green area from zero: the part of the blue that was sold. */
    private void jobs(GraphicsContext g, Axes a, int n) {
        for (int i = 0; i < n; i++) {
            if (history.get(i).jobCores() > 0) {
                g.setFill(LoadColors.JOBS.deriveColor(0, 1, 1, 0.45));
                area(g, a, n, LoadPoint::jobCores);
                return;
            }
        }
    }

    /** The area under a sampled value, filled with the current fill. */
    private void area(GraphicsContext g, Axes a, int n, java.util.function.ToDoubleFunction<LoadPoint> value) {
        g.beginPath();
        g.moveTo(a.start(n, 0), a.y(0));
        g.lineTo(a.start(n, 0), a.y(value.applyAsDouble(history.get(0))));
        for (int i = 0; i < n; i++) {
            g.lineTo(a.x(n, i), a.y(value.applyAsDouble(history.get(i))));
        }
        g.lineTo(a.x(n, n - 1), a.y(0));
        g.closePath();
        g.fill();
    }

    private void declared(GraphicsContext g, Axes a, int n) {
        g.setStroke(LoadColors.DECLARED);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        stepLine(g, a, n, Line.DECLARED);
        g.setLineDashes();
    }

    static double niceStep(double top) {
        for (double step : new double[] {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024}) {
            if (top / step <= 5) {
                return step;
            }
        }
        return Math.ceil(top / 5);
    }

    /** One slot per second, shown in minutes once there are enough of them. */
    private static String ago(double seconds) {
        return seconds >= 60 ? "−" + Math.round(seconds / 60) + " min" : "−" + Math.round(seconds) + " s";
    }

    private static String format(double v) {
        return String.valueOf((long) v);
    }

    private enum Line {
        LEASED, COMMITTED, DECLARED;

        double of(LoadPoint p) {
            return switch (this) {
                case LEASED -> p.leasedCores();
                case COMMITTED -> p.committedCores();
                case DECLARED -> p.declaredCores();
            };
        }
    }

    /**
     * Where values land. A sample measures the second before it was taken, so point i spans from {@link #start}
     * to {@link #x}; the newest ends at the right edge, and a chart still filling grows from the right as a strip
     * chart does.
     */
    private record Axes(double left, double topY, double width, double height, double top, int slots) {
        double x(int size, int i) {
            return left + width - (size - 1 - i) * width / slots;
        }

        double start(int size, int i) {
            return x(size, i) - width / slots;
        }

        double y(double cores) {
            return topY + height - Math.min(cores, top) / top * height;
        }
    }
}
