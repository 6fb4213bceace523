package com.cyclex.market;

import java.util.ArrayList;
import java.util.List;

/**
 * Records what a book reports. Besides the event tuples it keeps the open and filled units of the
 * orders involved as the callback saw them, because callbacks promise already-updated orders.
 */
final class RecordingListener implements BookListener {
    final List<BookEvent> events = new ArrayList<>();
    /** Per event: maker open, maker filled, taker open, taker filled; or open, filled of the cancelled order. */
    final List<List<Long>> seen = new ArrayList<>();
    /** Per event: whether the maker (or the cancelled order) still claimed to rest during the callback. */
    final List<Boolean> seenResting = new ArrayList<>();
    /** The order objects last reported for each id, newest last. */
    final List<Order> orders = new ArrayList<>();

    @Override
    public void onTrade(Order maker, Order taker, long price, long units) {
        events.add(BookEvent.trade(maker.id(), taker.id(), price, units));
        seen.add(List.of(maker.openUnits(), maker.filledUnits(), taker.openUnits(), taker.filledUnits()));
        seenResting.add(maker.isResting());
        orders.add(maker);
        orders.add(taker);
    }

    @Override
    public void onCancel(Order order, long units, CancelReason reason) {
        events.add(BookEvent.cancel(order.id(), units, reason));
        seen.add(List.of(order.openUnits(), order.filledUnits()));
        seenResting.add(order.isResting());
        orders.add(order);
    }

    /** The events since the last drain, oldest first; forgets them. */
    List<BookEvent> drain() {
        List<BookEvent> out = List.copyOf(events);
        events.clear();
        seen.clear();
        seenResting.clear();
        orders.clear();
        return out;
    }
}
