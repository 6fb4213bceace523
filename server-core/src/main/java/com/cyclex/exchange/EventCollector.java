package com.cyclex.exchange;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.ledger.Ledger;
import com.cyclex.lease.Lease;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Order;
import com.cyclex.market.Trade;
import com.cyclex.member.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers what one command touched and, when it is done, tells the sink once per order and per account in
 * their final state. With no sink it does nothing at all, so the bare engine pays nothing for events.
 */
final class EventCollector {
    private final Ledger ledger;
    private Consumer<ExchangeEvent> sink;

    private final List<Order> orders = new ArrayList<>();
    private final List<Integer> orderMarkets = new ArrayList<>();
    private final List<CancelReason> orderCancels = new ArrayList<>();
    private final List<Member> accounts = new ArrayList<>();
    private final List<ExchangeEvent> ordered = new ArrayList<>();

    EventCollector(Ledger ledger) {
        this.ledger = ledger;
    }

    void setSink(Consumer<ExchangeEvent> sink) {
        this.sink = sink;
    }

    boolean enabled() {
        return sink != null;
    }

    void order(int market, Order order, CancelReason cancel) {
        if (sink == null) {
            return;
        }
        int i = orders.lastIndexOf(order);
        if (i < 0) {
            orders.add(order);
            orderMarkets.add(market);
            orderCancels.add(cancel);
        } else if (cancel != null) {
            orderCancels.set(i, cancel);
        }
    }

    void account(Member member) {
        if (sink != null && !accounts.contains(member)) {
            accounts.add(member);
        }
    }

    void trade(Trade trade, Lease lease) {
        if (sink != null) {
            ordered.add(new ExchangeEvent.TradeExecuted(trade));
            ordered.add(new ExchangeEvent.LeaseUpdated(lease));
        }
    }

    /** Any other event, told in the order it happened. */
    void event(ExchangeEvent event) {
        if (sink != null) {
            ordered.add(event);
        }
    }

    /** Tells the sink everything the command did, then forgets it. */
    void flush() {
        if (sink == null) {
            return;
        }
        for (ExchangeEvent e : ordered) {
            sink.accept(e);
        }
        for (int i = 0; i < orders.size(); i++) {
            sink.accept(new ExchangeEvent.OrderUpdated(info(orderMarkets.get(i), orders.get(i)), orderCancels.get(i)));
        }
        for (Member m : accounts) {
            sink.accept(new ExchangeEvent.AccountUpdated(account(m, ledger)));
        }
        clear();
    }

    /** Forgets what a rejected command touched. */
    void clear() {
        orders.clear();
        orderMarkets.clear();
        orderCancels.clear();
        accounts.clear();
        ordered.clear();
    }

    static OrderInfo info(int market, Order o) {
        return new OrderInfo(o.id(), market, o.memberId(), o.side(), o.price(), o.openUnits(), o.filledUnits(),
                o.timeInForce(), o.reserve(), o.isResting());
    }

    static AccountInfo account(Member m, Ledger ledger) {
        return new AccountInfo(m.id(), ledger.available(m.id()), ledger.held(m.id()), m.declaredCores(),
                m.askCores(), m.leasedCores());
    }
}
