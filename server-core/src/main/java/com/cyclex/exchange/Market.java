package com.cyclex.exchange;

import com.cyclex.api.MarketInfo;
import com.cyclex.market.BookListener;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.OrderBook;

/** One listed market: its definition, whether it trades, and its book. Owned by the sequencer thread. */
final class Market {
    private final int id;
    private final OrderBook book;
    private MarketSpec spec;
    private MarketStatus status = MarketStatus.OPEN;

    Market(int id, MarketSpec spec, BookListener listener) {
        this.id = id;
        this.spec = spec;
        this.book = OrderBook.create(spec.band(), listener);
    }

    int id() {
        return id;
    }

    MarketSpec spec() {
        return spec;
    }

    OrderBook book() {
        return book;
    }

    MarketStatus status() {
        return status;
    }

    void setStatus(MarketStatus status) {
        this.status = status;
    }

    void setFees(int makerBps, int takerBps) {
        spec = spec.withFees(makerBps, takerBps);
    }

    /** The fee rate a bid reserves: the higher of the two, since it may end up either maker or taker. */
    int reserveBps() {
        return OrderChecks.reserveBps(spec);
    }

    MarketInfo info() {
        return new MarketInfo(id, spec, status);
    }
}
