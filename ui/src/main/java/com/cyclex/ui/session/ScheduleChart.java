package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import com.cyclex.sim.session.TradeRecord;
import com.cyclex.ui.chart.ChartCanvas;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.ChartTicks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The period's induced demand (values, highest first) and supply (costs, lowest first) as steps, the equilibrium
 * band, and the period's trades over them: the k-th trade at quantity k and its price.
 */
final class ScheduleChart extends ChartCanvas {
    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    private static final double TOP = 20;
    private static final double RIGHT = 12;
    private LiveState state;

    ScheduleChart() {
        super(false);
        getStyleClass().add("session-chart");
    }

    void show(LiveState s) {
        state = s;
        changed();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(ChartColors.BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setFont(ChartColors.LABEL);
        g.setFill(ChartColors.MUTED);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Supply and demand · trades this period", 8, 4);
        if (state == null || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        long[] demand = state.demand();
        long[] supply = state.supply();
        int units = Math.max(1, Math.max(demand.length, supply.length));
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (long[] side : new long[][] {demand, supply}) {
            for (long v : side) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        for (TradeRecord t : state.trades()) {
            low = Math.min(low, t.price());
            high = Math.max(high, t.price());
        }
        if (low > high) {
            return;
        }
        PlotScale x = new PlotScale(0, units, LEFT, w - RIGHT);
        PlotScale y = PlotScale.covering(low, high, h - BOTTOM, TOP);
        axes(g, x, y, w, h, units);
        var eq = state.equilibrium();
        g.setFill(ChartColors.alpha(ChartColors.ACCENT, 0.15));
        double top = y.pixel(eq.priceHigh());
        double bottom = y.pixel(eq.priceLow());
        g.fillRect(LEFT, top - 1, w - RIGHT - LEFT, Math.max(2, bottom - top + 2));
        steps(g, demand, x, y, ChartColors.BID);
        steps(g, supply, x, y, ChartColors.ASK);
        g.setFill(ChartColors.TEXT);
        int k = 0;
        for (TradeRecord t : state.trades()) {
            k++;
            double px = x.pixel(k - 0.5);
            double py = y.pixel(t.price());
            g.fillOval(px - 3.5, py - 3.5, 7, 7);
        }
    }

    /** One schedule as steps: unit i spans quantity i to i+1 at its value or cost. */
    private static void steps(GraphicsContext g, long[] limits, PlotScale x, PlotScale y, javafx.scene.paint.Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2);
        for (int i = 0; i < limits.length; i++) {
            double py = y.pixel(limits[i]);
            g.strokeLine(x.pixel(i), py, x.pixel(i + 1), py);
            if (i + 1 < limits.length) {
                g.strokeLine(x.pixel(i + 1), py, x.pixel(i + 1), y.pixel(limits[i + 1]));
            }
        }
    }

    private static void axes(GraphicsContext g, PlotScale x, PlotScale y, double w, double h, int units) {
        g.setStroke(ChartColors.GRID);
        g.setLineWidth(1);
        g.setFill(ChartColors.MUTED);
        g.setFont(ChartColors.NUMBERS);
        double step = ChartTicks.step(y.max() - y.min(), 5);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = Math.ceil(y.min() / step) * step; v <= y.max(); v += step) {
            double py = y.pixel(v);
            g.strokeLine(LEFT, py, w - RIGHT, py);
            g.fillText(ChartTicks.compact(Math.round(v)), LEFT - 4, py);
        }
        long ustep = ChartTicks.wholeStep(units, 8);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long q = 0; q <= units; q += ustep) {
            g.fillText(Long.toString(q), x.pixel(q), h - BOTTOM + 4);
        }
        g.setStroke(ChartColors.AXIS);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
    }
}
