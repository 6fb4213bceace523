package com.cyclex.api;

import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.Reputation;

/** What changed in the exchange, published to subscribers after the change is committed. */
public sealed interface ExchangeEvent {

    /** An order was placed, traded, replaced or cancelled; {@code lastCancel} says why units left, if any did. */
    record OrderUpdated(OrderInfo order, CancelReason lastCancel) implements ExchangeEvent {
    }

    record TradeExecuted(Trade trade) implements ExchangeEvent {
    }

    record LeaseUpdated(Lease lease) implements ExchangeEvent {
    }

    /** A job was submitted, started, reported, verified or ended; its buyer and its seller hear of it. */
    record JobUpdated(Job job) implements ExchangeEvent {
    }

    /** A seller's record changed: public, so every member can weigh its asks. */
    record ReputationUpdated(Reputation reputation) implements ExchangeEvent {
    }

    record AccountUpdated(AccountInfo account) implements ExchangeEvent {
    }

    record MemberUpdated(MemberInfo member) implements ExchangeEvent {
    }

    record MarketUpdated(MarketInfo market) implements ExchangeEvent {
    }
}
