package com.cyclex.sim;

import com.cyclex.market.TimeInForce;

/**
 * How a robot sends commands during its turn, as its member in its market. Each call sends one command and
 * returns at once; the result arrives later and shows in the next views. A turn may send only a few
 * commands ({@link #MAX_PER_TURN}): past that, calls send nothing and return false, so one robot cannot
 * flood the exchange or starve the others.
 */
public interface OrderPad {

    /** The most commands one turn may send. */
    int MAX_PER_TURN = 8;

    /** A limit bid: buy up to {@code units} at {@code price} ticks or less. */
    boolean bid(long price, long units, TimeInForce timeInForce);

    /** A limit ask: sell up to {@code units} at {@code price} ticks or more. */
    boolean ask(long price, long units, TimeInForce timeInForce);

    /** A market bid, immediate or cancel: buys what the asks offer within the market's protection. */
    boolean buyNow(long units);

    /** A market ask, immediate or cancel: sells to the bids within the market's protection. */
    boolean sellNow(long units);

    /** Moves one of the robot's orders to a new price and number of open units. */
    boolean replace(long orderId, long newPrice, long newUnits);

    /** Cancels one of the robot's orders. */
    boolean cancel(long orderId);
}
