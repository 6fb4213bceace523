package com.cyclex.market;

import com.cyclex.util.LongMap;
import java.util.function.Consumer;

/**
 * The fast book: each side is a ladder of price levels indexed by price within the band, with a bitset
 * of the non-empty levels so the next best price is a few word scans away. Orders queue in intrusive
 * lists, and an id index finds them for cancel and replace. Nothing is allocated per command but the
 * order itself.
 */
final class LadderBook implements OrderBook {
    private final PriceBand band;
    private final BookListener listener;
    private final Ladder bids;
    private final Ladder asks;
    private final LongMap<Order> orders = new LongMap<>(1024);

    LadderBook(PriceBand band, BookListener listener) {
        this.band = band;
        this.listener = listener;
        this.bids = new Ladder(band, Side.BID);
        this.asks = new Ladder(band, Side.ASK);
    }

    @Override
    public PriceBand band() {
        return band;
    }

    private Ladder ladder(Side side) {
        return side == Side.BID ? bids : asks;
    }

    @Override
    public Order place(long orderId, long memberId, Side side, long price, long units, TimeInForce timeInForce, long reserve) {
        checkPrice(price);
        checkUnits(units);
        if (orders.get(orderId) != null) {
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

    private void matchAndRest(Order order) {
        match(order);
        long open = order.openUnits;
        if (open == 0) {
            return;
        }
        if (order.timeInForce().rests()) {
            rest(order);
        } else {
            order.openUnits = 0;
            listener.onCancel(order, open, CancelReason.IOC_REMAINDER);
        }
    }

    private void rest(Order order) {
        ladder(order.side()).add(order);
        order.resting = true;
        orders.put(order.id(), order);
    }

    private void match(Order taker) {
        Ladder opposite = ladder(taker.side().opposite());
        while (taker.openUnits > 0) {
            PriceLevel level = opposite.bestLevel();
            if (level == null || !taker.crosses(level.price)) {
                return;
            }
            Order maker = level.head;
            while (maker != null && taker.openUnits > 0) {
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
                level.totalUnits -= units;
                Order next = maker.next;
                if (maker.openUnits == 0) {
                    opposite.remove(maker);
                    maker.resting = false;
                    orders.remove(maker.id());
                }
                listener.onTrade(maker, taker, level.price, units);
                maker = next;
            }
        }
    }

    @Override
    public boolean cancel(long orderId, CancelReason reason) {
        Order order = orders.remove(orderId);
        if (order == null) {
            return false;
        }
        ladder(order.side()).remove(order);
        order.resting = false;
        long open = order.openUnits;
        order.openUnits = 0;
        listener.onCancel(order, open, reason);
        return true;
    }

    @Override
    public boolean replace(long orderId, long newPrice, long newUnits, long newReserve) {
        checkPrice(newPrice);
        checkUnits(newUnits);
        Order order = orders.get(orderId);
        if (order == null) {
            return false;
        }
        order.reserve = newReserve;
        long open = order.openUnits;
        if (newPrice == order.price && newUnits <= open) {
            if (newUnits < open) {
                order.openUnits = newUnits;
                order.level.totalUnits -= open - newUnits;
                listener.onCancel(order, open - newUnits, CancelReason.REDUCED);
            }
            return true;
        }
        orders.remove(orderId);
        ladder(order.side()).remove(order);
        order.resting = false;
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
        return orders.get(orderId);
    }

    @Override
    public long bestPrice(Side side) {
        PriceLevel level = ladder(side).bestLevel();
        return level == null ? 0 : level.price;
    }

    @Override
    public long fillableUnits(long memberId, Side side, long limitPrice, long units) {
        Ladder opposite = ladder(side.opposite());
        long fillable = 0;
        for (int slot = opposite.best; slot >= 0; slot = opposite.nextWorse(slot)) {
            PriceLevel level = opposite.levels[slot];
            boolean crosses = side == Side.BID ? limitPrice >= level.price : limitPrice <= level.price;
            if (!crosses) {
                break;
            }
            for (Order maker = level.head; maker != null; maker = maker.next) {
                if (maker.memberId() == memberId) {
                    return fillable;
                }
                fillable += maker.openUnits;
                if (fillable >= units) {
                    return units;
                }
            }
        }
        return fillable;
    }

    @Override
    public int depth(Side side, long[] prices, long[] units) {
        Ladder ladder = ladder(side);
        int n = 0;
        for (int slot = ladder.best; slot >= 0 && n < prices.length; slot = ladder.nextWorse(slot)) {
            PriceLevel level = ladder.levels[slot];
            prices[n] = level.price;
            units[n] = level.totalUnits;
            n++;
        }
        return n;
    }

    @Override
    public void forEachOrder(Consumer<Order> visitor) {
        for (Ladder ladder : new Ladder[] {bids, asks}) {
            for (int slot = ladder.best; slot >= 0; slot = ladder.nextWorse(slot)) {
                for (Order order = ladder.levels[slot].head; order != null; order = order.next) {
                    visitor.accept(order);
                }
            }
        }
    }

    @Override
    public int orderCount() {
        return orders.size();
    }

    @Override
    public void restore(Order order) {
        checkPrice(order.price);
        checkUnits(order.openUnits);
        if (orders.get(order.id()) != null) {
            throw new IllegalArgumentException("order " + order.id() + " is already on the book");
        }
        rest(order);
    }

    private void checkPrice(long price) {
        if (!band.contains(price)) {
            throw new IllegalArgumentException("price " + price + " is outside the band " + band.min() + ".." + band.max());
        }
    }

    private static void checkUnits(long units) {
        if (units < 1) {
            throw new IllegalArgumentException("an order needs at least one unit, not " + units);
        }
    }

    /** One side's price levels, indexed by price minus the band's lowest price. */
    private static final class Ladder {
        private final long minPrice;
        private final boolean bidSide;
        private final PriceLevel[] levels;
        private final long[] occupied;
        /** The slot of the best non-empty level, or -1. */
        private int best = -1;

        Ladder(PriceBand band, Side side) {
            this.minPrice = band.min();
            this.bidSide = side == Side.BID;
            this.levels = new PriceLevel[band.width()];
            this.occupied = new long[(band.width() + 63) >>> 6];
        }

        PriceLevel bestLevel() {
            return best < 0 ? null : levels[best];
        }

        void add(Order order) {
            int slot = (int) (order.price - minPrice);
            PriceLevel level = levels[slot];
            if (level == null) {
                level = new PriceLevel(order.price);
                levels[slot] = level;
            }
            if (level.isEmpty()) {
                occupied[slot >>> 6] |= 1L << slot;
                if (best < 0 || (bidSide ? slot > best : slot < best)) {
                    best = slot;
                }
            }
            level.append(order);
        }

        void remove(Order order) {
            PriceLevel level = order.level;
            level.remove(order);
            if (level.isEmpty()) {
                int slot = (int) (level.price - minPrice);
                occupied[slot >>> 6] &= ~(1L << slot);
                if (slot == best) {
                    best = nextWorse(slot);
                }
            }
        }

        /** The next non-empty slot after this one going away from the best price, or -1. */
        int nextWorse(int slot) {
            return bidSide ? previousOccupied(slot - 1) : nextOccupied(slot + 1);
        }

        private int nextOccupied(int from) {
            if (from >= levels.length) {
                return -1;
            }
            int word = from >>> 6;
            long bits = occupied[word] & (-1L << from);
            while (true) {
                if (bits != 0) {
                    return (word << 6) + Long.numberOfTrailingZeros(bits);
                }
                if (++word == occupied.length) {
                    return -1;
                }
                bits = occupied[word];
            }
        }

        private int previousOccupied(int from) {
            if (from < 0) {
                return -1;
            }
            int word = from >>> 6;
            long bits = occupied[word] & (-1L >>> (63 - (from & 63)));
            while (true) {
                if (bits != 0) {
                    return (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
                }
                if (word-- == 0) {
                    return -1;
                }
                bits = occupied[word];
            }
        }
    }
}
