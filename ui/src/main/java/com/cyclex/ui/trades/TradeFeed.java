package com.cyclex.ui.trades;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.live.LiveQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The trades of the selected market for a view: the recent ones fetched when the market is chosen, then each
 * new one from the live events, every trade exactly once and in order. Trades that arrive while the fetch is
 * on its way are held back and added after it, so none is lost or shown twice in the gap.
 */
public final class TradeFeed {
    /** What a view does with the trades, on the JavaFX thread. */
    public interface Listener {
        /** The market changed or its recent trades arrived: show exactly these, oldest first. */
        void reset(List<Trade> oldestFirst);

        /** Trades newer than any given before, oldest first. */
        void append(List<Trade> oldestFirst);
    }

    /** A fetch's answer, tagged with the market it was asked for: the selection may have moved on since. */
    private record Recent(int market, List<Trade> trades) {
    }

    private final Terminal terminal;
    private final int count;
    private final Listener listener;
    private final List<Trade> heldBack = new ArrayList<>();
    private final LiveQuery<Recent> query;
    private int market;
    private boolean fetched;
    private long newestId;

    public TradeFeed(Terminal terminal, int count, Listener listener) {
        this.terminal = terminal;
        this.count = count;
        this.listener = listener;
        this.market = terminal.markets().selectedId();
        this.query = terminal.live().query(this::fetch, this::fetched);
        terminal.markets().selectedProperty().addListener((obs, old, now) -> follow(terminal.markets().selectedId()));
        terminal.live().onEvents(this::onEvents);
    }

    private CompletableFuture<Recent> fetch() {
        int m = market;
        if (m == 0) {
            return CompletableFuture.completedFuture(new Recent(0, List.of()));
        }
        // A failed fetch still counts as fetched (with nothing), so the live trades held back are not held forever.
        return terminal.client().recentTrades(m, count)
                .thenApply(list -> new Recent(m, list))
                .exceptionally(error -> new Recent(m, List.of()));
    }

    private void follow(int selected) {
        if (selected == market) {
            return;
        }
        market = selected;
        fetched = false;
        heldBack.clear();
        newestId = 0;
        listener.reset(List.of());
        query.refresh();
    }

    private void fetched(Recent recent) {
        if (recent.market() != market) {
            return;
        }
        fetched = true;
        if (market == 0) {
            return; // nothing selected yet: nothing to show, and no trades are followed
        }
        List<Trade> trades = recent.trades();
        newestId = trades.isEmpty() ? 0 : trades.get(trades.size() - 1).id();
        listener.reset(trades);
        List<Trade> later = newer(heldBack);
        heldBack.clear();
        if (!later.isEmpty()) {
            listener.append(later);
        }
    }

    private void onEvents(List<ExchangeEvent> events) {
        List<Trade> trades = null;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.TradeExecuted t && t.trade().market() == market && market != 0) {
                if (trades == null) {
                    trades = new ArrayList<>();
                }
                trades.add(t.trade());
            }
        }
        if (trades == null) {
            return;
        }
        if (!fetched) {
            heldBack.addAll(trades);
            return;
        }
        List<Trade> later = newer(trades);
        if (!later.isEmpty()) {
            listener.append(later);
        }
    }

    /** The trades not given yet, advancing the mark. */
    private List<Trade> newer(List<Trade> trades) {
        List<Trade> out = new ArrayList<>(trades.size());
        for (Trade t : trades) {
            if (t.id() > newestId) {
                out.add(t);
                newestId = t.id();
            }
        }
        return out;
    }

    /** The market whose trades are being followed, 0 for none. */
    public int market() {
        return market;
    }
}
