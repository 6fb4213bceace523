package com.cyclex.market;

import java.util.function.Consumer;

/**
 * The order book of one market: a continuous double auction with price-time priority.
 * Pure and single-threaded: no IO, no clock, no locks. Fills and cancels reach the {@link BookListener}
 * given at creation. Self-trade prevention cancels the newest order (the incoming one).
 *
 * <p>Arguments a caller could check beforehand (price outside the band, units below one, an order id
 * already resting) throw {@link IllegalArgumentException}; the exchange checks them first and turns them
 * into rejections with reasons.
 */
public interface OrderBook {

    /** The fast book for a band, reporting to a listener. */
    static OrderBook create(PriceBand band, BookListener listener) {
        return new LadderBook(band, listener);
    }

    PriceBand band();

    /**
     * Places a limit order. It trades with what it crosses, then rests (GTC, DAY) or has its remainder
     * cancelled (IOC); a FOK order that cannot fill completely is cancelled whole and trades nothing.
     *
     * @param reserve opaque to the book; kept with the order for its owner
     * @return the order, resting or not; its open and filled units tell what happened
     */
    Order place(long orderId, long memberId, Side side, long price, long units, TimeInForce timeInForce, long reserve);

    /** Places a market order: IOC or FOK, trading at any price within the band. */
    default Order placeMarket(long orderId, long memberId, Side side, long units, TimeInForce timeInForce, long reserve) {
        if (timeInForce.rests()) {
            throw new IllegalArgumentException("a market order cannot rest: use IOC or FOK, not " + timeInForce);
        }
        long limit = side == Side.BID ? band().max() : band().min();
        return place(orderId, memberId, side, limit, units, timeInForce, reserve);
    }

    /** Cancels the open units of a resting order; false when no such order rests. */
    boolean cancel(long orderId, CancelReason reason);

    /**
     * Changes a resting order's price and open units. The same price with fewer units keeps the order's
     * place in the queue; any other change moves it to the back of its (new) price level, and it
     * trades first if the new price crosses. False when no such order rests.
     *
     * @param newReserve replaces the order's opaque reserve
     */
    boolean replace(long orderId, long newPrice, long newUnits, long newReserve);

    /** Replaces an order's price and units, keeping its reserve. */
    default boolean replace(long orderId, long newPrice, long newUnits) {
        Order order = find(orderId);
        return order != null && replace(orderId, newPrice, newUnits, order.reserve());
    }

    /** The resting order with this id, or null. */
    Order find(long orderId);

    /** The best resting price on a side, or 0 when that side is empty. */
    long bestPrice(Side side);

    /**
     * How many of {@code units} an incoming order of this member, side and limit would fill now,
     * stopping where self-trade prevention would stop it.
     */
    long fillableUnits(long memberId, Side side, long limitPrice, long units);

    /**
     * Copies up to {@code prices.length} levels of one side, best first, into the arrays.
     *
     * @return the number of levels copied
     */
    int depth(Side side, long[] prices, long[] units);

    /** Visits resting orders side by side (bids, then asks), best price first, oldest first within a price. */
    void forEachOrder(Consumer<Order> visitor);

    /** The number of resting orders. */
    int orderCount();

    /**
     * Puts an order back on the book exactly as it was, at the back of its price level, without matching.
     * Used to rebuild a book from a saved state; the caller restores orders in priority order.
     */
    void restore(Order order);
}
