package com.cyclex.ui.entry;

import com.cyclex.api.BookDepth;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.live.LiveQuery;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;

/**
 * Keeps the best bid and ask of the selected market in the model, for what a market order would do. Asked
 * again when an order of that market changes (at most once per frame, and one question in flight).
 */
final class BookTop {
    private final Terminal terminal;
    private final ObjectProperty<OrderEntryModel.Top> top;

    BookTop(Terminal terminal, ObjectProperty<OrderEntryModel.Top> top) {
        this.terminal = terminal;
        this.top = top;
        LiveQuery<BookDepth> query = terminal.live().query(this::ask, this::show);
        terminal.markets().selectedProperty().addListener((obs, old, market) -> {
            if (old == null || market == null || old.id() != market.id()) {
                top.set(null);
                query.refresh();
            }
        });
        terminal.live().onEvents(events -> {
            int market = terminal.markets().selectedId();
            for (ExchangeEvent e : events) {
                if (e instanceof ExchangeEvent.OrderUpdated u && u.order().market() == market) {
                    query.refresh();
                    return;
                }
            }
        });
    }

    private CompletableFuture<BookDepth> ask() {
        int market = terminal.markets().selectedId();
        return market == 0 ? CompletableFuture.completedFuture(null) : terminal.client().depth(market, 1);
    }

    private void show(BookDepth depth) {
        // The selection may have moved on while the question was out; its own answer is on the way.
        if (depth.market() != terminal.markets().selectedId()) {
            return;
        }
        top.set(new OrderEntryModel.Top(
                depth.bidLevels() > 0 ? depth.bidPrices()[0] : 0,
                depth.askLevels() > 0 ? depth.askPrices()[0] : 0));
    }
}
