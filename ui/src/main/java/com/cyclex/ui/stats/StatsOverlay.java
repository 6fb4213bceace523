package com.cyclex.ui.stats;

import com.cyclex.ui.live.Live;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Frame times in a corner (--stats): the interval between frames (what smoothness is) and our per-frame work on
 * the JavaFX thread, as median / 99th percentile / worst over the last 600 frames, plus events per second.
 */
public final class StatsOverlay extends Label {
    private static final long EVERY_NANOS = 500_000_000L;
    private static final long REPORT_NANOS = 10_000_000_000L;
    private long lastUpdate;
    private long lastEvents;
    private long lastReport;

    public StatsOverlay(Live live) {
        setId("stats-overlay");
        getStyleClass().add("stats-overlay");
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(0, 8, 34, 0));
        live.onFrame(now -> {
            if (now - lastUpdate < EVERY_NANOS) {
                return;
            }
            double seconds = lastUpdate == 0 ? 1 : (now - lastUpdate) / 1e9;
            long events = live.eventsDelivered();
            double[] interval = live.frameTimes().intervalMillis();
            double[] work = live.frameTimes().workMillis();
            setText(String.format("frame %.1f / %.1f / %.1f ms   work %.2f / %.2f / %.2f ms   %,.0f events/s",
                    interval[0], interval[1], interval[2], work[0], work[1], work[2], (events - lastEvents) / seconds));
            if (now - lastReport >= REPORT_NANOS) {
                // The same figures on standard output, so a run can be measured without reading the screen.
                System.out.println("stats: " + getText() + "   (median / p99 / max over the last 600 frames)");
                lastReport = now;
            }
            lastEvents = events;
            lastUpdate = now;
        });
    }
}
