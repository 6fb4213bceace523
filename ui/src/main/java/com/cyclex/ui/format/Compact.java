package com.cyclex.ui.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Large figures in a few characters, for columns and tiles that have room for little: 1,048,576 as 1.05M and
 * 999,998,104,807.80 credits as 1.00T, with three significant digits. Small figures stay exact. The exact value
 * belongs in a tooltip beside every compact one. Decimal arithmetic throughout, so rounding is the same
 * everywhere and never drifts.
 */
public final class Compact {
    private static final String[] SUFFIXES = {"K", "M", "B", "T", "P", "E"};
    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_UP);
    /** Counts below this are shown in full: four digits fit wherever a compact figure does. */
    private static final long COUNT_LIMIT = 10_000;
    /** Credits below a million are shown in full, with their minor units. */
    /** Six-figure balances (a seller paid as it delivers soon has one) do not fit a table column in full. */
    private static final long CREDITS_LIMIT = 100_000 * Credits.MINOR;

    private Compact() {
    }

    /** A count: {@code 9,999}, then {@code 10.0K}, {@code 1.05M}. */
    public static String count(long n) {
        if (Math.abs((double) n) < COUNT_LIMIT) {
            return String.format(Locale.ROOT, "%,d", n);
        }
        return scaled(BigDecimal.valueOf(n));
    }

    /** Credits from minor units: {@code 99,999.99}, then {@code 100K}, {@code 1.00M}, {@code 1.00T}. */
    public static String credits(long minor) {
        if (Math.abs((double) minor) < CREDITS_LIMIT) {
            return Credits.format(minor);
        }
        return scaled(BigDecimal.valueOf(minor).movePointLeft(2));
    }

    /** Whether {@link #count} shows less than the whole figure, so a tooltip should give it. */
    public static boolean countShortened(long n) {
        return Math.abs((double) n) >= COUNT_LIMIT;
    }

    public static boolean creditsShortened(long minor) {
        return Math.abs((double) minor) >= CREDITS_LIMIT;
    }

    private static String scaled(BigDecimal value) {
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal a = value.abs();
        for (int i = 0; i < SUFFIXES.length; i++) {
            BigDecimal inUnit = a.movePointLeft(3 * (i + 1)).round(THREE);
            if (inUnit.compareTo(BigDecimal.valueOf(1000)) < 0 || i == SUFFIXES.length - 1) {
                int decimals = inUnit.compareTo(BigDecimal.TEN) < 0 ? 2 : inUnit.compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0;
                return sign + inUnit.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + SUFFIXES[i];
            }
        }
        throw new AssertionError("unreachable");
    }
}
