package com.cyclex.ui.chart;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours and fonts for what the charts draw on a canvas, where CSS cannot reach: the same values as the
 * theme's -cx-* colours in cyclex.css, so canvases and controls match.
 */
public final class ChartColors {
    public static final Color BACKGROUND = Color.web("#0d1117");
    public static final Color GRID = Color.web("#21262d");
    public static final Color AXIS = Color.web("#30363d");
    public static final Color TEXT = Color.web("#e6edf3");
    public static final Color MUTED = Color.web("#8b949e");
    public static final Color BID = Color.web("#3fb950");
    public static final Color ASK = Color.web("#f85149");
    public static final Color ACCENT = Color.web("#58a6ff");
    public static final Color CROSSHAIR = Color.web("#8b949e", 0.7);
    public static final Color TAG = Color.web("#30363d");

    public static final Font LABEL = Font.font("System", 11);
    public static final Font LABEL_BOLD = Font.font("System", FontWeight.BOLD, 11);
    public static final Font NUMBERS = Font.font("Monospaced", 11);
    public static final Font MESSAGE = Font.font("System", 13);

    private ChartColors() {
    }

    /** A colour with its alpha replaced. */
    public static Color alpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
