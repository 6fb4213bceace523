package com.cyclex.ui.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How far back the order history looks: orders placed since the start of the range. */
public enum HistoryRange {
    LAST_HOUR("Last hour"), TODAY("Today"), WEEK("7 days"), ALL("All");

    private final String label;

    HistoryRange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The earliest placing time (epoch milliseconds) this range takes at {@code now}; today starts at local midnight. */
    public long from(long now, ZoneId zone) {
        return switch (this) {
            case LAST_HOUR -> now - 3_600_000L;
            case TODAY -> LocalDate.ofInstant(Instant.ofEpochMilli(now), zone).atStartOfDay(zone).toInstant().toEpochMilli();
            case WEEK -> now - 7 * 86_400_000L;
            case ALL -> Long.MIN_VALUE;
        };
    }
}
