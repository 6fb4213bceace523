package com.cyclex.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A canvas that fills its region and draws only when something it shows changed: its size, the pointer (when
 * it follows the pointer), or the revision of its data. Views call {@link #redraw()} once per frame, so a chart
 * costs nothing in a frame where nothing moved.
 */
public abstract class ChartCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private double mouseX = -1;
    private double mouseY = -1;
    private boolean dirty = true;
    private long drawnRevision = Long.MIN_VALUE;

    protected ChartCanvas(boolean followsPointer) {
        getChildren().add(canvas);
        if (followsPointer) {
            canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
            canvas.setOnMouseDragged(e -> hover(e.getX(), e.getY()));
            canvas.setOnMouseExited(e -> hover(-1, -1));
        }
    }

    /**
     * The revision of what is drawn; when it differs from the last drawing's, the next redraw draws. Charts that
     * are told of each change ({@link #changed()}) need not keep one.
     */
    protected long revision() {
        return 0;
    }

    /** Draws everything, the whole canvas being {@code w} by {@code h}. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    /** The pointer's position over the canvas, or -1 when it is elsewhere. */
    protected final double mouseX() {
        return mouseX;
    }

    protected final double mouseY() {
        return mouseY;
    }

    /** Makes the next {@link #redraw()} draw even if the revision has not changed. */
    protected final void invalidate() {
        dirty = true;
    }

    /** For charts that are handed their data: draw it now. */
    protected final void changed() {
        dirty = true;
        redraw();
    }

    private void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
            redraw();
        }
    }

    /** Draws if the data, the size or the pointer changed since the last drawing. Returns whether it drew. */
    public final boolean redraw() {
        long revision = revision();
        if (!dirty && drawnRevision == revision) {
            return false;
        }
        dirty = false;
        drawnRevision = revision;
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        return true;
    }
}
