package com.cyclex.net;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.host.ExchangeHost;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** The gateway's seam over an {@link ExchangeHost}: its sequenced batches, idempotency keys and last sequence. */
public final class HostAdapter implements HostPort {
    private final ExchangeHost host;

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
    public AutoCloseable subscribeBatches(Consumer<Batch> subscriber) {
        return host.subscribeBatches(b -> subscriber.accept(new Batch(b.firstSeq(), b.lastSeq(), b.events())));
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
