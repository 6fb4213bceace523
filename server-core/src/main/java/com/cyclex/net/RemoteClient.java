package com.cyclex.net;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeFigures;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PastOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.member.Reputation;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An exchange across the network, behind the same interface as one in this process: the terminal's views use it
 * unchanged. Commands go on the live stream when it is open, else over HTTP, always with an idempotency key, and
 * are retried with the same key while the host cannot be reached, so a command is applied once however often it
 * is sent. Events come on a stream that
 * reconnects by itself and resumes from the last sequence seen.
 */
public final class RemoteClient implements ExchangeClient {
    private static final long RETRY_FOR_MS = 30_000;
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    private final RemoteHttp http;
    private final long memberId;
    private final String keyPrefix = Tokens.newToken().substring(0, 12);
    private final AtomicLong keys = new AtomicLong();
    private final List<Consumer<List<ExchangeEvent>>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<RemoteStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Gateway.daemon("cyclex-remote-retry"));
    private final RemoteStream stream;
    private volatile RemoteStatus status;

    private RemoteClient(RemoteHttp http, long memberId) {
        this.http = http;
        this.memberId = memberId;
        this.status = new RemoteStatus(RemoteStatus.State.CONNECTING, null, "Connecting…");
        this.stream = new RemoteStream(http, 0, this::deliver, this::status, this::resync);
    }

    /** Connects as a member already joined; the stream starts at once and keeps itself connected. */
    public static RemoteClient connect(Membership membership) {
        RemoteClient client = commandsOnly(membership);
        client.stream.start();
        return client;
    }

    /**
     * Connects for commands and questions over HTTP only, with no live stream: for a bot that reads what it needs
     * when it needs it (and for the bench, to tell the request path's cost from the stream's fan-out).
     * {@link #subscribe} hears nothing and {@link #submitPipelined} is refused on such a client.
     */
    public static RemoteClient commandsOnly(Membership membership) {
        RemoteHttp http = new RemoteHttp(membership.address());
        http.credential(membership.credential());
        return new RemoteClient(http, membership.memberId());
    }

    /**
     * The membership kept in {@code dataDir} for this exchange, or a new one: a fresh token, registered with the
     * host under {@code name} (it then waits for the host to admit it). Blocks until the host answers.
     */
    public static Membership joinOrResume(Path dataDir, JoinAddress address, String name) {
        Membership kept = Membership.load(dataDir, address);
        if (kept != null) {
            return kept;
        }
        Membership joined = join(address, name);
        joined.save(dataDir);
        return joined;
    }

    /** Registers a new member with a fresh token. Blocks; throws RemoteException with the host's sentence. */
    public static Membership join(JoinAddress address, String name) {
        String token = Tokens.newToken();
        try (RemoteHttp http = new RemoteHttp(address)) {
            byte[] body = Wire.write(new GatewayRoutes.JoinRequest(name, token));
            HttpResponse<byte[]> r;
            try {
                r = http.send("POST", "/join", body, null).join();
            } catch (RuntimeException e) {
                throw new RemoteException(http.sentence(e));
            }
            if (r.statusCode() != 200) {
                WireResult refusal = http.decode(r.body(), WireResult.class);
                throw new RemoteException(refusal.name() + " (" + refusal.code() + "): " + refusal.sentence(), refusal);
            }
            GatewayRoutes.Joined joined = http.decode(r.body(), GatewayRoutes.Joined.class);
            return new Membership(address, joined.memberId(), token, name);
        }
    }

    @Override
    public long memberId() {
        return memberId;
    }

    @Override
    public boolean isHost() {
        return false;
    }

    /** Where this client stands with the host now. */
    public RemoteStatus status() {
        return status;
    }

    /** Hears every change of {@link #status()}, on a client thread. */
    public void onStatus(Consumer<RemoteStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
    }

    /** The last sequence whose events this client has heard. */
    public long lastSeq() {
        return stream.lastSeq();
    }

    private void status(RemoteStatus now) {
        status = now;
        for (Consumer<RemoteStatus> l : statusListeners) {
            l.accept(now);
        }
    }

    private void deliver(List<ExchangeEvent> events) {
        for (Consumer<List<ExchangeEvent>> l : listeners) {
            l.accept(events);
        }
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command) {
        return submit(command, newKey());
    }

    /** Sends a command with the caller's idempotency key: a retry with the same key is applied once. */
    @Override
    public CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        WireCommand wire = command == null ? null : WireCommand.of(command);
        CommandResult refused = notSendable(command, wire);
        if (refused != null) {
            return CompletableFuture.completedFuture(refused);
        }
        // retried until answered, so never without a key: the caller's, or one of this client's own
        String key = idempotencyKey != null ? idempotencyKey : newKey();
        if (!stream.isOpen()) {
            return overHttp(wire, key);
        }
        // The open stream answers in a fraction of a millisecond where a request of its own costs several (and a
        // queue behind the few connections at a steady 1,000/s). Not answered there, it goes again over HTTP
        // with the same key: applied once either way.
        return stream.submit(wire, key)
                .handle((r, e) -> e == null && r != null && !unanswered(r) ? CompletableFuture.completedFuture(r)
                        : overHttp(wire, key))
                .thenCompose(answer -> answer);
    }

    /** A command answered this way was not taken (the connection broke, or not now): sending it again may succeed. */
    private static boolean unanswered(CommandResult r) {
        return r.code() == ResultCode.EXCHANGE_UNAVAILABLE || r.code() == ResultCode.RATE_LIMITED;
    }

    /** Sends a command as a request of its own, as a bot without a stream does (the bench measures that path). */
    public CompletableFuture<CommandResult> submitOverHttp(Command command) {
        return submitOverHttp(command, newKey());
    }

    /** {@link #submitOverHttp(Command)} with the caller's idempotency key. */
    public CompletableFuture<CommandResult> submitOverHttp(Command command, String idempotencyKey) {
        WireCommand wire = command == null ? null : WireCommand.of(command);
        CommandResult refused = notSendable(command, wire);
        return refused != null ? CompletableFuture.completedFuture(refused) : overHttp(wire, idempotencyKey);
    }

    /** Sends a command on the stream instead of HTTP: many may be in flight at once (for bots and the bench). */
    public CompletableFuture<CommandResult> submitPipelined(Command command) {
        WireCommand wire = command == null ? null : WireCommand.of(command);
        CommandResult refused = notSendable(command, wire);
        return refused != null ? CompletableFuture.completedFuture(refused) : stream.submit(wire, newKey());
    }

    /** Why this client cannot send the command (none, another member's, no wire form), or null when it can. */
    private CommandResult notSendable(Command command, WireCommand wire) {
        if (command != null && command.actor() == memberId && wire != null) {
            return null;
        }
        return CommandResult.reject(ResultCode.COMMAND_INVALID, "This client trades as member " + memberId
                + "; it cannot send " + (command == null ? "an empty command"
                : command.getClass().getSimpleName() + " as member " + command.actor()) + ".");
    }

    /** Over HTTP, retried with the same key while the host cannot be reached or refuses for now. */
    private CompletableFuture<CommandResult> overHttp(WireCommand wire, String key) {
        CompletableFuture<CommandResult> answer = new CompletableFuture<>();
        attempt(Wire.write(wire), key, System.currentTimeMillis() + RETRY_FOR_MS, 100, answer);
        return answer;
    }

    private String newKey() {
        return keyPrefix + "-" + keys.incrementAndGet();
    }

    /** Whether the stream is open (commands may be pipelined on it). */
    public boolean streaming() {
        return stream.isOpen();
    }

    private void attempt(byte[] body, String key, long until, long backoffMs, CompletableFuture<CommandResult> answer) {
        http.send("POST", "/commands", body, key).whenComplete((r, e) -> {
            if (e == null && r.statusCode() != 503 && r.statusCode() != 429) {
                try {
                    answer.complete(http.decode(r.body(), WireResult.class).toResult());
                } catch (RuntimeException bad) {
                    answer.complete(CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, bad.getMessage()));
                }
                return;
            }
            if (System.currentTimeMillis() > until) {
                String why = e != null ? http.sentence(e) : "The host kept refusing for now (HTTP " + r.statusCode() + ").";
                answer.complete(CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, why));
                return;
            }
            // Not answered (or not now): send it again with the same key, so it is applied at most once.
            retries.schedule(() -> attempt(body, key, until, Math.min(2_000, backoffMs * 2), answer), backoffMs,
                    TimeUnit.MILLISECONDS);
        });
    }

    private <T> CompletableFuture<T> get(String pathAndQuery, JavaType type) {
        return http.send("GET", pathAndQuery, null, null).handle((r, e) -> {
            if (e != null) {
                throw new RemoteException(http.sentence(e));
            }
            if (r.statusCode() != 200) {
                WireResult refusal = http.decode(r.body(), WireResult.class);
                throw new RemoteException(refusal.sentence(), refusal);
            }
            return http.<T>decode(r.body(), type);
        });
    }

    private static JavaType listOf(Class<?> c) {
        return TYPES.constructCollectionType(List.class, c);
    }

    private <T> CompletableFuture<T> notYours() {
        return CompletableFuture.failedFuture(new RemoteException(ResultCode.NOT_YOUR_DATA.sentence()));
    }

    @Override
    public CompletableFuture<List<MarketInfo>> markets() {
        return get("/markets", listOf(MarketInfo.class));
    }

    @Override
    public CompletableFuture<List<MemberInfo>> members() {
        return get("/members", listOf(MemberInfo.class));
    }

    @Override
    public CompletableFuture<BookDepth> depth(int market, int levels) {
        return get("/markets/" + market + "/depth?levels=" + Math.max(1, Math.min(100, levels)),
                TYPES.constructType(BookDepth.class));
    }

    @Override
    public CompletableFuture<List<Trade>> recentTrades(int market, int count) {
        return get("/trades?market=" + market + "&count=" + Math.max(1, Math.min(1000, count)), listOf(Trade.class));
    }

    @Override
    public CompletableFuture<AccountInfo> account(long member) {
        return member == memberId ? get("/account", TYPES.constructType(AccountInfo.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<OrderInfo>> openOrders(long member) {
        return member == memberId ? get("/orders", listOf(OrderInfo.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<PastOrder>> orderHistory(HistoryQuery q) {
        if (q.memberId() != memberId) {
            return notYours();
        }
        StringBuilder path = new StringBuilder("/orders/history?market=").append(q.market()).append("&limit=").append(q.limit());
        if (q.fromTime() != Long.MIN_VALUE) {
            path.append("&from=").append(q.fromTime());
        }
        if (q.toTime() != Long.MAX_VALUE) {
            path.append("&to=").append(q.toTime());
        }
        return get(path.toString(), listOf(PastOrder.class));
    }

    @Override
    public CompletableFuture<List<Lease>> leases(long member) {
        return member == memberId ? get("/leases", listOf(Lease.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<Lease>> leaseHistory(long member, int limit) {
        return member == memberId ? get("/leases/history?limit=" + Math.max(1, Math.min(HistoryQuery.MAX_LIMIT, limit)),
                listOf(Lease.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<Trade>> tradeHistory(long member, int limit) {
        return member == memberId ? get("/trades/mine?limit=" + Math.max(1, Math.min(HistoryQuery.MAX_LIMIT, limit)),
                listOf(Trade.class)) : notYours();
    }

    @Override
    public CompletableFuture<ExchangeFigures> figures() {
        return get("/figures", TYPES.constructType(ExchangeFigures.class));
    }

    @Override
    public CompletableFuture<List<Job>> jobs(long member) {
        return member == memberId ? get("/jobs", listOf(Job.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<Job>> jobHistory(long member, int limit) {
        return member == memberId ? get("/jobs/history?limit=" + Math.max(1, Math.min(HistoryQuery.MAX_LIMIT, limit)),
                listOf(Job.class)) : notYours();
    }

    @Override
    public CompletableFuture<List<Reputation>> reputations() {
        return get("/reputations", listOf(Reputation.class));
    }

    @Override
    public CompletableFuture<List<com.cyclex.api.AskRecord>> askRecords(int market, int levels) {
        return get("/markets/" + market + "/ask-records?levels=" + Math.max(1, Math.min(100, levels)),
                listOf(com.cyclex.api.AskRecord.class));
    }

    @Override
    public CompletableFuture<String> putBlob(BlobKind kind, byte[] bytes) {
        String path = "/blobs/" + kind.name().toLowerCase(java.util.Locale.ROOT);
        return http.send("PUT", path, bytes, null, "application/octet-stream").thenApply(r -> {
            if (r.statusCode() != 200) {
                WireResult refusal = http.decode(r.body(), WireResult.class);
                throw new RemoteException(refusal.sentence(), refusal);
            }
            return http.decode(r.body(), GatewayRoutes.StoredBlob.class).hash();
        });
    }

    /**
     * The blob's bytes, checked against the hash asked for. A host that says no job of this member names it
     * fails the future with a JobException (BLOB_MISSING): that is an answer, not a network trouble to retry.
     */
    @Override
    public CompletableFuture<byte[]> blob(String hash, BlobKind kind) {
        if (!BlobStore.isHash(hash)) {
            return CompletableFuture.failedFuture(new JobException(JobCode.BLOB_HASH_INVALID, JobCode.BLOB_HASH_INVALID.sentence()));
        }
        return http.send("GET", "/blobs/" + hash, null, null).thenApply(r -> {
            if (r.statusCode() == 403) {
                throw new JobException(JobCode.BLOB_MISSING, "The host has no blob " + hash.substring(0, 12)
                        + "… for this member's jobs.");
            }
            if (r.statusCode() != 200) {
                WireResult refusal = http.decode(r.body(), WireResult.class);
                throw new RemoteException(refusal.sentence(), refusal);
            }
            if (!BlobStore.hashOf(r.body()).equals(hash)) {
                throw new JobException(JobCode.BLOB_CORRUPT, "The host sent other bytes than the blob " + hash.substring(0, 12) + "….");
            }
            return r.body();
        });
    }

    /** This member as the host has it, and the host's last sequence. */
    public CompletableFuture<GatewayRoutes.Me> me() {
        return get("/me", TYPES.constructType(GatewayRoutes.Me.class));
    }

    /** This member's seat in the host's live session, over the same connection. */
    public RemoteSeatClient seats() {
        return new RemoteSeatClient(http);
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * The stream could not resume where it was: what this member sees now is read afresh and handed to the
     * listeners as events, so every view catches up without knowing it happened.
     */
    private void resync() {
        CompletableFuture<List<MarketInfo>> markets = markets();
        CompletableFuture<AccountInfo> account = account(memberId);
        CompletableFuture<List<OrderInfo>> orders = openOrders(memberId);
        CompletableFuture<List<Lease>> leases = leases(memberId);
        CompletableFuture<List<MemberInfo>> me = members();
        CompletableFuture<List<Trade>> trades = recentTrades(0, 1000);
        CompletableFuture.allOf(markets, account, orders, leases, me, trades).whenComplete((v, e) -> {
            if (e != null) {
                return; // the next reconnect resyncs again
            }
            List<ExchangeEvent> snapshot = new ArrayList<>();
            markets.join().forEach(m -> snapshot.add(new ExchangeEvent.MarketUpdated(m)));
            me.join().forEach(m -> snapshot.add(new ExchangeEvent.MemberUpdated(m)));
            if (account.join() != null) {
                snapshot.add(new ExchangeEvent.AccountUpdated(account.join()));
            }
            orders.join().forEach(o -> snapshot.add(new ExchangeEvent.OrderUpdated(o, null)));
            leases.join().forEach(l -> snapshot.add(new ExchangeEvent.LeaseUpdated(l)));
            // own trades only: views keep trades by id, so those already heard are not counted twice
            trades.join().stream().filter(t -> t.buyerId() == memberId || t.sellerId() == memberId)
                    .forEach(t -> snapshot.add(new ExchangeEvent.TradeExecuted(t)));
            deliver(snapshot);
        });
    }

    @Override
    public void close() {
        stream.close();
        retries.shutdownNow();
        http.close();
    }
}
