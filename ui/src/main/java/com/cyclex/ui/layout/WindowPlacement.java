package com.cyclex.ui.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where the terminal's window opens. The first time: as large as the terminal likes to be (1480 by 920) but
 * never larger than the screen's visual bounds (the screen less its task bars), centred on it. After that: where
 * the operator left it, if that still lies mostly on a screen (a laptop may have lost its second monitor since);
 * otherwise as the first time. Pure: the screens come in, so it is tested without one.
 */
public final class WindowPlacement {
    /** The size the terminal's panels are laid out for. */
    public static final double PREFERRED_WIDTH = 1480;
    public static final double PREFERRED_HEIGHT = 920;
    /** Below this the panels start to crowd; a smaller screen still gets a window that fits it. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private WindowPlacement() {
    }

    /**
     * @param screens the visual bounds of every screen, the primary one first
     * @param saved where the window was last time, if anywhere
     */
    public static SavedLayout.Bounds place(List<SavedLayout.Bounds> screens, Optional<SavedLayout.Bounds> saved) {
        SavedLayout.Bounds primary = screens.get(0);
        if (saved.isPresent()) {
            SavedLayout.Bounds s = saved.get();
            for (SavedLayout.Bounds screen : screens) {
                if (mostlyOn(s, screen)) {
                    double w = Math.min(s.width(), screen.width());
                    double h = Math.min(s.height(), screen.height());
                    double x = clamp(s.x(), screen.x(), screen.x() + screen.width() - w);
                    double y = clamp(s.y(), screen.y(), screen.y() + screen.height() - h);
                    return new SavedLayout.Bounds(x, y, w, h);
                }
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.width());
        double h = Math.min(PREFERRED_HEIGHT, primary.height());
        return new SavedLayout.Bounds(primary.x() + Math.floor((primary.width() - w) / 2),
                primary.y() + Math.floor((primary.height() - h) / 2), w, h);
    }

    /** Whether at least half of the window's area is on the screen. */
    private static boolean mostlyOn(SavedLayout.Bounds window, SavedLayout.Bounds screen) {
        double w = Math.min(window.x() + window.width(), screen.x() + screen.width()) - Math.max(window.x(), screen.x());
        double h = Math.min(window.y() + window.height(), screen.y() + screen.height()) - Math.max(window.y(), screen.y());
        return w > 0 && h > 0 && w * h >= 0.5 * window.width() * window.height();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
