package com.cyclex.exchange;

import com.cyclex.market.Trade;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The latest trades of each market and of all markets, a fixed number each, for the terminals' first look at
 * a market. Older trades are in the store's history. Not part of the state: a restart fills it from history.
 */
final class RecentTrades {
    /** Trades kept per market, and for all markets together. */
    static final int KEEP = 500;

    private final Map<Integer, ArrayDeque<Trade>> byMarket = new HashMap<>();
    private final ArrayDeque<Trade> all = new ArrayDeque<>();
    private long lastId;

    /** Adds a trade newer than any kept; an older one (seen again while replaying) is ignored. */
    void add(Trade trade) {
        if (trade.id() <= lastId) {
            return;
        }
        lastId = trade.id();
        push(all, trade);
        push(byMarket.computeIfAbsent(trade.market(), k -> new ArrayDeque<>()), trade);
    }

    private static void push(ArrayDeque<Trade> trades, Trade trade) {
        trades.addLast(trade);
        if (trades.size() > KEEP) {
            trades.pollFirst();
        }
    }

    /** The latest {@code count} trades of a market (0: all markets), oldest first; at most {@link #KEEP}. */
    List<Trade> latest(int market, int count) {
        ArrayDeque<Trade> trades = market == 0 ? all : byMarket.get(market);
        if (trades == null || count <= 0) {
            return List.of();
        }
        int n = Math.min(count, trades.size());
        List<Trade> out = new ArrayList<>(n);
        Iterator<Trade> newest = trades.descendingIterator();
        for (int i = 0; i < n; i++) {
            out.add(newest.next());
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
