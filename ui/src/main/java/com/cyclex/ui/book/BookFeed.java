package com.cyclex.ui.book;

import com.cyclex.api.AskRecord;
import com.cyclex.api.BookDepth;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.live.LiveQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Something read from the selected market's book for a view (its depth, or its sellers' records): fetched when
 * the market is chosen and fetched again (at most as often as it is allowed, one fetch in flight) whenever an
 * event says the book may have moved. An answer for a market no longer selected is dropped.
 */
final class BookFeed<T> {
    /** The book is asked for at most 20 times a second: as live to the eye as every frame, at a third of the work. */
    static final long BOOK_EVERY_NANOS = 50_000_000L;
    /** Sellers' records change with whole leases: once a second is live enough, and it walks the book's orders. */
    static final long RECORDS_EVERY_NANOS = 1_000_000_000L;

    private record Answer<T>(int market, T value) {
    }

    private final Terminal terminal;
    private final IntFunction<CompletableFuture<T>> fetch;
    private final IntFunction<T> empty;
    private final Consumer<T> show;
    private final LiveQuery<Answer<T>> query;
    private int market;

    private BookFeed(Terminal terminal, long everyNanos, IntFunction<CompletableFuture<T>> fetch, IntFunction<T> empty,
                     Consumer<T> show) {
        this.terminal = terminal;
        this.fetch = fetch;
        this.empty = empty;
        this.show = show;
        this.market = terminal.markets().selectedId();
        this.query = terminal.live().query(this::fetch, this::fetched).atMostEvery(everyNanos);
        terminal.markets().selectedProperty().addListener((obs, old, now) -> follow(terminal.markets().selectedId()));
        terminal.live().onEvents(this::onEvents);
    }

    /** The best {@code levels} levels a side of the selected market's book. */
    static BookFeed<BookDepth> depth(Terminal terminal, int levels, Consumer<BookDepth> show) {
        return new BookFeed<>(terminal, BOOK_EVERY_NANOS, m -> terminal.client().depth(m, levels), BookFeed::empty, show);
    }

    /** The records of the sellers at the best {@code levels} ask levels of the selected market. */
    static BookFeed<List<AskRecord>> askRecords(Terminal terminal, int levels, Consumer<List<AskRecord>> show) {
        return new BookFeed<>(terminal, RECORDS_EVERY_NANOS, m -> terminal.client().askRecords(m, levels)
                .exceptionally(e -> List.of()), m -> List.of(), show);
    }

    static BookDepth empty(int market) {
        return new BookDepth(market, new long[0], new long[0], new long[0], new long[0]);
    }

    private CompletableFuture<Answer<T>> fetch() {
        int m = market;
        return (m == 0 ? CompletableFuture.completedFuture(empty.apply(0)) : fetch.apply(m)).thenApply(v -> new Answer<>(m, v));
    }

    private void fetched(Answer<T> answer) {
        if (answer.market() == market) {
            show.accept(answer.value());
        }
    }

    private void follow(int selected) {
        if (selected == market) {
            return;
        }
        market = selected;
        show.accept(empty.apply(market));
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
        // a seller's record moved: rare (a lease ended), and the records feed shows it
        return e instanceof ExchangeEvent.ReputationUpdated;
    }
}
