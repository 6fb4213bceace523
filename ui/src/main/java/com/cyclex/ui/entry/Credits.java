package com.cyclex.ui.entry;

/**
 * Shows amounts of credits, which the exchange keeps as whole minor units (100 to a credit), as a person reads
 * them: 123456 is "1,234.56". Integer arithmetic only, so what is shown is exactly what is held.
 */
public final class Credits {
    public static final long MINOR_PER_CREDIT = 100;

    private Credits() {
    }

    public static String format(long minor) {
        String sign = minor < 0 ? "-" : "";
        long abs = Math.abs(minor);
        return String.format("%s%,d.%02d", sign, abs / MINOR_PER_CREDIT, abs % MINOR_PER_CREDIT);
    }
}
