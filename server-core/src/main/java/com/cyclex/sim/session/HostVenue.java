package com.cyclex.sim.session;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Trade;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session on a hosted exchange: each command waits until it is durable, and questions are asked in line with
 * commands, so the answers are as of the last command. What an instructor's live session will stand on.
 */
public final class HostVenue implements Venue {
    private final ExchangeHost host;
    private final AtomicLong clock;
    private long lastTradeId;

    /**
     * @param clock the clock the host stamps commands with (see {@code SequencerOptions.withClock}), which this venue
     *              moves to each command's time; null to leave the host on its own clock
     */
    public HostVenue(ExchangeHost host, AtomicLong clock) {
        this.host = host;
        this.clock = clock;
    }

    @Override
    public CommandResult submit(Command command, long time) {
        if (clock != null) {
            clock.accumulateAndGet(time, Math::max);
        }
        return host.execute(command);
    }

    @Override
    public List<Trade> takeTrades(int market) {
        // A command makes at most one trade in a session (one-unit orders); a few more cover a period's clearing.
        List<Trade> recent = host.read(x -> x.recentTrades(market, 8));
        List<Trade> fresh = recent.stream().filter(t -> t.id() > lastTradeId).toList();
        if (!fresh.isEmpty()) {
            lastTradeId = fresh.get(fresh.size() - 1).id();
        }
        return fresh;
    }

    @Override
    public BookDepth touch(int market) {
        return host.read(x -> x.depth(market, 1));
    }

    @Override
    public AccountInfo account(long memberId) {
        return host.read(x -> x.account(memberId));
    }

    @Override
    public List<com.cyclex.api.OrderInfo> orders(int market) {
        return host.read(x -> x.orders(market));
    }
}
