package com.cyclex.ui.layout;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How the operator left the terminal: the window's place and size, the dividers, the selected market and tab.
 * Kept as a small properties file in the data dir, so each exchange remembers its own and a test can use a
 * temporary one. A file that is missing, unreadable or half-written reads as no layout: the terminal then opens
 * as on a first start, never refuses to.
 */
public final class SavedLayout {
    private static final String WINDOW = "window";
    private static final String MAXIMIZED = "window.maximized";
    private static final String MARKET = "market";
    private static final String TAB = "tab";
    private static final String DIVIDERS = "dividers.";

    /** The window's place and size on the screen, in the screen's coordinates. */
    public record Bounds(double x, double y, double width, double height) {
    }

    private Bounds window;
    private boolean maximized;
    private int market;
    private String tab;
    private final Map<String, double[]> dividers = new TreeMap<>();

    public Optional<Bounds> window() {
        return Optional.ofNullable(window);
    }

    public void window(Bounds bounds, boolean maximized) {
        this.window = bounds;
        this.maximized = maximized;
    }

    public boolean maximized() {
        return maximized;
    }

    /** The market last selected, or 0 for none. */
    public int market() {
        return market;
    }

    public void market(int id) {
        this.market = id;
    }

    /** The id of the bottom tab last selected, or empty. */
    public Optional<String> tab() {
        return Optional.ofNullable(tab);
    }

    public void tab(String id) {
        this.tab = id;
    }

    /** The divider positions of a named split, or empty when it was never saved. */
    public Optional<double[]> dividers(String split) {
        double[] d = dividers.get(split);
        return d == null ? Optional.empty() : Optional.of(d.clone());
    }

    public void dividers(String split, double[] positions) {
        dividers.put(split, positions.clone());
    }

    /** Reads the layout in {@code file}; what cannot be read is left out. */
    public static SavedLayout read(Path file) {
        SavedLayout layout = new SavedLayout();
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return layout;
        } catch (IOException | IllegalArgumentException e) {
            return layout;
        }
        double[] w = numbers(p.getProperty(WINDOW));
        if (w != null && w.length == 4 && w[2] > 0 && w[3] > 0) {
            layout.window = new Bounds(w[0], w[1], w[2], w[3]);
        }
        layout.maximized = Boolean.parseBoolean(p.getProperty(MAXIMIZED));
        try {
            layout.market = Integer.parseInt(p.getProperty(MARKET, "0").trim());
        } catch (NumberFormatException e) {
            layout.market = 0;
        }
        String t = p.getProperty(TAB);
        layout.tab = t == null || t.isBlank() ? null : t.trim();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(DIVIDERS)) {
                double[] d = numbers(p.getProperty(key));
                if (d != null && Arrays.stream(d).allMatch(v -> v >= 0 && v <= 1)) {
                    layout.dividers.put(key.substring(DIVIDERS.length()), d);
                }
            }
        }
        return layout;
    }

    /** Writes the layout to {@code file} through a temporary file, so a crash mid-write leaves the old one. */
    public void write(Path file) {
        Properties p = new Properties();
        if (window != null) {
            p.setProperty(WINDOW, text(new double[] {window.x(), window.y(), window.width(), window.height()}));
        }
        p.setProperty(MAXIMIZED, Boolean.toString(maximized));
        if (market != 0) {
            p.setProperty(MARKET, Integer.toString(market));
        }
        if (tab != null) {
            p.setProperty(TAB, tab);
        }
        dividers.forEach((split, d) -> p.setProperty(DIVIDERS + split, text(d)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Cyclex terminal layout: window, dividers, selected market and tab");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the terminal's layout to " + file, e);
        }
    }

    private static String text(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(String.format(Locale.ROOT, "%.4f", v));
        }
        return s.toString();
    }

    private static double[] numbers(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble)
                    .filter(Double::isFinite).toArray();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
