package com.cyclex.ui.orders;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.lease.Lease;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The operator's trades as buyer or seller, newest first, the last {@link #LIMIT} only. Every trade makes a
 * lease, so the first answer comes from the operator's leases (all of its trades, in every market), and new
 * trades from TradeExecuted events.
 */
public final class MyTradesModel {
    public static final int LIMIT = 500;

    private final long me;
    private final LiveRows<Trade> rows = new LiveRows<>(Trade::id,
            Comparator.comparingLong(Trade::id).reversed(), t -> true, LIMIT);

    public MyTradesModel(long me) {
        this.me = me;
    }

    public ObservableList<Trade> trades() {
        return rows.rows();
    }

    /** The operator's side of a trade: BID when it bought. */
    public Side side(Trade t) {
        return t.buyerId() == me ? Side.BID : Side.ASK;
    }

    /** Whether the operator took liquidity in this trade (and so paid the taker fee). */
    public boolean took(Trade t) {
        return side(t) == t.aggressor();
    }

    /** The other member of a trade, or 0 when the exchange does not say (to a member that joined over the network). */
    public long counterparty(Trade t) {
        return t.buyerId() == me ? t.sellerId() : t.buyerId();
    }

    void asked() {
        rows.asked();
    }

    void answered(List<Lease> leases) {
        rows.answered(leases.stream().map(Lease::trade).toList());
    }

    public void apply(List<ExchangeEvent> events) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.TradeExecuted t && (t.trade().buyerId() == me || t.trade().sellerId() == me)) {
                rows.heard(t.trade());
            }
        }
    }
}
