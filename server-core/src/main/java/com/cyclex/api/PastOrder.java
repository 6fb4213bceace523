package com.cyclex.api;

import com.cyclex.market.CancelReason;

/**
 * An order as the store's history last saw it, with when it was placed and last changed: what an order
 * history shows (open, filled, or ended and why).
 *
 * @param reason why units last left without trading, or null when none did
 */
public record PastOrder(OrderInfo order, long placedAt, long updatedAt, CancelReason reason) {

    /** Where an order ended up. */
    public enum Outcome {
        /** Still in the book. */
        OPEN,
        /** Every unit traded. */
        FILLED,
        /** Left the book with units untraded: {@link #reason()} says why. */
        ENDED
    }

    public Outcome outcome() {
        if (order.resting() && order.openUnits() > 0) {
            return Outcome.OPEN;
        }
        return order.openUnits() == 0 && reason == null ? Outcome.FILLED : Outcome.ENDED;
    }
}
