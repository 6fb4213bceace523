package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import com.cyclex.sim.session.TradeRecord;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.ChartTicks;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/** The period's trade prices against the seconds since it started, over the equilibrium band. */
final class PriceTimeChart extends SessionChart {

    PriceTimeChart() {
        super("Trade prices over the period · equilibrium band");
    }

    @Override
    void plot(GraphicsContext g, double w, double h, LiveState state) {
        var eq = state.equilibrium();
        List<TradeRecord> trades = state.trades();
        long low = eq.priceLow();
        long high = eq.priceHigh();
        for (TradeRecord t : trades) {
            low = Math.min(low, t.price());
            high = Math.max(high, t.price());
        }
        double seconds = Math.max(1, state.periodMillis() / 1000.0);
        PlotScale x = new PlotScale(0, seconds, LEFT, w - RIGHT);
        PlotScale y = PlotScale.covering(low - Math.max(5, (high - low) / 4), high + Math.max(5, (high - low) / 4),
                h - BOTTOM, TOP);
        priceGrid(g, y, w);
        double tstep = ChartTicks.step(x.max() - x.min(), 6);
        for (double t = 0; t <= x.max() + 1e-9; t += tstep) {
            g.fillText(ChartTicks.compact(Math.round(t)) + " s", x.pixel(t), h - BOTTOM + 4);
        }
        frame(g, w, h);
        band(g, y, state, w, 0.18);
        g.setStroke(ChartColors.ACCENT);
        g.setLineWidth(1.5);
        double px0 = Double.NaN;
        double py0 = Double.NaN;
        for (TradeRecord t : trades) {
            double px = x.pixel(Math.min(seconds, Math.max(0, (t.time() - state.periodStartedAt()) / 1000.0)));
            double py = y.pixel(t.price());
            if (!Double.isNaN(px0)) {
                g.strokeLine(px0, py0, px, py);
            }
            g.setFill(ChartColors.TEXT);
            g.fillOval(px - 3, py - 3, 6, 6);
            px0 = px;
            py0 = py;
        }
    }
}
