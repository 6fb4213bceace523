package com.cyclex.ui.trades;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeFigures;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Lease;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A client whose answers a test gives by hand: one market, recent-trade fetches that wait until the test
 * completes them, and events the test pushes as if from the exchange's thread. For races a real exchange
 * cannot be made to show on purpose.
 */
public final class StubClient implements ExchangeClient {
    public final ConcurrentLinkedQueue<CompletableFuture<List<Trade>>> fetches = new ConcurrentLinkedQueue<>();
    private volatile Consumer<List<ExchangeEvent>> subscriber;

    /** Pushes events as the exchange would, from a thread other than the JavaFX one. */
    public void publish(ExchangeEvent... events) {
        subscriber.accept(List.of(events));
    }

    @Override
    public long memberId() {
        return 1;
    }

    @Override
    public boolean isHost() {
        return true;
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command) {
        return CompletableFuture.completedFuture(CommandResult.OK);
    }

    @Override
    public CompletableFuture<List<MarketInfo>> markets() {
        return CompletableFuture.completedFuture(
                List.of(new MarketInfo(1, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000), MarketStatus.OPEN)));
    }

    @Override
    public CompletableFuture<List<MemberInfo>> members() {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<BookDepth> depth(int market, int levels) {
        return CompletableFuture.completedFuture(new BookDepth(market, new long[0], new long[0], new long[0], new long[0]));
    }

    @Override
    public CompletableFuture<List<Trade>> recentTrades(int market, int count) {
        CompletableFuture<List<Trade>> answer = new CompletableFuture<>();
        fetches.add(answer);
        return answer;
    }

    @Override
    public CompletableFuture<AccountInfo> account(long memberId) {
        return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<List<OrderInfo>> openOrders(long memberId) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<List<Lease>> leases(long memberId) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<ExchangeFigures> figures() {
        return new CompletableFuture<>();
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener) {
        subscriber = listener;
        return () -> subscriber = events -> { };
    }

    @Override
    public void close() {
    }
}
