package com.cyclex.api;

/**
 * The record of the sellers resting at one ask level, for a buyer to weigh next to the price: how many sellers
 * offer there and their reputations summed (leases delivered and failed through the seller, verifications passed
 * and failed). It names no seller: the book stays anonymous, the record does not.
 */
public record AskRecord(long price, int sellers, long leasesDelivered, long leasesFailed, long verificationsPassed,
                        long verificationsFailed) {

    /** Leases delivered of those that ended through the sellers, in percent; -1 while none has. */
    public int deliveredPercent() {
        long ended = leasesDelivered + leasesFailed;
        return ended == 0 ? -1 : (int) (100 * leasesDelivered / ended);
    }

    public boolean isNone() {
        return leasesDelivered == 0 && leasesFailed == 0 && verificationsPassed == 0 && verificationsFailed == 0;
    }
}
