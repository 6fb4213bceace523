package com.cyclex.job.builtin;

import java.nio.charset.StandardCharsets;

/** The built-ins' one-number outputs: an unsigned decimal and a newline. */
final class Decimal {
    private Decimal() {
    }

    static byte[] encode(long value) {
        return (Long.toUnsignedString(value) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static long decode(byte[] output, String program) {
        String text = new String(output, StandardCharsets.US_ASCII);
        if (!text.matches("[0-9]{1,20}\n")) {
            throw new IllegalArgumentException("The output of " + program + " is not a decimal number and a newline.");
        }
        return Long.parseUnsignedLong(text.substring(0, text.length() - 1));
    }
}
