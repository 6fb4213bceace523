package com.cyclex.market;

/** One listener callback as plain values, so that two books' event streams compare with equals. */
sealed interface BookEvent {

    /** A trade of {@code units} at {@code price} between a resting maker and an incoming taker. */
    record Trade(long makerId, long takerId, long price, long units) implements BookEvent {
    }

    /** {@code units} of an order left the book, or were never placed, for {@code reason}. */
    record Cancel(long orderId, long units, CancelReason reason) implements BookEvent {
    }

    static Trade trade(long makerId, long takerId, long price, long units) {
        return new Trade(makerId, takerId, price, units);
    }

    static Cancel cancel(long orderId, long units, CancelReason reason) {
        return new Cancel(orderId, units, reason);
    }
}
