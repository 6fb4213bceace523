package com.cyclex.lease;

import com.cyclex.market.Trade;

/**
 * What a trade obliges: the seller gives the buyer {@code cores} cores from {@code start} to {@code end}.
 * The trade's value waits in escrow until delivery; the seller's fee is taken from it then.
 *
 * @param escrow credits held for this lease (minor units)
 * @param sellerFee the fee the seller pays out of the escrow on delivery
 */
public record Lease(long id, Trade trade, long cores, long start, long end, long escrow, long sellerFee, LeaseState state) {

    public long buyerId() {
        return trade.buyerId();
    }

    public long sellerId() {
        return trade.sellerId();
    }

    /** The same lease in another state, holding {@code escrow} credits. */
    public Lease with(LeaseState next, long escrowLeft) {
        return new Lease(id, trade, cores, start, end, escrowLeft, sellerFee, next);
    }
}
