package com.cyclex.ui.book;

import static com.cyclex.ui.chart.ChartColors.alpha;

import com.cyclex.ui.chart.ChartCanvas;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.PixelLines;
import com.cyclex.ui.chart.ChartTicks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the depth chart: running totals of bids (green, stepping up leftwards from the best bid) and asks
 * (red, rightwards from the best ask) over price, the mid line, axes, and a crosshair that reads off how many
 * units could be traded up to the pointer's price. Draws only when the depth, the size or the pointer changed.
 */
final class DepthChartCanvas extends ChartCanvas {
    private static final double AXIS_WIDTH = 52;
    private static final double TOP = 24;
    private static final double BOTTOM = 22;
    private static final double LEFT = 6;

    private final DepthModel model;
    private final Text measure = new Text();

    private double plotLeft;
    private double plotRight;
    private double plotTop;
    private double plotBottom;
    private double mid;
    private double half;
    private double top;

    DepthChartCanvas(DepthModel model) {
        super(true);
        this.model = model;
        setMinSize(160, 100);
    }

    @Override
    protected long revision() {
        return model.revision();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(ChartColors.BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (w < 80 || h < 60) {
            return;
        }
        plotLeft = LEFT;
        plotRight = w - AXIS_WIDTH;
        plotTop = TOP;
        plotBottom = h - BOTTOM;
        g.setStroke(ChartColors.AXIS);
        g.setLineWidth(1);
        PixelLines.across(g, ChartColors.AXIS, plotLeft, plotRight, plotBottom);
        PixelLines.down(g, ChartColors.AXIS, plotRight, plotTop, plotBottom);
        if (model.isEmpty()) {
            text(g, "No orders on the book", (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2,
                    ChartColors.MESSAGE, ChartColors.MUTED, TextAlignment.CENTER);
            return;
        }
        mid = model.mid();
        half = model.halfRange() * 1.06;
        top = Math.max(1, model.maxTotal() * 1.12);

        drawGrid(g);
        drawSide(g, true);
        drawSide(g, false);
        drawMid(g);
        drawCrosshair(g);
    }

    private double x(double price) {
        return plotLeft + (price - (mid - half)) / (2 * half) * (plotRight - plotLeft);
    }

    private double price(double x) {
        return mid - half + (x - plotLeft) / (plotRight - plotLeft) * 2 * half;
    }

    private double y(double total) {
        return plotBottom - total / top * (plotBottom - plotTop);
    }

    private void drawGrid(GraphicsContext g) {
        long unitStep = ChartTicks.wholeStep(top, (int) Math.max(2, (plotBottom - plotTop) / 30));
        for (long u = unitStep; u < top; u += unitStep) {
            double y = snap(y(u));
            PixelLines.across(g, ChartColors.GRID, plotLeft, plotRight, y);
            text(g, ChartTicks.compact(u), plotRight + 6, y, ChartColors.LABEL, ChartColors.MUTED, TextAlignment.LEFT);
        }
        long priceStep = ChartTicks.wholeStep(2 * half, (int) Math.max(2, (plotRight - plotLeft) / 80));
        for (long p = (long) Math.ceil((mid - half) / priceStep) * priceStep; p <= mid + half; p += priceStep) {
            double x = snap(x(p));
            PixelLines.down(g, ChartColors.GRID, x, plotTop, plotBottom);
            String label = ChartTicks.whole(p);
            double halfWidth = width(label) / 2;
            if (x - halfWidth >= 0 && x + halfWidth <= plotRight) { // a label cut by the edge reads as another number
                text(g, label, x, plotBottom + BOTTOM / 2, ChartColors.LABEL, ChartColors.MUTED, TextAlignment.CENTER);
            }
        }
    }

    /** One side as a stepped area: flat at each running total until the next level's price, then a step up. */
    private void drawSide(GraphicsContext g, boolean bids) {
        int n = bids ? model.bidLevels() : model.askLevels();
        if (n == 0) {
            return;
        }
        double[] xs = new double[2 * n + 2];
        double[] ys = new double[2 * n + 2];
        int k = 0;
        xs[k] = x(bids ? model.bidPrice(0) : model.askPrice(0));
        ys[k++] = plotBottom;
        for (int i = 0; i < n; i++) {
            double x = x(bids ? model.bidPrice(i) : model.askPrice(i));
            double y = y(bids ? model.bidTotal(i) : model.askTotal(i));
            if (i > 0) {
                xs[k] = x;
                ys[k] = ys[k - 1];
                k++;
            }
            xs[k] = x;
            ys[k++] = y;
        }
        // Past the deepest fetched level the total stays where it is, out to the edge of the chart.
        xs[k] = bids ? plotLeft : plotRight;
        ys[k] = ys[k - 1];
        k++;
        Color color = bids ? ChartColors.BID : ChartColors.ASK;
        g.setStroke(color);
        g.setLineWidth(1.5);
        g.strokePolyline(xs, ys, k);
        xs[k] = xs[k - 1];
        ys[k] = plotBottom;
        k++;
        g.setFill(new LinearGradient(0, plotTop, 0, plotBottom, false, CycleMethod.NO_CYCLE,
                new Stop(0, alpha(color, 0.38)), new Stop(1, alpha(color, 0.06))));
        g.fillPolygon(xs, ys, k);
        g.setLineWidth(1);
    }

    private void drawMid(GraphicsContext g) {
        double x = snap(x(mid));
        g.setStroke(alpha(ChartColors.TEXT, 0.45));
        g.setLineDashes(3, 3);
        g.strokeLine(x, plotTop, x, plotBottom);
        g.setLineDashes(null);
        String label = "Mid " + ChartTicks.halves(mid);
        if (model.bidLevels() > 0 && model.askLevels() > 0) {
            label += "  ·  spread " + ChartTicks.whole(model.askPrice(0) - model.bidPrice(0));
        }
        text(g, label, x, TOP / 2, ChartColors.LABEL, ChartColors.TEXT, TextAlignment.CENTER);
        text(g, "Bids " + ChartTicks.whole(model.bidLevels() == 0 ? 0 : model.bidTotal(model.bidLevels() - 1)),
                plotLeft + 2, TOP / 2, ChartColors.LABEL_BOLD, ChartColors.BID, TextAlignment.LEFT);
        text(g, "Asks " + ChartTicks.whole(model.askLevels() == 0 ? 0 : model.askTotal(model.askLevels() - 1)),
                plotRight - 4, TOP / 2, ChartColors.LABEL_BOLD, ChartColors.ASK, TextAlignment.RIGHT);
    }

    private void drawCrosshair(GraphicsContext g) {
        if (mouseX() < plotLeft || mouseX() > plotRight || mouseY() < plotTop || mouseY() > plotBottom) {
            return;
        }
        double p = price(mouseX());
        boolean bidSide = p < mid;
        long rounded = bidSide ? (long) Math.ceil(p) : (long) Math.floor(p);
        long total = bidSide ? model.bidsAtOrAbove(rounded) : model.asksAtOrBelow(rounded);
        Color color = bidSide ? ChartColors.BID : ChartColors.ASK;
        double x = snap(mouseX());
        double y = snap(y(total));
        g.setStroke(ChartColors.CROSSHAIR);
        g.setLineDashes(4, 4);
        g.strokeLine(x, plotTop, x, plotBottom);
        g.strokeLine(plotLeft, y, plotRight, y);
        g.setLineDashes(null);
        g.setFill(color);
        g.fillOval(x - 3.5, y - 3.5, 7, 7);

        String line1 = "Price " + ChartTicks.whole(rounded);
        String line2 = (bidSide ? "Bids at or above: " : "Asks at or below: ") + ChartTicks.whole(total);
        double boxW = Math.max(width(line1), width(line2)) + 16;
        double boxH = 38;
        double bx = mouseX() + 12 + boxW > plotRight ? mouseX() - 12 - boxW : mouseX() + 12;
        double by = Math.max(plotTop, Math.min(plotBottom - boxH, mouseY() - boxH - 8));
        g.setFill(alpha(ChartColors.TAG, 0.95));
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        text(g, line1, bx + 8, by + 11, ChartColors.LABEL, ChartColors.TEXT, TextAlignment.LEFT);
        text(g, line2, bx + 8, by + 27, ChartColors.LABEL_BOLD, color, TextAlignment.LEFT);
    }

    private static void text(GraphicsContext g, String s, double x, double y, Font font, Color color,
                             TextAlignment align) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
    }

    private double width(String s) {
        measure.setFont(ChartColors.LABEL_BOLD);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
