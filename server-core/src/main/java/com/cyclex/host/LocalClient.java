package com.cyclex.host;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeFigures;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.lease.Lease;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client of an exchange hosted in this process. The sequencer's inbox makes a sender wait when it is full;
 * this client hands every call to its own sender thread first, so the caller (often the JavaFX thread) never
 * waits, while commands keep the order they were sent in.
 */
public final class LocalClient implements ExchangeClient {
    private final ExchangeHost host;
    private final long memberId;
    private final ExecutorService sender;
    /** History questions read the database: on a thread of their own, so commands never queue behind them. */
    /** How long a read of older trades waits for the history to catch up before it answers with what is there. */
    private static final long HISTORY_CATCH_UP_MILLIS = 5_000;
    private final ExecutorService historian;

    public LocalClient(ExchangeHost host, long memberId) {
        this.host = host;
        this.memberId = memberId;
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cyclex-client-" + memberId);
            t.setDaemon(true);
            return t;
        });
        this.historian = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cyclex-history-" + memberId);
            t.setDaemon(true);
            return t;
        });
    }

    /** The host's own client: the operator of the hosting app trades as the host member. */
    public static LocalClient forHost(ExchangeHost host) {
        return new LocalClient(host, MemberRegistry.HOST_ID);
    }

    @Override
    public long memberId() {
        return memberId;
    }

    @Override
    public boolean isHost() {
        return memberId == MemberRegistry.HOST_ID;
    }

    /**
     * Sends a command as this client's member. A command in another member's name is refused here: a client
     * speaks for one member only (a member not yet admitted may only ask to join, as actor 0).
     */
    @Override
    public CompletableFuture<CommandResult> submit(Command command) {
        return submit(command, null);
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        if (command == null || !(command.actor() == memberId || command instanceof RegisterMember && command.actor() == 0)) {
            return CompletableFuture.completedFuture(CommandResult.reject(ResultCode.COMMAND_INVALID,
                    "This client trades as member " + memberId + "; it cannot send "
                            + (command == null ? "an empty command" : "a command as member " + command.actor()) + "."));
        }
        CommandResult refused = host.refusal(command); // the same rules as the gateway's, e.g. a live session's market
        if (refused != null) {
            return CompletableFuture.completedFuture(refused);
        }
        return CompletableFuture.supplyAsync(() -> host.submit(command, idempotencyKey), sender).thenCompose(f -> f);
    }

    private <T> CompletableFuture<T> ask(Function<com.cyclex.api.ExchangeReader, T> query) {
        return CompletableFuture.supplyAsync(() -> host.query(query), sender).thenCompose(f -> f);
    }

    @Override
    public CompletableFuture<List<MarketInfo>> markets() {
        return ask(x -> x.markets());
    }

    @Override
    public CompletableFuture<List<MemberInfo>> members() {
        return ask(x -> x.members());
    }

    @Override
    public CompletableFuture<BookDepth> depth(int market, int levels) {
        return ask(x -> x.depth(market, levels));
    }

    @Override
    public CompletableFuture<List<Trade>> recentTrades(int market, int count) {
        // The exchange keeps only the latest trades in memory; older ones, up to the count asked for (a price
        // chart's hours), come from the history files, read off the sequencer and sender threads. The history is
        // written a moment after the commands are acknowledged: it is read once it has caught up with what was
        // acknowledged when the latest trades were taken, or there would be a gap between the two.
        record Latest(List<Trade> trades, long acknowledged) {
        }
        return ask(x -> new Latest(x.recentTrades(market, count), host.lastSeq())).thenApplyAsync(latest -> {
            List<Trade> recent = latest.trades();
            if (recent.isEmpty() || recent.size() >= count) {
                return recent;
            }
            host.history().awaitMark(latest.acknowledged(), HISTORY_CATCH_UP_MILLIS);
            List<Trade> older = host.history().trades(market, recent.get(0).id(), count - recent.size());
            if (older.isEmpty()) {
                return recent;
            }
            List<Trade> all = new ArrayList<>(older.size() + recent.size());
            all.addAll(older);
            all.addAll(recent);
            return all;
        }, historian);
    }

    @Override
    public CompletableFuture<AccountInfo> account(long member) {
        return ask(x -> x.account(member));
    }

    @Override
    public CompletableFuture<List<OrderInfo>> openOrders(long member) {
        return ask(x -> x.openOrders(member));
    }

    @Override
    public CompletableFuture<List<Lease>> leases(long member) {
        return ask(x -> x.leasesOf(member));
    }

    @Override
    public CompletableFuture<List<com.cyclex.lease.Job>> jobs(long member) {
        return ask(x -> x.jobsOf(member));
    }

    @Override
    public CompletableFuture<List<com.cyclex.lease.Job>> jobHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().jobsOf(member, limit), historian);
    }

    /** In this process the blobs are the host's own store, read and written off the caller's thread. */
    @Override
    public CompletableFuture<String> putBlob(com.cyclex.job.BlobKind kind, byte[] bytes) {
        return CompletableFuture.supplyAsync(() -> store().put(kind, bytes), historian);
    }

    @Override
    public CompletableFuture<byte[]> blob(String hash, com.cyclex.job.BlobKind kind) {
        return CompletableFuture.supplyAsync(() -> store().get(hash, kind), historian);
    }

    private com.cyclex.job.BlobStore store() {
        com.cyclex.agent.Delivery delivery = host.attached(com.cyclex.agent.Delivery.class);
        if (delivery == null) {
            throw new UnsupportedOperationException("Delivery is not running on this host: it keeps no blobs.");
        }
        return delivery.blobs();
    }

    @Override
    public CompletableFuture<List<com.cyclex.member.Reputation>> reputations() {
        return ask(x -> x.reputations());
    }

    @Override
    public CompletableFuture<List<com.cyclex.api.AskRecord>> askRecords(int market, int levels) {
        return ask(x -> x.askRecords(market, levels));
    }

    @Override
    public CompletableFuture<ExchangeFigures> figures() {
        return ask(x -> x.figures());
    }

    @Override
    public CompletableFuture<List<PastOrder>> orderHistory(HistoryQuery query) {
        return CompletableFuture.supplyAsync(() -> host.history().orders(query), historian);
    }

    @Override
    public CompletableFuture<List<Trade>> tradeHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().tradesOf(member, limit), historian);
    }

    @Override
    public CompletableFuture<List<Lease>> leaseHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().leasesOf(member, limit), historian);
    }

    @Override
    public CompletableFuture<List<Trade>> olderTrades(int market, long beforeId, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().trades(market, beforeId, limit), historian);
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener) {
        return host.subscribe(listener);
    }

    /** Stops the sender thread; the host itself stays open. */
    @Override
    public void close() {
        sender.shutdown();
        historian.shutdown();
    }
}
