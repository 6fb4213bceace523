package com.cyclex.market;

/** The side of an order: a bid buys capacity, an ask sells it. */
public enum Side {
    BID,
    ASK;

    /** The side this side trades against. */
    public Side opposite() {
        return this == BID ? ASK : BID;
    }
}
