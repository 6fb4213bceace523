package com.cyclex.market;

/** Why units of an order left the book without trading. */
public enum CancelReason {
    /** The member cancelled the order. */
    CANCELLED,
    /** A replace asked for fewer units at the same price; the order keeps its place. */
    REDUCED,
    /** The unfilled part of an immediate-or-cancel order. */
    IOC_REMAINDER,
    /** A fill-or-kill order that could not fill completely. */
    FOK_KILLED,
    /** The order would have traded with its own member's order; the newest order is cancelled. */
    SELF_TRADE,
    /** A day order at the end of its trading day, or an order in a delivery window that has begun. */
    EXPIRED,
    /** The member was suspended or left, and its orders were pulled. */
    MEMBER_INACTIVE
}
