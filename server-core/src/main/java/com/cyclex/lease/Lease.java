package com.cyclex.lease;

import com.cyclex.market.Trade;

/**
 * What a trade obliges: the seller gives the buyer {@code cores} cores from {@code start} to {@code end}.
 * The trade's value waits in escrow and streams to the seller as the term is delivered, a slice every
 * {@link #payEvery} of it, less the seller's fee in the same proportion; what is not delivered goes back to
 * the buyer when the lease fails. So at every moment {@code escrow + paid + feeTaken + refunded} is the value
 * the trade moved into escrow.
 *
 * @param escrow credits still held for this lease (minor units)
 * @param sellerFee the fee the seller pays over the whole term, out of the escrow
 * @param paid credits paid to the seller so far, after fees
 * @param feeTaken the part of the seller's fee taken so far
 * @param refunded credits given back to the buyer for capacity not delivered
 * @param deliveredTo the time up to which the term has been delivered and paid for ({@code start} at first)
 * @param ending why the lease failed; null unless {@code state} is FAILED
 */
public record Lease(long id, Trade trade, long cores, long start, long end, long escrow, long sellerFee, LeaseState state,
                    long paid, long feeTaken, long refunded, long deliveredTo, LeaseEnd ending) {

    /** A lease as a trade makes it: nothing delivered yet. */
    public Lease(long id, Trade trade, long cores, long start, long end, long escrow, long sellerFee, LeaseState state) {
        this(id, trade, cores, start, end, escrow, sellerFee, state, 0, 0, 0, start, null);
    }

    public long buyerId() {
        return trade.buyerId();
    }

    public long sellerId() {
        return trade.sellerId();
    }

    /** The credits the trade put into escrow for this lease. */
    public long value() {
        return escrow + paid + feeTaken + refunded;
    }

    /** The same lease in another state, holding {@code escrowLeft} credits (nothing paid meanwhile). */
    public Lease with(LeaseState next, long escrowLeft) {
        return new Lease(id, trade, cores, start, end, escrowLeft, sellerFee, next, paid, feeTaken, refunded, deliveredTo, ending);
    }

    /** Whether anything has been delivered, paid or refunded: a lease as the trade made it hashes as it always did. */
    public boolean settledAny() {
        return paid != 0 || feeTaken != 0 || refunded != 0 || deliveredTo != start || ending != null;
    }

    /**
     * How often a lease of this term pays its seller: a sixtieth of the term, at most a minute and at least a
     * millisecond, so a one-minute lease pays every second and an hour's lease every minute.
     */
    public static long payEvery(long termMillis) {
        return Math.max(1, Math.min(60_000, termMillis / 60));
    }

    /** When this active lease next has something due: its next payment, or its end. */
    public long nextPayment() {
        return Math.min(end, deliveredTo + payEvery(end - start));
    }
}
