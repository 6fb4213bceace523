package com.cyclex.market;

import java.util.ArrayList;
import java.util.List;

/** Everything a book shows from outside, as values: its orders in visiting order, depth, best prices, count. */
record BookState(List<OrderState> orders, List<Long> bidDepth, List<Long> askDepth, List<Long> topBids, List<Long> topAsks,
                 long bestBid, long bestAsk, int orderCount) {

    record OrderState(long id, long member, Side side, long price, long open, long filled, TimeInForce tif, long reserve,
                      boolean resting, boolean findable) {
    }

    static BookState of(OrderBook book) {
        List<OrderState> orders = new ArrayList<>();
        book.forEachOrder(o -> orders.add(new OrderState(o.id(), o.memberId(), o.side(), o.price(), o.openUnits(),
                o.filledUnits(), o.timeInForce(), o.reserve(), o.isResting(), book.find(o.id()) == o)));
        int room = orders.size() + 1;
        return new BookState(orders, depth(book, Side.BID, room), depth(book, Side.ASK, room),
                depth(book, Side.BID, 2), depth(book, Side.ASK, 2),
                book.bestPrice(Side.BID), book.bestPrice(Side.ASK), book.orderCount());
    }

    /** Up to {@code room} levels as price, units, price, units, ... */
    static List<Long> depth(OrderBook book, Side side, int room) {
        long[] prices = new long[room];
        long[] units = new long[room];
        int n = book.depth(side, prices, units);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prices[i]);
            out.add(units[i]);
        }
        return out;
    }
}
