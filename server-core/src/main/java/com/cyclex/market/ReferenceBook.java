package com.cyclex.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The obviously-right book: one list of resting orders, sorted into priority whenever it is read.
 * Slow on purpose; the fast book must produce exactly the same trades and cancels on every stream.
 */
public final class ReferenceBook implements OrderBook {
    private final PriceBand band;
    private final BookListener listener;
    private final List<Entry> resting = new ArrayList<>();
    private long arrivals;

    /** One resting order and when it took its place in the queue. */
    private record Entry(Order order, long arrival) {
    }

    public ReferenceBook(PriceBand band, BookListener listener) {
        this.band = band;
        this.listener = listener;
    }

    @Override
    public PriceBand band() {
        return band;
    }

    /** Resting orders of a side in priority order: best price, then earliest arrival. */
    private List<Order> queue(Side side) {
        Comparator<Entry> byPrice = Comparator.comparingLong(e -> e.order().price());
        if (side == Side.BID) {
            byPrice = byPrice.reversed();
        }
        return resting.stream()
                .filter(e -> e.order().side() == side)
                .sorted(byPrice.thenComparingLong(Entry::arrival))
                .map(Entry::order)
                .toList();
    }

    private static boolean crosses(Side side, long limit, long price) {
        return side == Side.BID ? limit >= price : limit <= price;
    }

    @Override
    public Order place(long orderId, long memberId, Side side, long price, long units, TimeInForce timeInForce, long reserve) {
        check(price, units);
        if (find(orderId) != null) {
            throw new IllegalArgumentException("order " + orderId + " is already on the book");
        }
        Order order = new Order(orderId, memberId, side, price, units, timeInForce, reserve);
        if (timeInForce == TimeInForce.FOK && fillableUnits(memberId, side, price, units) < units) {
            order.openUnits = 0;
            listener.onCancel(order, units, CancelReason.FOK_KILLED);
            return order;
        }
        matchAndRest(order);
        return order;
    }

    private void matchAndRest(Order taker) {
        for (Order maker : queue(taker.side().opposite())) {
            if (taker.openUnits == 0 || !crosses(taker.side(), taker.price, maker.price)) {
                break;
            }
            if (maker.memberId() == taker.memberId()) {
                long open = taker.openUnits;
                taker.openUnits = 0;
                listener.onCancel(taker, open, CancelReason.SELF_TRADE);
                return;
            }
            long units = Math.min(maker.openUnits, taker.openUnits);
            maker.openUnits -= units;
            maker.filledUnits += units;
            taker.openUnits -= units;
            taker.filledUnits += units;
            if (maker.openUnits == 0) {
                removeEntry(maker.id());
            }
            listener.onTrade(maker, taker, maker.price, units);
        }
        long open = taker.openUnits;
        if (open == 0) {
            return;
        }
        if (taker.timeInForce().rests()) {
            taker.resting = true;
            resting.add(new Entry(taker, arrivals++));
        } else {
            taker.openUnits = 0;
            listener.onCancel(taker, open, CancelReason.IOC_REMAINDER);
        }
    }

    private void removeEntry(long orderId) {
        resting.removeIf(e -> {
            if (e.order().id() == orderId) {
                e.order().resting = false;
                return true;
            }
            return false;
        });
    }

    @Override
    public boolean cancel(long orderId, CancelReason reason) {
        Order order = find(orderId);
        if (order == null) {
            return false;
        }
        removeEntry(orderId);
        long open = order.openUnits;
        order.openUnits = 0;
        listener.onCancel(order, open, reason);
        return true;
    }

    @Override
    public boolean replace(long orderId, long newPrice, long newUnits, long newReserve) {
        check(newPrice, newUnits);
        Order order = find(orderId);
        if (order == null) {
            return false;
        }
        order.reserve = newReserve;
        long open = order.openUnits;
        if (newPrice == order.price && newUnits <= open) {
            if (newUnits < open) {
                order.openUnits = newUnits;
                listener.onCancel(order, open - newUnits, CancelReason.REDUCED);
            }
            return true;
        }
        removeEntry(orderId);
        order.price = newPrice;
        order.openUnits = newUnits;
        if (newUnits < open) {
            listener.onCancel(order, open - newUnits, CancelReason.REDUCED);
        }
        matchAndRest(order);
        return true;
    }

    @Override
    public Order find(long orderId) {
        for (Entry e : resting) {
            if (e.order().id() == orderId) {
                return e.order();
            }
        }
        return null;
    }

    @Override
    public long bestPrice(Side side) {
        List<Order> queue = queue(side);
        return queue.isEmpty() ? 0 : queue.get(0).price;
    }

    @Override
    public long fillableUnits(long memberId, Side side, long limitPrice, long units) {
        long fillable = 0;
        for (Order maker : queue(side.opposite())) {
            if (!crosses(side, limitPrice, maker.price) || maker.memberId() == memberId) {
                break;
            }
            fillable += maker.openUnits;
        }
        return Math.min(fillable, units);
    }

    @Override
    public int depth(Side side, long[] prices, long[] units) {
        int n = -1;
        for (Order order : queue(side)) {
            if (n < 0 || prices[n] != order.price) {
                if (n + 1 == prices.length) {
                    break;
                }
                n++;
                prices[n] = order.price;
                units[n] = 0;
            }
            units[n] += order.openUnits;
        }
        return n + 1;
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        queue(Side.BID).forEach(visitor);
        queue(Side.ASK).forEach(visitor);
    }

    @Override
    public int orderCount() {
        return resting.size();
    }

    @Override
    public void restore(Order order) {
        check(order.price, order.openUnits);
        if (find(order.id()) != null) {
            throw new IllegalArgumentException("order " + order.id() + " is already on the book");
        }
        order.resting = true;
        resting.add(new Entry(order, arrivals++));
    }

    private void check(long price, long units) {
        if (!band.contains(price)) {
            throw new IllegalArgumentException("price " + price + " is outside the band " + band.min() + ".." + band.max());
        }
        if (units < 1) {
            throw new IllegalArgumentException("an order needs at least one unit, not " + units);
        }
    }
}
