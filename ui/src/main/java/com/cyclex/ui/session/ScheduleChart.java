package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import com.cyclex.sim.session.TradeRecord;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.ChartTicks;
import javafx.scene.canvas.GraphicsContext;

/**
 * The period's induced demand (values, highest first) and supply (costs, lowest first) as steps, the equilibrium
 * band, and the period's trades over them: the k-th trade at quantity k and its price.
 */
final class ScheduleChart extends SessionChart {

    ScheduleChart() {
        super("Supply and demand · trades this period");
    }

    @Override
    void plot(GraphicsContext g, double w, double h, LiveState state) {
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
        priceGrid(g, y, w);
        long ustep = ChartTicks.wholeStep(units, 8);
        for (long q = 0; q <= units; q += ustep) {
            g.fillText(Long.toString(q), x.pixel(q), h - BOTTOM + 4);
        }
        frame(g, w, h);
        band(g, y, state, w, 0.15);
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
}
