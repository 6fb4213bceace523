package com.cyclex.api;

/** The host sets a market's maker and taker fees, in basis points of each trade's value. */
public record SetFees(long actor, int market, int makerFeeBps, int takerFeeBps) implements Command {
}
