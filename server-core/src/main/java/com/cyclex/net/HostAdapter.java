package com.cyclex.net;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.host.ExchangeHost;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The gateway's seam over an {@link ExchangeHost}. Interim: until the host numbers its batches and keeps
 * idempotency keys itself, this counts batches and remembers recent keys in memory.
 */
public final class HostAdapter implements HostPort {
    private static final int KEYS_KEPT = 100_000;

    private final ExchangeHost host;
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, CompletableFuture<CommandResult>> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<CommandResult>> eldest) {
            return size() > KEYS_KEPT;
        }
    };

    public HostAdapter(ExchangeHost host) {
        this.host = host;
    }

    @Override
    public CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        if (idempotencyKey == null) {
            return host.submit(command);
        }
        String k = command.actor() + "/" + idempotencyKey;
        synchronized (recent) {
            CompletableFuture<CommandResult> first = recent.get(k);
            if (first != null) {
                return first;
            }
            CompletableFuture<CommandResult> f = host.submit(command);
            recent.put(k, f);
            return f;
        }
    }

    @Override
    public <T> CompletableFuture<T> query(Function<ExchangeReader, T> query) {
        return host.query(query);
    }

    @Override
    public AutoCloseable subscribeBatches(Consumer<Batch> subscriber) {
        return host.subscribe(events -> {
            long s = seq.incrementAndGet();
            subscriber.accept(new Batch(s, s, events));
        });
    }

    @Override
    public long lastSeq() {
        return seq.get();
    }

    @Override
    public boolean clientSaw(long seen) {
        return seen > seq.get();
    }
}
