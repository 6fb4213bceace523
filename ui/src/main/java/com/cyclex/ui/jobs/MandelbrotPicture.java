package com.cyclex.ui.jobs;

import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The picture the operator's latest Mandelbrot run makes, filling in as its tiles come back. Which run is the
 * latest: the one the operator last started here, or else the newest whose tiles are heard of (a picture of
 * another size, or another depth, from a newer job starts a new picture). Pixels not yet rendered are
 * transparent; rendered ones are opaque. On the JavaFX thread.
 */
public final class MandelbrotPicture {
    /** The colour of each grey level a tile's output gives: 0 is inside the set, 255 escapes at once. */
    private static final int[] PALETTE = palette();

    private final ReadOnlyObjectWrapper<WritableImage> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("No picture yet: run a Mandelbrot on a lease you bought.");
    private int width;
    private int height;
    private int maxIterations;
    /** Jobs before this one belong to earlier pictures. */
    private long floor;
    /** The newest job this picture has a tile of (so an older job of another size starts nothing). */
    private long newest;
    private final Set<Long> tiles = new HashSet<>();
    private final Set<Long> painted = new HashSet<>();
    private final Set<Long> failed = new HashSet<>();

    /** The picture, or null before the first one. */
    public ReadOnlyObjectProperty<WritableImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Starts an empty picture for a run the operator starts now: jobs from {@code fromJob} on. */
    public void start(int width, int height, int maxIterations, long fromJob) {
        this.width = width;
        this.height = height;
        this.maxIterations = maxIterations;
        this.floor = fromJob;
        this.newest = fromJob;
        tiles.clear();
        painted.clear();
        failed.clear();
        image.set(new WritableImage(width, height));
        describe();
    }

    /**
     * Hears of a job of the operator's; true when it is a tile of this picture that is done, whose output should
     * now be read and {@link #paint painted}.
     */
    public boolean heard(Job job, MandelbrotTile tile) {
        if (tile == null || job.id() < floor) {
            return false;
        }
        boolean same = image.get() != null && tile.width() == width && tile.height() == height
                && tile.maxIterations() == maxIterations;
        if (!same) {
            if (job.id() < newest) {
                return false;
            }
            start(tile.width(), tile.height(), tile.maxIterations(), job.id());
        }
        newest = Math.max(newest, job.id());
        tiles.add(job.id());
        if (job.state() == JobState.FAILED) {
            failed.add(job.id());
        }
        describe();
        return job.state() == JobState.DONE && !painted.contains(job.id());
    }

    /** Paints a tile's pixels (its grey levels, row by row) in, if it still belongs to the picture shown. */
    public void paint(long jobId, MandelbrotTile tile, byte[] pixels) {
        WritableImage picture = image.get();
        if (picture == null || !tiles.contains(jobId) || tile.width() != width || tile.height() != height
                || pixels.length != tile.w() * tile.h()) {
            return;
        }
        int[] argb = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            argb[i] = PALETTE[pixels[i] & 0xff];
        }
        picture.getPixelWriter().setPixels(tile.x(), tile.y(), tile.w(), tile.h(), PixelFormat.getIntArgbInstance(), argb, 0,
                tile.w());
        painted.add(jobId);
        describe();
    }

    /** Tiles painted so far. */
    public int paintedTiles() {
        return painted.size();
    }

    private void describe() {
        String failures = failed.isEmpty() ? "" : ", " + failed.size() + " failed";
        caption.set("Mandelbrot " + width + " × " + height + ": " + painted.size() + " of " + tiles.size() + " tiles"
                + failures);
    }

    /** Far from the set a deep blue (lighter than the empty background), near its edge gold and white, inside black. */
    private static int[] palette() {
        int[] p = new int[256];
        p[0] = 0xff000000;
        int[][] stops = {{0x14, 0x2e, 0x5c}, {0x1f, 0x6f, 0xeb}, {0xf0, 0xb4, 0x29}, {0xff, 0xf8, 0xe7}};
        for (int v = 1; v < 256; v++) {
            double s = Math.sqrt(1 - v / 255.0) * (stops.length - 1);
            int at = Math.min(stops.length - 2, (int) s);
            double f = s - at;
            int r = (int) Math.round(stops[at][0] + f * (stops[at + 1][0] - stops[at][0]));
            int g = (int) Math.round(stops[at][1] + f * (stops[at + 1][1] - stops[at][1]));
            int b = (int) Math.round(stops[at][2] + f * (stops[at + 1][2] - stops[at][2]));
            p[v] = 0xff000000 | r << 16 | g << 8 | b;
        }
        return p;
    }
}
