package com.cyclex.net;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the gateway needs of the exchange it fronts: the one seam between the network and the host. */
public interface HostPort {

    /** Sequences a command; a retry with the same actor and key is answered with the first result, applied once. */
    CompletableFuture<CommandResult> submit(Command command, String idempotencyKey);

    <T> CompletableFuture<T> query(Function<ExchangeReader, T> query);

    /** A member's orders from the history tables, read off the sequencer's thread; the caller picks the member. */
    CompletableFuture<List<PastOrder>> orderHistory(HistoryQuery query);

    /** Hears every committed batch with its sequence numbers, in order, on the host's thread: be quick. */
    AutoCloseable subscribeBatches(Consumer<Batch> subscriber);

    /** Why the host keeps a command out before it reaches the exchange (see {@code ExchangeHost.refusal}), or null. */
    default CommandResult refusal(Command command) {
        return null;
    }

    /** The last sequence the host has acknowledged. */
    long lastSeq();

    /**
     * A member's computer spoke (a request, a stream message): it counts as its agent's heartbeat, so a seller
     * whose app stays connected keeps its leases and one whose process dies loses them after the timeout.
     */
    default void heard(long member) {
    }

    /** A member's finished jobs from the history tables, read off the sequencer's thread; the caller picks the member. */
    default CompletableFuture<List<com.cyclex.lease.Job>> jobHistory(long member, int limit) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** A member's finished leases (delivered or failed) from the history tables, the newest {@code limit}. */
    default CompletableFuture<List<com.cyclex.lease.Lease>> leaseHistory(long member, int limit) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** A member's own trades from the history tables, the newest {@code limit}. */
    default CompletableFuture<List<com.cyclex.market.Trade>> tradeHistory(long member, int limit) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** The largest blob of this kind the host stores. */
    default long maxBlobBytes(com.cyclex.job.BlobKind kind) {
        return 0;
    }

    /**
     * Stores a blob a member sends (a module or input it will submit, an output it will report) and gives its hash.
     * Fails with a {@link WireException} when it is too large or the host runs no delivery.
     */
    default CompletableFuture<String> putBlob(long member, com.cyclex.job.BlobKind kind, byte[] bytes) {
        return CompletableFuture.failedFuture(new WireException(com.cyclex.api.ResultCode.EXCHANGE_UNAVAILABLE,
                "This exchange runs no delivery: it keeps no blobs."));
    }

    /**
     * The blob's bytes when a job the member bought or sold names it; null when none does (whether or not the
     * blob exists: a member cannot learn what others store).
     */
    default CompletableFuture<byte[]> blobFor(long member, String hash) {
        return CompletableFuture.completedFuture(null);
    }

    /** The live session running on the host, or null (the session routes answer SESSION_NONE). */
    default com.cyclex.sim.session.LiveSession liveSession() {
        return null;
    }

    /** A client says it saw {@code seq}; true (and an alarm on the host) when that is later than the host holds. */
    boolean clientSaw(long seq);
}
