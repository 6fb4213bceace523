package com.cyclex.net;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * What one member may see. Market data is public: markets, trades and the book's movements. Whose orders they
 * are, who traded with whom, accounts, leases and members are private: each member sees its own. Another
 * member's order update still tells that the book moved, so it goes out without its id, owner and escrow.
 * A job goes to its buyer and its seller only; sellers' reputations go to everyone.
 */
public final class Privacy {
    private Privacy() {
    }

    /** The event as {@code member} may see it, or null when it is none of its business. */
    public static ExchangeEvent view(ExchangeEvent event, long member) {
        if (event instanceof ExchangeEvent.MarketUpdated) {
            return event;
        }
        if (event instanceof ExchangeEvent.TradeExecuted t) {
            return new ExchangeEvent.TradeExecuted(trade(t.trade(), member));
        }
        if (event instanceof ExchangeEvent.OrderUpdated o) {
            return o.order().memberId() == member ? event
                    : new ExchangeEvent.OrderUpdated(anonymous(o.order()), null);
        }
        if (event instanceof ExchangeEvent.AccountUpdated a) {
            return a.account().memberId() == member ? event : null;
        }
        if (event instanceof ExchangeEvent.LeaseUpdated l) {
            return l.lease().buyerId() == member || l.lease().sellerId() == member ? event : null;
        }
        if (event instanceof ExchangeEvent.JobUpdated j) {
            return j.job().buyerId() == member || j.job().sellerId() == member ? event : null;
        }
        if (event instanceof ExchangeEvent.ReputationUpdated) {
            return event; // a seller's record is for every member to weigh its asks by
        }
        if (event instanceof ExchangeEvent.MemberUpdated m) {
            return m.member().id() == member ? event : null;
        }
        return null;
    }

    /** The events of a batch that {@code member} may see, in order. */
    public static List<ExchangeEvent> view(List<ExchangeEvent> events, long member) {
        List<ExchangeEvent> out = new ArrayList<>(events.size());
        for (ExchangeEvent e : events) {
            ExchangeEvent v = view(e, member);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A trade with only the viewer's own side named: the other side's member and order are left out (0). */
    public static Trade trade(Trade t, long member) {
        boolean buyer = t.buyerId() == member;
        boolean seller = t.sellerId() == member;
        if (buyer && seller) {
            return t;
        }
        return new Trade(t.id(), t.market(), buyer ? t.bidOrderId() : 0, seller ? t.askOrderId() : 0,
                buyer ? t.buyerId() : 0, seller ? t.sellerId() : 0, t.price(), t.units(), t.aggressor(), t.time());
    }

    public static List<Trade> trades(List<Trade> trades, long member) {
        List<Trade> out = new ArrayList<>(trades.size());
        for (Trade t : trades) {
            out.add(trade(t, member));
        }
        return out;
    }

    private static OrderInfo anonymous(OrderInfo o) {
        return new OrderInfo(0, o.market(), 0, o.side(), o.price(), o.openUnits(), 0, null, 0, o.resting());
    }
}
