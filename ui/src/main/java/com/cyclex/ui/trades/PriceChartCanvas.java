package com.cyclex.ui.trades;

import com.cyclex.ui.chart.ChartTicks;
import com.cyclex.ui.chart.ChartCanvas;
import com.cyclex.ui.chart.ChartColors;
import com.cyclex.ui.chart.PixelLines;
import static com.cyclex.ui.chart.ChartColors.alpha;

import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Draws the price chart: candles (or a line of closes) over a price axis on the right with the last price
 * tagged, volume bars below, a time axis, and a crosshair with the hovered candle's figures. It draws only when
 * asked by {@link #redraw()}, and the view asks at most once a frame, only after something changed.
 */
final class PriceChartCanvas extends ChartCanvas {
    private static final double AXIS_WIDTH = 64;
    private static final double TIME_HEIGHT = 22;
    private static final double LEGEND_HEIGHT = 24;
    private static final double LEFT = 6;
    /** Empty slots right of the newest candle, so it is not glued to the axis. */
    private static final int RIGHT_SLOTS = 3;
    /**
     * The fewest slots the plot is divided into: a young market's few candles are drawn wide across most of the
     * plot instead of as slivers against the axis, and the slots narrow as candles come, down to the window's.
     */
    private static final int MIN_SLOTS = 40;
    private static final long[] TIME_STEPS = {
        5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
        3_600_000, 7_200_000, 14_400_000, 21_600_000, 43_200_000, 86_400_000
    };
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final PriceChartModel model;
    private final Text measure = new Text();
    private final ZoneId zone = ZoneId.systemDefault();

    // Geometry of the last layout, in canvas pixels.
    private double plotRight;
    private double priceTop;
    private double priceBottom;
    private double volumeTop;
    private double volumeBottom;
    private double slot;
    /** How wide a time label is, with seconds and without. */
    private double secondsLabel;
    private double minutesLabel;
    private double low;
    private double high;

    PriceChartCanvas(PriceChartModel model) {
        super(true);
        this.model = model;
        getStyleClass().add("price-canvas");
        setMinSize(200, 120);
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
        CandleSeries c = model.candles();
        plotRight = w - AXIS_WIDTH;
        priceTop = LEGEND_HEIGHT;
        volumeBottom = h - TIME_HEIGHT;
        double volumeHeight = Math.max(24, (volumeBottom - priceTop) * 0.2);
        volumeTop = volumeBottom - volumeHeight;
        priceBottom = volumeTop - 8;
        slot = (plotRight - LEFT) / Math.max(MIN_SLOTS, Math.min(PriceChartModel.WINDOW, c.size()) + RIGHT_SLOTS);

        g.setStroke(ChartColors.AXIS);
        g.setLineWidth(1);
        PixelLines.down(g, g.getStroke(), plotRight, priceTop - 4, volumeBottom);
        PixelLines.across(g, g.getStroke(), LEFT, plotRight, volumeBottom);

        if (c.size() == 0) {
            message(g, "No trades yet in this market: candles appear with the first trade.");
            return;
        }
        priceRange(c);
        drawPriceGrid(g);
        drawTimeAxis(g, c);
        drawVolume(g, c);
        if (model.styleProperty().get() == PriceChartModel.Style.LINE) {
            drawLine(g, c);
        } else {
            drawCandles(g, c);
        }
        drawLastPrice(g, c);
        int hovered = hoveredIndex(c);
        drawCrosshair(g, c, hovered);
        drawLegend(g, c, hovered >= 0 ? hovered : lastTraded(c));
    }

    private void priceRange(CandleSeries c) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < c.size(); i++) {
            lo = Math.min(lo, c.low(i));
            hi = Math.max(hi, c.high(i));
        }
        double pad = Math.max(1, (hi - lo) * 0.08);
        low = lo - pad;
        high = hi + pad;
    }

    private double y(double price) {
        return priceBottom - (price - low) / (high - low) * (priceBottom - priceTop);
    }

    private double price(double y) {
        return low + (priceBottom - y) / (priceBottom - priceTop) * (high - low);
    }

    /** The centre of candle {@code i} (0 the oldest held); the newest sits {@link #RIGHT_SLOTS} from the axis. */
    private double x(CandleSeries c, int i) {
        int fromRight = c.size() - 1 - i + RIGHT_SLOTS;
        return plotRight - (fromRight + 0.5) * slot;
    }

    private void drawPriceGrid(GraphicsContext g) {
        long step = ChartTicks.wholeStep(high - low, (int) Math.max(2, (priceBottom - priceTop) / 28));
        g.setFont(ChartColors.LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double tagY = y(lastPrice(model.candles()));
        for (long p = (long) Math.ceil(low / step) * step; p <= high; p += step) {
            double y = snap(y(p));
            PixelLines.across(g, ChartColors.GRID, LEFT, plotRight, y);
            if (Math.abs(y - tagY) > 13) { // the last price's tag would cover it
                g.setFill(ChartColors.MUTED);
                g.fillText(ChartTicks.whole(p), plotRight + 8, y);
            }
        }
    }

    private void drawTimeAxis(GraphicsContext g, CandleSeries c) {
        long interval = c.interval();
        long every = TIME_STEPS[TIME_STEPS.length - 1];
        if (secondsLabel == 0) {
            // The label font never changes: measured once, not at every redraw.
            secondsLabel = width("00:00:00", ChartColors.LABEL);
            minutesLabel = width("00:00", ChartColors.LABEL);
        }
        for (long step : TIME_STEPS) {
            // Labels at least their own width apart (seconds make them wider), with a gap between.
            double room = (step < 60_000 ? secondsLabel : minutesLabel) + 16;
            if (step >= interval && step % interval == 0 && step / interval * slot >= room) {
                every = step;
                break;
            }
        }
        DateTimeFormatter format = every < 60_000 ? SECONDS : MINUTES;
        g.setFont(ChartColors.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < c.size(); i++) {
            long start = c.start(i);
            long local = start + zone.getRules().getOffset(Instant.ofEpochMilli(start)).getTotalSeconds() * 1000L;
            if (Math.floorMod(local, every) != 0) {
                continue;
            }
            double x = snap(x(c, i));
            PixelLines.down(g, ChartColors.GRID, x, priceTop, volumeBottom);
            g.setFill(ChartColors.MUTED);
            g.fillText(format.format(Instant.ofEpochMilli(start).atZone(zone)), x, volumeBottom + TIME_HEIGHT / 2);
        }
    }

    private void drawVolume(GraphicsContext g, CandleSeries c) {
        long max = 1;
        for (int i = 0; i < c.size(); i++) {
            max = Math.max(max, c.volume(i));
        }
        double width = Math.max(1, slot * 0.7);
        for (int i = 0; i < c.size(); i++) {
            long v = c.volume(i);
            if (v == 0) {
                continue;
            }
            double bar = Math.max(1, v / (double) max * (volumeBottom - volumeTop));
            g.setFill(alpha(up(c, i) ? ChartColors.BID : ChartColors.ASK, 0.45));
            g.fillRect(x(c, i) - width / 2, volumeBottom - bar, width, bar);
        }
        g.setFill(ChartColors.MUTED);
        g.setFont(ChartColors.LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Vol " + ChartTicks.compact(max), plotRight + 8, volumeTop);
    }

    private void drawCandles(GraphicsContext g, CandleSeries c) {
        double body = Math.max(1, Math.floor(slot * 0.7));
        for (int i = 0; i < c.size(); i++) {
            if (c.volume(i) == 0) {
                continue; // an interval without trades: its flat candle is only there to keep time even
            }
            Color color = up(c, i) ? ChartColors.BID : ChartColors.ASK;
            double x = x(c, i);
            PixelLines.down(g, color, x, y(c.high(i)), y(c.low(i)));
            double top = y(Math.max(c.open(i), c.close(i)));
            double bottom = y(Math.min(c.open(i), c.close(i)));
            g.setFill(color);
            g.fillRect(Math.round(x - body / 2), top, body, Math.max(1, bottom - top));
        }
    }

    private void drawLine(GraphicsContext g, CandleSeries c) {
        int n = c.size();
        double[] xs = new double[n + 2];
        double[] ys = new double[n + 2];
        for (int i = 0; i < n; i++) {
            xs[i] = x(c, i);
            ys[i] = y(c.close(i));
        }
        xs[n] = xs[n - 1];
        ys[n] = priceBottom;
        xs[n + 1] = xs[0];
        ys[n + 1] = priceBottom;
        g.setFill(new LinearGradient(0, priceTop, 0, priceBottom, false, CycleMethod.NO_CYCLE,
                new Stop(0, alpha(ChartColors.ACCENT, 0.28)), new Stop(1, alpha(ChartColors.ACCENT, 0.02))));
        g.fillPolygon(xs, ys, n + 2);
        g.setStroke(ChartColors.ACCENT);
        g.setLineWidth(1.5);
        g.strokePolyline(xs, ys, n);
        g.setLineWidth(1);
    }

    private void drawLastPrice(GraphicsContext g, CandleSeries c) {
        Trade last = model.lastTradeProperty().get();
        long price = lastPrice(c);
        Color color = last == null || last.aggressor() == Side.BID ? ChartColors.BID : ChartColors.ASK;
        double y = snap(y(price));
        g.setStroke(alpha(color, 0.8));
        g.setLineDashes(3, 3);
        g.strokeLine(LEFT, y, plotRight, y);
        g.setLineDashes(null);
        tag(g, ChartTicks.whole(price), y, color, Color.web("#0d1117"));
    }

    private long lastPrice(CandleSeries c) {
        Trade last = model.lastTradeProperty().get();
        return last != null ? last.price() : c.close(c.size() - 1);
    }

    /** The newest candle with trades: the flat ones after it are only time passing, with nothing to tell. */
    private static int lastTraded(CandleSeries c) {
        for (int i = c.size() - 1; i > 0; i--) {
            if (c.volume(i) > 0) {
                return i;
            }
        }
        return 0;
    }

    private int hoveredIndex(CandleSeries c) {
        if (mouseX() < LEFT || mouseX() > plotRight || mouseY() < priceTop || mouseY() > volumeBottom) {
            return -1;
        }
        int fromRight = (int) Math.floor((plotRight - mouseX()) / slot) - RIGHT_SLOTS;
        int i = c.size() - 1 - fromRight;
        return i >= 0 && i < c.size() ? i : -1;
    }

    private void drawCrosshair(GraphicsContext g, CandleSeries c, int hovered) {
        if (mouseX() < LEFT || mouseX() > plotRight || mouseY() < priceTop || mouseY() > volumeBottom) {
            return;
        }
        g.setStroke(ChartColors.CROSSHAIR);
        g.setLineDashes(4, 4);
        double x = snap(hovered >= 0 ? x(c, hovered) : mouseX());
        g.strokeLine(x, priceTop, x, volumeBottom);
        if (mouseY() <= priceBottom) {
            double y = snap(mouseY());
            g.strokeLine(LEFT, y, plotRight, y);
            g.setLineDashes(null);
            tag(g, ChartTicks.whole(Math.round(price(mouseY()))), y, ChartColors.TAG, ChartColors.TEXT);
        }
        g.setLineDashes(null);
        if (hovered >= 0) {
            String time = (c.interval() < 60_000 ? SECONDS : MINUTES).format(Instant.ofEpochMilli(c.start(hovered)).atZone(zone));
            g.setFont(ChartColors.LABEL);
            double w = width(time, ChartColors.LABEL) + 12;
            double left = Math.max(LEFT, Math.min(plotRight - w, x - w / 2));
            g.setFill(ChartColors.TAG);
            g.fillRoundRect(left, volumeBottom + 2, w, TIME_HEIGHT - 4, 4, 4);
            g.setFill(ChartColors.TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(time, left + w / 2, volumeBottom + TIME_HEIGHT / 2);
        }
    }

    /** The figures of one candle across the top: open, high, low, close, volume and the change. */
    private void drawLegend(GraphicsContext g, CandleSeries c, int i) {
        g.setFont(ChartColors.NUMBERS);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = LEGEND_HEIGHT / 2;
        double x = LEFT + 2;
        Color value = up(c, i) ? ChartColors.BID : ChartColors.ASK;
        String[] names = {"O", "H", "L", "C", "Vol"};
        long[] values = {c.open(i), c.high(i), c.low(i), c.close(i), c.volume(i)};
        for (int k = 0; k < names.length; k++) {
            g.setFill(ChartColors.MUTED);
            g.fillText(names[k], x, y);
            x += width(names[k], ChartColors.NUMBERS) + 4;
            String text = ChartTicks.whole(values[k]);
            g.setFill(k < 4 ? value : ChartColors.TEXT);
            g.fillText(text, x, y);
            x += width(text, ChartColors.NUMBERS) + 12;
        }
        long previous = i > 0 ? c.close(i - 1) : c.open(i);
        long change = c.close(i) - previous;
        if (previous != 0) {
            String text = String.format("%+d (%+.2f%%)", change, 100.0 * change / previous);
            g.setFill(change >= 0 ? ChartColors.BID : ChartColors.ASK);
            g.fillText(text, x, y);
        }
    }

    private void tag(GraphicsContext g, String text, double y, Color background, Color foreground) {
        double h = 18;
        g.setFill(background);
        g.fillRoundRect(plotRight + 2, y - h / 2, AXIS_WIDTH - 4, h, 4, 4);
        g.setFill(foreground);
        g.setFont(ChartColors.LABEL_BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, plotRight + 8, y);
    }

    private void message(GraphicsContext g, String text) {
        g.setFill(ChartColors.MUTED);
        g.setFont(ChartColors.MESSAGE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, (LEFT + plotRight) / 2, (priceTop + volumeBottom) / 2);
    }

    /** Whether candle {@code i} closed at or above where it opened (green) rather than below (red). */
    private static boolean up(CandleSeries c, int i) {
        return c.close(i) >= c.open(i);
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** Centres a 1-pixel line on a pixel, so it is crisp rather than smeared over two. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
