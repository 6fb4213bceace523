package com.cyclex.sim.session;

import com.cyclex.api.ResultCode;
import com.cyclex.market.Side;

/**
 * One thing that happened to a seat's order in a session: a shout that stood, traded or was refused, or a
 * standing order that left the book. {@code orderId} is the exchange's (0 for a refused shout); {@code code} says
 * why a shout was refused (OK otherwise).
 */
public record OrderRecord(int period, long seq, long time, int seat, Side side, long price, Event event, String reason,
                          long orderId, ResultCode code) {

    /** What happened. */
    public enum Event {
        /** The shout went in and stands on the book. */
        STANDS,
        /** The shout went in and traded at once. */
        TRADED,
        /** The shout was refused; {@code reason} says why. */
        REFUSED,
        /** A standing order traded with a later shout. */
        FILLED,
        /** A standing order was cancelled; {@code reason} says by what. */
        CANCELLED
    }
}
