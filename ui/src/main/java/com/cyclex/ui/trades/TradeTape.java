package com.cyclex.ui.trades;

import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Time and sales' view model: the last trades of one market, newest first, never more than the capacity, so
 * the list a view shows stays the same size however long the session runs. Knows which trades arrived in the
 * latest batch, so a view can flash just those.
 */
public final class TradeTape {
    private final int capacity;
    private final ObservableList<Trade> trades = FXCollections.observableArrayList();
    private long freshAbove = Long.MAX_VALUE;

    public TradeTape(int capacity) {
        this.capacity = capacity;
    }

    /** Replaces the tape with trades fetched from the exchange, oldest first; none of them counts as fresh. */
    public void reset(List<Trade> oldestFirst) {
        int from = Math.max(0, oldestFirst.size() - capacity);
        List<Trade> newestFirst = new ArrayList<>(oldestFirst.size() - from);
        for (int i = oldestFirst.size() - 1; i >= from; i--) {
            newestFirst.add(oldestFirst.get(i));
        }
        freshAbove = Long.MAX_VALUE;
        trades.setAll(newestFirst);
    }

    /** Puts new trades (oldest first) on top and lets the oldest drop off; trades already shown are skipped. */
    public void append(List<Trade> oldestFirst) {
        long newest = newestId();
        List<Trade> newestFirst = new ArrayList<>(Math.min(oldestFirst.size(), capacity));
        for (int i = oldestFirst.size() - 1; i >= 0 && newestFirst.size() < capacity; i--) {
            Trade t = oldestFirst.get(i);
            if (t.id() > newest) {
                newestFirst.add(t);
            }
        }
        if (newestFirst.isEmpty()) {
            return;
        }
        freshAbove = newest;
        int overflow = trades.size() + newestFirst.size() - capacity;
        if (overflow > 0) {
            trades.remove(trades.size() - Math.min(overflow, trades.size()), trades.size());
        }
        trades.addAll(0, newestFirst);
    }

    /** The trades shown, newest first. */
    public ObservableList<Trade> trades() {
        return trades;
    }

    /** Whether a trade came in the latest live batch (rather than from the initial fetch or an earlier batch). */
    public boolean isFresh(Trade trade) {
        return trade.id() > freshAbove;
    }

    public int capacity() {
        return capacity;
    }

    private long newestId() {
        return trades.isEmpty() ? 0 : trades.get(0).id();
    }
}
