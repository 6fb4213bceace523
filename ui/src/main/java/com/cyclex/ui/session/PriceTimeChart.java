package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import com.cyclex.sim.session.TradeRecord;
import com.cyclex.ui.chart.ChartCanvas;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.ChartTicks;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The period's trade prices against the seconds since it started, over the equilibrium band. */
final class PriceTimeChart extends ChartCanvas {
    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    private static final double TOP = 20;
    private static final double RIGHT = 12;
    private LiveState state;

    PriceTimeChart() {
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
        g.fillText("Trade prices over the period · equilibrium band", 8, 4);
        if (state == null || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
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
        axes(g, x, y, w, h);
        g.setFill(ChartColors.alpha(ChartColors.ACCENT, 0.18));
        double top = y.pixel(eq.priceHigh());
        double bottom = y.pixel(eq.priceLow());
        g.fillRect(LEFT, top - 1, w - RIGHT - LEFT, Math.max(2, bottom - top + 2));
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

    private static void axes(GraphicsContext g, PlotScale x, PlotScale y, double w, double h) {
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
        double tstep = ChartTicks.step(x.max() - x.min(), 6);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t = 0; t <= x.max() + 1e-9; t += tstep) {
            g.fillText(ChartTicks.compact(Math.round(t)) + " s", x.pixel(t), h - BOTTOM + 4);
        }
        g.setStroke(ChartColors.AXIS);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
    }
}
