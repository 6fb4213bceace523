package com.cyclex.market;

/**
 * One order as a book holds it. The book owns the mutable fields; everyone else reads them.
 * The intrusive links let the fast book queue orders at a price level without extra nodes.
 */
public final class Order {
    private final long id;
    private final long memberId;
    private final Side side;
    private final TimeInForce timeInForce;
    long price;
    long openUnits;
    long filledUnits;
    /** Opaque to the book: the owner layer keeps what it needs to release an order's escrow here. */
    long reserve;
    boolean resting;

    Order prev;
    Order next;
    PriceLevel level;

    public Order(long id, long memberId, Side side, long price, long openUnits, TimeInForce timeInForce, long reserve) {
        this.id = id;
        this.memberId = memberId;
        this.side = side;
        this.price = price;
        this.openUnits = openUnits;
        this.timeInForce = timeInForce;
        this.reserve = reserve;
    }

    /** An order as it was saved, to put back on a book with {@link OrderBook#restore}. */
    public static Order restored(long id, long memberId, Side side, long price, long openUnits, long filledUnits,
                                 TimeInForce timeInForce, long reserve) {
        Order order = new Order(id, memberId, side, price, openUnits, timeInForce, reserve);
        order.filledUnits = filledUnits;
        return order;
    }

    public long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public Side side() {
        return side;
    }

    public long price() {
        return price;
    }

    public long openUnits() {
        return openUnits;
    }

    public long filledUnits() {
        return filledUnits;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public long reserve() {
        return reserve;
    }

    /** Whether the order is on the book now. */
    public boolean isResting() {
        return resting;
    }

    /** Whether this order and that one would trade at this order's price. */
    boolean crosses(long otherPrice) {
        return side == Side.BID ? price >= otherPrice : price <= otherPrice;
    }

    @Override
    public String toString() {
        return side + "#" + id + "(member " + memberId + ", " + openUnits + " @ " + price + ", " + timeInForce + ")";
    }
}
