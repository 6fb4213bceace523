package com.cyclex.net;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import com.cyclex.host.ExchangeHost;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/** The gateway's seam over an {@link ExchangeHost}: its sequenced batches, idempotency keys and last sequence. */
public final class HostAdapter implements HostPort {
    private final ExchangeHost host;
    /** History questions read the database: on a thread of their own, so they never hold up the gateway's workers. */
    private final ExecutorService historian = Executors.newSingleThreadExecutor(Gateway.daemon("cyclex-gateway-history"));

    public HostAdapter(ExchangeHost host) {
        this.host = host;
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        return host.submit(command, idempotencyKey);
    }

    @Override
    public <T> CompletableFuture<T> query(Function<ExchangeReader, T> query) {
        return host.query(query);
    }

    @Override
    public CompletableFuture<List<PastOrder>> orderHistory(HistoryQuery query) {
        return CompletableFuture.supplyAsync(() -> host.history().orders(query), historian);
    }

    @Override
    public AutoCloseable subscribeBatches(Consumer<Batch> subscriber) {
        return host.subscribeBatches(b -> subscriber.accept(new Batch(b.firstSeq(), b.lastSeq(), b.events())));
    }

    @Override
    public void heard(long member) {
        var watch = host.sellerWatch();
        if (watch != null) {
            watch.heard(member);
        }
    }

    @Override
    public com.cyclex.sim.session.LiveSession liveSession() {
        return com.cyclex.sim.session.Classroom.on(host).current();
    }

    @Override
    public long lastSeq() {
        return host.lastSeq();
    }

    @Override
    public boolean clientSaw(long seq) {
        return host.clientSaw(seq);
    }
}
