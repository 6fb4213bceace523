package com.cyclex.market;

/** One concrete command for a book, with every id and number decided. */
sealed interface BookOp {

    record Place(long id, long member, Side side, long price, long units, TimeInForce tif, long reserve) implements BookOp {
    }

    record Market(long id, long member, Side side, long units, TimeInForce tif, long reserve) implements BookOp {
    }

    record Cancel(long id, CancelReason reason) implements BookOp {
    }

    /** {@code keepReserve} uses the three-argument replace, which keeps the order's reserve. */
    record Replace(long id, long price, long units, long reserve, boolean keepReserve) implements BookOp {
    }

    /** Save every resting order and restore it into a fresh book, as recovery does. */
    record Rebuild() implements BookOp {
    }
}
