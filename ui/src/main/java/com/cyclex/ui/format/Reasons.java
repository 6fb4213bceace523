package com.cyclex.ui.format;

import com.cyclex.market.CancelReason;
import com.cyclex.market.TimeInForce;

/**
 * Why units of an order left the book without trading, in sentences a person reads: the one place the terminal
 * words a {@link CancelReason}, so the status line and the order history say the same thing.
 */
public final class Reasons {
    /** Why a fill-or-kill order was killed. */
    public static final String COULD_NOT_FILL_AT_ONCE = "it could not fill completely at once";
    /** Why the rest of an immediate-or-cancel (or market) order was cancelled. */
    public static final String NOTHING_TO_TRADE_WITH = "nothing to trade with at that price";

    private Reasons() {
    }

    /**
     * One sentence for why an order's units left the book.
     *
     * @param traded whether some of the order had traded first (then it is "the rest" that left)
     */
    public static String of(CancelReason reason, TimeInForce timeInForce, boolean traded) {
        String what = traded ? "the rest" : "it";
        return switch (reason) {
            case CANCELLED -> "You cancelled " + what + ".";
            case REDUCED -> "A replace took units off it.";
            case IOC_REMAINDER -> "Immediate or cancel: " + NOTHING_TO_TRADE_WITH + ", so " + what + " was cancelled.";
            case FOK_KILLED -> "Fill or kill: " + COULD_NOT_FILL_AT_ONCE + ".";
            case SELF_TRADE -> "It would have traded with an order of your own, so " + what + " was cancelled.";
            case EXPIRED -> timeInForce == TimeInForce.DAY
                    ? "A day order: its trading day ended." : "Its market's delivery window began.";
            case MEMBER_INACTIVE -> "Your membership was suspended or ended, so your orders were taken off the book.";
        };
    }
}
