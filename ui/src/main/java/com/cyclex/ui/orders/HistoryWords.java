package com.cyclex.ui.orders;

import com.cyclex.api.PastOrder;
import com.cyclex.market.CancelReason;
import com.cyclex.ui.format.Reasons;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the order history says of a past order: its outcome in a word or two, and why, in a sentence. */
public final class HistoryWords {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);

    private HistoryWords() {
    }

    /** Open, Partly filled, Filled, Cancelled or Expired. */
    public static String outcome(PastOrder o) {
        long filled = o.order().filledUnits();
        return switch (o.outcome()) {
            case OPEN -> filled == 0 ? "Open" : "Partly filled";
            case FILLED -> "Filled";
            case ENDED -> o.reason() == CancelReason.REDUCED && o.order().openUnits() == 0 && filled > 0
                    ? "Filled"
                    : filled > 0 ? "Partly filled"
                    : o.reason() == CancelReason.EXPIRED ? "Expired" : "Cancelled";
        };
    }

    /** The style class for an outcome's colour: open, filled or ended. */
    public static String tone(PastOrder o) {
        if (o.outcome() == PastOrder.Outcome.OPEN) {
            return "open";
        }
        return outcome(o).equals("Filled") ? "filled" : "ended";
    }

    /** Why the order stands where it does, as a sentence. */
    public static String why(PastOrder o) {
        long filled = o.order().filledUnits();
        long open = o.order().openUnits();
        return switch (o.outcome()) {
            case OPEN -> filled == 0 ? "Resting in the book."
                    : units(filled) + " traded; " + units(open) + " still resting in the book.";
            case FILLED -> "Every unit traded.";
            case ENDED -> o.reason() == CancelReason.REDUCED && open == 0 && filled > 0
                    ? "A replace took units off it; the rest traded."
                    : (filled > 0 ? units(filled) + " traded. " : "")
                    + (o.reason() == null ? "It is no longer in the book." : Reasons.of(o.reason(), o.order().timeInForce(), filled > 0));
        };
    }

    /** A time of day, with the day in front when it is not the day of {@code now}. */
    public static String time(long at, long now, ZoneId zone) {
        Instant when = Instant.ofEpochMilli(at);
        boolean today = LocalDate.ofInstant(when, zone).equals(LocalDate.ofInstant(Instant.ofEpochMilli(now), zone));
        return (today ? CLOCK : DAY_AND_CLOCK).format(when.atZone(zone));
    }

    private static String units(long n) {
        return n + (n == 1 ? " unit" : " units");
    }
}
