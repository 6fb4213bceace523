package com.cyclex.ui.machine;

import javafx.scene.paint.Color;

/** The theme's colours for what is drawn on canvases, where CSS does not reach (keep in step with machine.css). */
final class LoadColors {
    static final Color CPU = Color.web("#58a6ff");
    static final Color LEASED = Color.web("#f85149");
    static final Color ASKS = Color.web("#db6d28");
    static final Color DECLARED = Color.web("#d29922");
    static final Color GRID = Color.web("#30363d");
    static final Color TRACK = Color.web("#21262d");
    static final Color TEXT = Color.web("#8b949e");
    static final Color CALM = Color.web("#3fb950");
    static final Color JOBS = Color.web("#3fb950");

    private LoadColors() {
    }

    /** A core's bar: green while it has room, amber when busy, red when saturated. */
    static Color forLoad(double load) {
        if (load < 0.5) {
            return CALM;
        }
        if (load < 0.85) {
            return DECLARED;
        }
        return LEASED;
    }
}
