package com.cyclex.ui;

import com.cyclex.api.ExchangeClient;
import com.cyclex.ui.entry.OrderTicket;
import com.cyclex.ui.live.Live;
import com.cyclex.ui.market.MarketSelection;

/**
 * What every view of the terminal shares: the client (its only way to the exchange), the per-frame live feed,
 * the market selection, and how to tell the operator things.
 */
public final class Terminal {
    private final ExchangeClient client;
    private final Live live;
    private final MarketSelection markets;
    private final Notices notices;
    private final TerminalOptions options;
    private final OrderTicket ticket = new OrderTicket();

    public Terminal(ExchangeClient client, TerminalOptions options) {
        this.client = client;
        this.options = options;
        this.live = new Live(client);
        this.markets = new MarketSelection(live);
        this.notices = new Notices();
    }

    public ExchangeClient client() {
        return client;
    }

    public Live live() {
        return live;
    }

    public MarketSelection markets() {
        return markets;
    }

    public Notices notices() {
        return notices;
    }

    /** The order being prepared, shared by the ladder and the order entry. */
    public OrderTicket ticket() {
        return ticket;
    }

    public TerminalOptions options() {
        return options;
    }

    /** The member the operator trades as. */
    public long me() {
        return client.memberId();
    }

    public boolean isHost() {
        return client.isHost();
    }
}
