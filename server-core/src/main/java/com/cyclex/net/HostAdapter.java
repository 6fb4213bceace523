package com.cyclex.net;

import com.cyclex.agent.Delivery;
import com.cyclex.api.Command;
import com.cyclex.api.ResultCode;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.lease.Job;
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

    /** Blobs are files: read and written on their own threads, never the gateway's workers or the host's. */
    private final ExecutorService blobIo = Executors.newFixedThreadPool(2, Gateway.daemon("cyclex-gateway-blobs"));

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
    public CompletableFuture<String> putBlob(long member, BlobKind kind, byte[] bytes) {
        BlobStore store = blobs();
        if (store == null) {
            return HostPort.super.putBlob(member, kind, bytes);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return store.put(kind, bytes);
            } catch (JobException e) {
                throw new WireException(e.code() == JobCode.BLOB_TOO_LARGE ? ResultCode.REQUEST_TOO_LARGE
                        : ResultCode.EXCHANGE_UNAVAILABLE, e.getMessage());
            }
        }, blobIo);
    }

    @Override
    public CompletableFuture<byte[]> blobFor(long member, String hash) {
        BlobStore store = blobs();
        if (store == null || !BlobStore.isHash(hash)) {
            return CompletableFuture.completedFuture(null);
        }
        // Unfinished jobs first (a seller fetching what it claimed), then the history (a buyer's finished output).
        return host.query(x -> {
            for (Job j : x.jobsOf(member)) {
                BlobKind kind = j.blobKind(hash);
                if (kind != null) {
                    return kind;
                }
            }
            return null;
        }).thenApplyAsync(open -> {
            BlobKind kind = open != null ? open : host.history().blobKindFor(member, hash);
            if (kind == null) {
                return null;
            }
            try {
                return store.get(hash, kind);
            } catch (JobException e) {
                return null; // gone or corrupt: to the member it is not there, as an unknown one
            }
        }, blobIo);
    }

    @Override
    public CompletableFuture<List<Job>> jobHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().jobsOf(member, limit), historian);
    }

    @Override
    public CompletableFuture<List<com.cyclex.lease.Lease>> leaseHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().leasesOf(member, limit), historian);
    }

    @Override
    public CompletableFuture<List<com.cyclex.market.Trade>> tradeHistory(long member, int limit) {
        return CompletableFuture.supplyAsync(() -> host.history().tradesOf(member, limit), historian);
    }

    @Override
    public long maxBlobBytes(BlobKind kind) {
        Delivery delivery = host.attached(Delivery.class);
        return delivery == null ? 0 : delivery.limits().maxBytes(kind);
    }

    private BlobStore blobs() {
        Delivery delivery = host.attached(Delivery.class);
        return delivery == null ? null : delivery.blobs();
    }

    @Override
    public void heard(long member) {
        var watch = host.sellerWatch();
        if (watch != null) {
            watch.heard(member);
        }
    }

    @Override
    public CommandResult refusal(Command command) {
        return host.refusal(command);
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
