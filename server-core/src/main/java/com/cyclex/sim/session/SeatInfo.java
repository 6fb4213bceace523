package com.cyclex.sim.session;

import com.cyclex.market.Side;

/** What a seat's trader knows privately: its side, the limit of its next unit, what is left of the period. */
public interface SeatInfo {

    /** BID for a buyer, ASK for a seller. */
    Side side();

    /** The induced value (buyer) or cost (seller) of the next unit to trade, in ticks; 0 when none is left. */
    long limit();

    /** Units the seat may still trade this period. */
    int unitsLeft();

    /** The lowest price of the market's band, in ticks. */
    long priceMin();

    /** The highest price of the market's band, in ticks. */
    long priceMax();

    /** The share of the period still to run: 1 at its start, 0 at its end. */
    double timeLeft();
}
