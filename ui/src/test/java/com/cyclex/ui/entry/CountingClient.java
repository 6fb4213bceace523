package com.cyclex.ui.entry;

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
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A client that remembers every command the terminal sends, so a test can prove that nothing was sent. */
public final class CountingClient implements ExchangeClient {
    private final ExchangeClient inner;
    private final List<Command> sent = new CopyOnWriteArrayList<>();

    public CountingClient(ExchangeClient inner) {
        this.inner = inner;
    }

    public List<Command> sent() {
        return sent;
    }

    @Override
    public long memberId() {
        return inner.memberId();
    }

    @Override
    public boolean isHost() {
        return inner.isHost();
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command) {
        sent.add(command);
        return inner.submit(command);
    }

    @Override
    public CompletableFuture<List<MarketInfo>> markets() {
        return inner.markets();
    }

    @Override
    public CompletableFuture<List<MemberInfo>> members() {
        return inner.members();
    }

    @Override
    public CompletableFuture<BookDepth> depth(int market, int levels) {
        return inner.depth(market, levels);
    }

    @Override
    public CompletableFuture<List<Trade>> recentTrades(int market, int count) {
        return inner.recentTrades(market, count);
    }

    @Override
    public CompletableFuture<AccountInfo> account(long memberId) {
        return inner.account(memberId);
    }

    @Override
    public CompletableFuture<List<OrderInfo>> openOrders(long memberId) {
        return inner.openOrders(memberId);
    }

    @Override
    public CompletableFuture<List<Lease>> leases(long memberId) {
        return inner.leases(memberId);
    }

    @Override
    public CompletableFuture<ExchangeFigures> figures() {
        return inner.figures();
    }

    @Override
    public CompletableFuture<List<com.cyclex.api.PastOrder>> orderHistory(com.cyclex.api.HistoryQuery query) {
        return inner.orderHistory(query);
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener) {
        return inner.subscribe(listener);
    }

    @Override
    public void close() {
        inner.close();
    }
}
