package com.cyclex.ui.book;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's resting orders, so the ladder can mark the levels they sit at. Starts from a fetch of the open
 * orders and follows the operator's order events; events that come before the fetch answers are replayed on
 * top of it, so the latest state of each order wins.
 */
final class OwnOrders {
    private final long me;
    private final Map<Long, OrderInfo> resting = new HashMap<>();
    private final List<OrderInfo> early = new ArrayList<>();
    private boolean fetched;

    OwnOrders(long me) {
        this.me = me;
    }

    /** The fetched open orders; returns whether anything changed. */
    boolean fetched(List<OrderInfo> open) {
        resting.clear();
        for (OrderInfo o : open) {
            put(o);
        }
        fetched = true;
        for (OrderInfo o : early) {
            put(o);
        }
        early.clear();
        return true;
    }

    /** Follows the operator's orders in a frame's events; returns whether any of them changed. */
    boolean apply(List<ExchangeEvent> events) {
        boolean changed = false;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.OrderUpdated u && u.order().memberId() == me) {
                if (fetched) {
                    put(u.order());
                } else {
                    early.add(u.order());
                }
                changed = true;
            }
        }
        return changed;
    }

    private void put(OrderInfo o) {
        if (o.resting() && o.openUnits() > 0) {
            resting.put(o.id(), o);
        } else {
            resting.remove(o.id());
        }
    }

    /** The operator's units resting at each price on one side of a market. */
    Map<Long, Long> unitsByPrice(int market, Side side) {
        Map<Long, Long> out = new HashMap<>();
        for (OrderInfo o : resting.values()) {
            if (o.market() == market && o.side() == side) {
                out.merge(o.price(), o.openUnits(), Long::sum);
            }
        }
        return out;
    }
}
