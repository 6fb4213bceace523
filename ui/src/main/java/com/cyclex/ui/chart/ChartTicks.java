package com.cyclex.ui.chart;

/** Round steps for chart axes (1, 2 or 5 times a power of ten), so labels read like a person would write them. */
public final class ChartTicks {
    private ChartTicks() {
    }

    /** A round step that cuts {@code range} into about {@code count} parts. */
    public static double step(double range, int count) {
        if (!(range > 0) || count < 1) {
            return 1;
        }
        double raw = range / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The same for whole numbers (ticks, units): never less than 1. */
    public static long wholeStep(double range, int count) {
        return Math.max(1, Math.round(step(range, count)));
    }

    /** A whole number as people read it: 1,234,567. */
    public static String whole(long n) {
        return String.format("%,d", n);
    }

    /** A number that is whole or halfway between two (a mid price): 104 or 104.5. */
    public static String halves(double v) {
        long whole = (long) Math.floor(v);
        return v == whole ? whole(whole) : whole(whole) + ".5";
    }

    /** A large whole number in few characters, for axis labels: 950, 12.5k, 3.2M. */
    public static String compact(long n) {
        long a = Math.abs(n);
        if (a < 10_000) {
            return Long.toString(n);
        }
        if (a < 1_000_000) {
            return trim(n / 1e3) + "k";
        }
        return trim(n / 1e6) + "M";
    }

    private static String trim(double v) {
        String s = Math.abs(v) >= 100 ? String.format("%.0f", v) : String.format("%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
