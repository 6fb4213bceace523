package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import com.cyclex.ui.chart.ChartCanvas;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.ChartTicks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * What the Session tab's charts share: the latest live state, the title, the margins, the price grid on the
 * left, the equilibrium band and the frame. Each chart draws its own horizontal axis and what goes over it.
 */
abstract class SessionChart extends ChartCanvas {
    static final double LEFT = 44;
    static final double BOTTOM = 22;
    static final double TOP = 20;
    static final double RIGHT = 12;
    private final String title;
    private LiveState state;

    SessionChart(String title) {
        super(false);
        this.title = title;
        getStyleClass().add("session-chart");
    }

    void show(LiveState s) {
        state = s;
        changed();
    }

    @Override
    protected final void draw(GraphicsContext g, double w, double h) {
        g.setFill(ChartColors.BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setFont(ChartColors.LABEL);
        g.setFill(ChartColors.MUTED);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 8, 4);
        if (state == null || w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        plot(g, w, h, state);
    }

    /** Draws the state inside the margins. */
    abstract void plot(GraphicsContext g, double w, double h, LiveState state);

    /** Price lines and labels on the left, and the numbers' font and colour set for the horizontal axis. */
    static void priceGrid(GraphicsContext g, PlotScale y, double w) {
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
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
    }

    /** The axes' two lines. */
    static void frame(GraphicsContext g, double w, double h) {
        g.setStroke(ChartColors.AXIS);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
    }

    /** The competitive equilibrium's price band across the plot, at least two pixels high. */
    static void band(GraphicsContext g, PlotScale y, LiveState s, double w, double opacity) {
        g.setFill(ChartColors.alpha(ChartColors.ACCENT, opacity));
        double top = y.pixel(s.equilibrium().priceHigh());
        double bottom = y.pixel(s.equilibrium().priceLow());
        g.fillRect(LEFT, top - 1, w - RIGHT - LEFT, Math.max(2, bottom - top + 2));
    }
}
