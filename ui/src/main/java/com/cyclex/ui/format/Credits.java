package com.cyclex.ui.format;

import java.math.BigDecimal;

/**
 * Credits as people read and type them: two decimals over integer minor units. Parsing is exact (no floating
 * point), so what the operator types is what is sent.
 */
public final class Credits {
    /** Minor units in one credit. */
    public static final long MINOR = com.cyclex.ledger.Credits.MINOR;

    private Credits() {
    }

    /** {@code 123456} as {@code 1,234.56}. */
    public static String format(long minor) {
        // The exchange's own formatting, so an amount reads the same in its sentences and on screen.
        return com.cyclex.ledger.Credits.format(minor);
    }

    /**
     * {@code "1,234.5"} as {@code 123450} minor units.
     *
     * @throws IllegalArgumentException with a sentence for the operator when the text is not an amount of credits
     */
    public static long parse(String text) {
        String clean = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Enter an amount of credits.");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(clean);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a number of credits.");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Credits have at most two decimals.");
        }
        try {
            return value.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("That amount of credits is too large.");
        }
    }
}
