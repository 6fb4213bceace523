package com.cyclex.sim.measure;

/**
 * One unit traded in a session, with what it was worth to both sides: the buyer's induced value and the
 * seller's cost of the unit that traded. Seats are indexes into the scenario's seats.
 */
public record Fill(int buyerSeat, int sellerSeat, long price, long value, long cost) {

    /** The surplus the trade made, whatever the price: value minus cost. */
    public long surplus() {
        return value - cost;
    }
}
