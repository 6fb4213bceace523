package com.cyclex.sim.session;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeReader;
import com.cyclex.exchange.Exchange;
import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's own state machine in this thread, with no journal: the same book and rules as a hosted exchange,
 * at the speed headless experiments need (a hosted one acknowledges after a group commit, which takes milliseconds).
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
    public List<Trade> takeTrades() {
        if (trades.isEmpty()) {
            return List.of();
        }
        List<Trade> out = List.copyOf(trades);
        trades.clear();
        return out;
    }

    @Override
    public ExchangeReader reader() {
        return exchange;
    }

    /** The exchange itself, for checks of its ledger in tests. */
    public Exchange exchange() {
        return exchange;
    }
}
