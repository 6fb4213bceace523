package com.cyclex.market;

/** How long an order may rest on the book. */
public enum TimeInForce {
    /** Good till cancelled: rests until filled or cancelled. */
    GTC,
    /** Immediate or cancel: fills what it can at once, the rest is cancelled. */
    IOC,
    /** Fill or kill: fills completely at once, or not at all. */
    FOK,
    /** Good for the trading day: rests until the day ends (UTC midnight). */
    DAY;

    /** Whether an order with this time in force may rest on the book. */
    public boolean rests() {
        return this == GTC || this == DAY;
    }
}
