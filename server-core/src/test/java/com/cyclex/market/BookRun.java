package com.cyclex.market;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A book under a recording listener that runs {@link BookOp}s and says what each returned. */
final class BookRun {
    /** What a command returned when the book refused its arguments. */
    static final String REJECTED = "IllegalArgumentException";

    final PriceBand band;
    final RecordingListener listener = new RecordingListener();
    private final BiFunction<PriceBand, BookListener, OrderBook> factory;
    private final boolean rebuilds;
    OrderBook book;
    /** The order the last place or market command made, or null when it was refused. */
    Order placed;

    /** @param rebuilds whether {@link BookOp.Rebuild} really rebuilds this book (else it is ignored) */
    BookRun(PriceBand band, BiFunction<PriceBand, BookListener, OrderBook> factory, boolean rebuilds) {
        this.band = band;
        this.factory = factory;
        this.rebuilds = rebuilds;
        this.book = factory.apply(band, listener);
    }

    static BookRun ladder(PriceBand band) {
        return new BookRun(band, LadderBook::new, true);
    }

    /**
     * Runs one command. Returns the placed order's open units, filled units and resting flag, the
     * boolean of cancel and replace, or {@link #REJECTED}.
     */
    Object run(BookOp op) {
        placed = null;
        try {
            if (op instanceof BookOp.Place p) {
                placed = book.place(p.id(), p.member(), p.side(), p.price(), p.units(), p.tif(), p.reserve());
                return result(placed);
            }
            if (op instanceof BookOp.Market m) {
                placed = book.placeMarket(m.id(), m.member(), m.side(), m.units(), m.tif(), m.reserve());
                return result(placed);
            }
            if (op instanceof BookOp.Cancel c) {
                return book.cancel(c.id(), c.reason());
            }
            if (op instanceof BookOp.Replace r) {
                return r.keepReserve()
                        ? book.replace(r.id(), r.price(), r.units())
                        : book.replace(r.id(), r.price(), r.units(), r.reserve());
            }
            if (rebuilds) {
                rebuild();
            }
            return "rebuilt";
        } catch (IllegalArgumentException e) {
            return REJECTED;
        }
    }

    private static List<Object> result(Order order) {
        return List.of(order.openUnits(), order.filledUnits(), order.isResting());
    }

    private void rebuild() {
        List<Order> saved = new ArrayList<>();
        book.forEachOrder(o -> saved.add(Order.restored(o.id(), o.memberId(), o.side(), o.price(), o.openUnits(),
                o.filledUnits(), o.timeInForce(), o.reserve())));
        book = factory.apply(band, listener);
        saved.forEach(book::restore);
    }

    /** The resting orders in the book's own priority order: bids best first, then asks best first. */
    List<Order> resting() {
        List<Order> out = new ArrayList<>();
        book.forEachOrder(out::add);
        return out;
    }
}
