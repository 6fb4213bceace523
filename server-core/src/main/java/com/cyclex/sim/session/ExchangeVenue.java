package com.cyclex.sim.session;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.exchange.Exchange;
import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's own state machine in this thread, with no journal: the same book and rules as a hosted exchange,
 * at the speed headless experiments need (a hosted one answers after its group commit, which takes a fraction of
 * a millisecond to milliseconds; see docs/experiments.md for both measured).
 */
public final class ExchangeVenue implements Venue {
    private final Exchange exchange = new Exchange();
    private final List<Trade> trades = new ArrayList<>();

    public ExchangeVenue() {
        exchange.setEventSink(e -> {
            if (e instanceof ExchangeEvent.TradeExecuted t) {
                trades.add(t.trade());
            }
        });
    }

    @Override
    public CommandResult submit(Command command, long time) {
        return exchange.apply(command, time);
    }

    @Override
    public List<Trade> takeTrades(int market) {
        if (trades.isEmpty()) {
            return List.of();
        }
        List<Trade> out = new ArrayList<>();
        trades.removeIf(t -> t.market() == market && out.add(t));
        return out;
    }

    @Override
    public BookDepth touch(int market) {
        return exchange.depth(market, 1);
    }

    @Override
    public AccountInfo account(long memberId) {
        return exchange.account(memberId);
    }

    @Override
    public List<com.cyclex.api.OrderInfo> orders(int market) {
        return exchange.orders(market);
    }

    /** The exchange itself, for tests that check its book and ledger. */
    public Exchange exchange() {
        return exchange;
    }
}
