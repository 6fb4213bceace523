package com.cyclex.ledger;

import java.util.Locale;

/** Credits as people read them: two decimals over integer minor units, in every sentence the exchange writes. */
public final class Credits {
    /** Minor units in one credit. */
    public static final long MINOR = 100;

    private Credits() {
    }

    /** {@code 123456} as {@code 1,234.56}. */
    public static String format(long minor) {
        String sign = minor < 0 ? "-" : "";
        // Long.MIN_VALUE has no positive counterpart: split before taking the magnitude.
        long whole = Math.abs(minor / MINOR);
        long cents = Math.abs(minor % MINOR);
        return String.format(Locale.ROOT, "%s%,d.%02d", sign, whole, cents);
    }
}
