package com.cyclex.ui.book;

import com.cyclex.api.BookDepth;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.live.LiveQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The selected market's book for a view: fetched when the market is chosen and fetched again (once a frame at
 * most, one fetch in flight) whenever an event says the book may have moved. An answer for a market no longer
 * selected is dropped.
 */
final class BookFeed {
    /** The book is asked for at most 20 times a second: as live to the eye as every frame, at a third of the work. */
    static final long BOOK_EVERY_NANOS = 50_000_000L;

    private final Terminal terminal;
    private final int levels;
    private final Consumer<BookDepth> show;
    private final LiveQuery<BookDepth> query;
    private int market;

    BookFeed(Terminal terminal, int levels, Consumer<BookDepth> show) {
        this.terminal = terminal;
        this.levels = levels;
        this.show = show;
        this.market = terminal.markets().selectedId();
        this.query = terminal.live().query(this::fetch, this::fetched).atMostEvery(BOOK_EVERY_NANOS);
        terminal.markets().selectedProperty().addListener((obs, old, now) -> follow(terminal.markets().selectedId()));
        terminal.live().onEvents(this::onEvents);
    }

    static BookDepth empty(int market) {
        return new BookDepth(market, new long[0], new long[0], new long[0], new long[0]);
    }

    private CompletableFuture<BookDepth> fetch() {
        int m = market;
        return m == 0 ? CompletableFuture.completedFuture(empty(0)) : terminal.client().depth(m, levels);
    }

    private void fetched(BookDepth depth) {
        if (depth.market() == market) {
            show.accept(depth);
        }
    }

    private void follow(int selected) {
        if (selected == market) {
            return;
        }
        market = selected;
        show.accept(empty(market));
        query.refresh();
    }

    private void onEvents(List<ExchangeEvent> events) {
        for (ExchangeEvent e : events) {
            if (movesBook(e)) {
                query.refresh();
                return;
            }
        }
    }

    private boolean movesBook(ExchangeEvent e) {
        if (e instanceof ExchangeEvent.OrderUpdated o) {
            return o.order().market() == market;
        }
        if (e instanceof ExchangeEvent.TradeExecuted t) {
            return t.trade().market() == market;
        }
        if (e instanceof ExchangeEvent.MarketUpdated m) {
            return m.market().id() == market;
        }
        return false;
    }
}
