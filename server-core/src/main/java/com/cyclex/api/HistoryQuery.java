package com.cyclex.api;

/**
 * Which part of a member's order history to read: one market or all (0), orders placed from {@code fromTime}
 * to {@code toTime} (epoch milliseconds, both inclusive), newest first, at most {@code limit}.
 */
public record HistoryQuery(long memberId, int market, long fromTime, long toTime, int limit) {
    /** The most rows one question may ask for. */
    public static final int MAX_LIMIT = 5_000;

    public HistoryQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a history query asks for 1 to " + MAX_LIMIT + " rows, not " + limit);
        }
        if (fromTime > toTime) {
            throw new IllegalArgumentException("a history query's time range runs forwards");
        }
    }

    /** Everything a member did in every market, newest {@code limit} orders. */
    public static HistoryQuery allOf(long memberId, int limit) {
        return new HistoryQuery(memberId, 0, Long.MIN_VALUE, Long.MAX_VALUE, limit);
    }
}
