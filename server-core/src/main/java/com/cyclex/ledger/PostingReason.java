package com.cyclex.ledger;

/** Why credits moved between two accounts. */
public enum PostingReason {
    /** The host created credits. */
    MINT,
    /** A bid's price and fee reserve moved into escrow. */
    BID_HOLD,
    /** Escrow of a bid came back: cancelled units, a better fill price, an unused fee reserve. */
    BID_RELEASE,
    /** The value of a trade moved from the buyer's escrow into the lease's escrow. */
    LEASE_ESCROW,
    /** A fee paid to the exchange. */
    FEE,
    /** A lease's escrow paid to its seller for the capacity delivered. */
    LEASE_PAYOUT,
    /** A lease's escrow given back to its buyer for capacity not delivered. */
    LEASE_REFUND
}
