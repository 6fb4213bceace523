package com.cyclex.api;

import com.cyclex.lease.Lease;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * How a front end reaches an exchange, wherever it runs: in this process or across the network. Every call
 * returns at once; answers arrive on the client's own threads, so a UI thread can call it freely.
 */
public interface ExchangeClient extends AutoCloseable {

    /** The member this client trades as. */
    long memberId();

    /** Whether this client is the exchange's host (and may admit members, list markets, mint credits). */
    boolean isHost();

    /** Sends a command; the future completes once it is durable, with its result. Never blocks. */
    CompletableFuture<CommandResult> submit(Command command);

    CompletableFuture<List<MarketInfo>> markets();

    CompletableFuture<List<MemberInfo>> members();

    CompletableFuture<BookDepth> depth(int market, int levels);

    /** The last {@code count} trades of a market (0: all markets), oldest first. */
    CompletableFuture<List<Trade>> recentTrades(int market, int count);

    CompletableFuture<AccountInfo> account(long memberId);

    CompletableFuture<List<OrderInfo>> openOrders(long memberId);

    CompletableFuture<List<Lease>> leases(long memberId);

    CompletableFuture<ExchangeFigures> figures();

    /**
     * Hears every committed change, a batch at a time, on a client thread. Keep the listener quick: hand the
     * list to your own thread. Closing the handle stops the events.
     */
    AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener);

    @Override
    void close();
}
