package com.cyclex.market;

/** Whether a market takes orders. */
public enum MarketStatus {
    OPEN,
    /** Halted by the host: no new orders or replaces; cancels still work. */
    HALTED,
    /** A window market whose delivery has begun: no more trading, ever. */
    CLOSED
}
