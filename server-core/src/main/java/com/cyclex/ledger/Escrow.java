package com.cyclex.ledger;

/**
 * The arithmetic of escrow and fees, in minor units. Fees round down. A bid holds its value at its limit
 * price plus a fee reserve at the highest fee rate it might pay; because rounding down never lets the fee
 * of a part exceed the reserve's share of it, the hold of a bid always covers every fill.
 */
public final class Escrow {
    public static final int BPS = 10_000;

    private Escrow() {
    }

    /** The value of {@code units} at {@code price} ticks. */
    public static long value(long units, long price, long tickSize) {
        return units * price * tickSize;
    }

    /** The fee on a value at a rate in basis points, rounded down. */
    public static long fee(long value, int bps) {
        return value * bps / BPS;
    }

    /** What a bid of {@code units} at {@code price} holds: its value plus the fee reserve. */
    public static long bidHold(long units, long price, long tickSize, int reserveBps) {
        long value = value(units, price, tickSize);
        return value + fee(value, reserveBps);
    }
}
