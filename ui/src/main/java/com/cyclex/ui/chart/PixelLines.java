package com.cyclex.ui.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * One-pixel lines across or down a chart (grid, axes, wicks) drawn as filled rectangles on whole pixels. The
 * software pipeline fills a rectangle directly, where a stroked line goes through its anti-aliasing rasterizer:
 * under a busy demo stroked lines were a third of the renderer thread's time. Dashed lines stay stroked.
 */
public final class PixelLines {
    private PixelLines() {
    }

    /** A line across at the pixel row holding {@code y}, from {@code x1} to {@code x2}. */
    public static void across(GraphicsContext g, Paint paint, double x1, double x2, double y) {
        g.setFill(paint);
        g.fillRect(Math.min(x1, x2), Math.floor(y), Math.abs(x2 - x1), 1);
    }

    /** A line down the pixel column holding {@code x}, from {@code y1} to {@code y2}. */
    public static void down(GraphicsContext g, Paint paint, double x, double y1, double y2) {
        g.setFill(paint);
        g.fillRect(Math.floor(x), Math.min(y1, y2), 1, Math.max(1, Math.abs(y2 - y1)));
    }
}
