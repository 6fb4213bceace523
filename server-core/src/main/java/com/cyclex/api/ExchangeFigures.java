package com.cyclex.api;

/**
 * The exchange at a glance, for the host's view. Counts are since the host started (they are not part of
 * the recovered state); the rest is the state itself.
 *
 * @param orderCommands accepted place, replace and cancel commands since start-up
 * @param openOrders orders resting on all books
 * @param openInterest cores sold in leases not yet delivered
 * @param bidEscrow credits held for open bids
 * @param leaseEscrow credits held for undelivered leases
 */
public record ExchangeFigures(long orderCommands, long trades, long openOrders, long openInterest, long bidEscrow,
                              long leaseEscrow, long fees, long issued, int members, int markets) {
}
