package com.cyclex.market;

/** When the capacity of a trade is delivered. */
public enum Delivery {
    /** The lease starts at the match. */
    SPOT,
    /** The lease starts at the market's fixed window start; trading closes then. */
    WINDOW
}
