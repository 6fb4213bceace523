package com.cyclex.market;

/**
 * What a book tells its owner while it works. Calls arrive synchronously, inside the call that
 * caused them, with the orders already updated (open and filled units reflect the event).
 */
public interface BookListener {

    /** The incoming order (taker) traded {@code units} at {@code price} with a resting order (maker). */
    void onTrade(Order maker, Order taker, long price, long units);

    /** {@code units} of the order left the book or were never placed, for {@code reason}. */
    void onCancel(Order order, long units, CancelReason reason);

    /** A listener that ignores everything. */
    BookListener NONE = new BookListener() {
        @Override
        public void onTrade(Order maker, Order taker, long price, long units) {
        }

        @Override
        public void onCancel(Order order, long units, CancelReason reason) {
        }
    };
}
