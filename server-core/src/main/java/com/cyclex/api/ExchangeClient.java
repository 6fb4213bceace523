package com.cyclex.api;

import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.Reputation;
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

    /**
     * Sends a command with an idempotency key (1 to 64 printable ASCII characters, unique per command for this
     * member): sent again after a lost answer, it gets the first answer and is applied once.
     */
    default CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        if (idempotencyKey == null) {
            return submit(command);
        }
        return CompletableFuture.completedFuture(CommandResult.reject(ResultCode.COMMAND_INVALID,
                "This client cannot send idempotency keys."));
    }

    CompletableFuture<List<MarketInfo>> markets();

    CompletableFuture<List<MemberInfo>> members();

    CompletableFuture<BookDepth> depth(int market, int levels);

    /** The last {@code count} trades of a market (0: all markets), oldest first; at most the latest 500 (older ones: {@link #olderTrades}). */
    CompletableFuture<List<Trade>> recentTrades(int market, int count);

    CompletableFuture<AccountInfo> account(long memberId);

    CompletableFuture<List<OrderInfo>> openOrders(long memberId);

    /** A member's open leases (scheduled or active); finished ones are in {@link #leaseHistory}. */
    CompletableFuture<List<Lease>> leases(long memberId);

    CompletableFuture<ExchangeFigures> figures();

    /** A member's past and open orders from the exchange's history, each in its latest state, newest first. */
    default CompletableFuture<List<PastOrder>> orderHistory(HistoryQuery query) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client keeps no history."));
    }

    /** A member's trades as buyer or seller from the history, the newest {@code limit}, oldest first. */
    default CompletableFuture<List<Trade>> tradeHistory(long memberId, int limit) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client keeps no history."));
    }

    /** A member's leases in every state (open, delivered, failed) from the history, the newest {@code limit}, oldest first. */
    default CompletableFuture<List<Lease>> leaseHistory(long memberId, int limit) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client keeps no history."));
    }

    /** A market's trades (0: all markets) older than trade {@code beforeId}, the newest {@code limit}, oldest first. */
    default CompletableFuture<List<Trade>> olderTrades(int market, long beforeId, int limit) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client keeps no history."));
    }

    /** A member's unfinished jobs, as buyer or seller, oldest first. */
    default CompletableFuture<List<Job>> jobs(long memberId) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client does not run jobs."));
    }

    /** A member's finished jobs, the newest {@code limit}, oldest first. */
    default CompletableFuture<List<Job>> jobHistory(long memberId, int limit) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client keeps no history."));
    }

    /** Every member's record as a seller. */
    default CompletableFuture<List<Reputation>> reputations() {
        return CompletableFuture.completedFuture(List.of());
    }

    /** The best ask levels of a market with the summed record of the sellers at each (see {@link AskRecord}). */
    default CompletableFuture<List<AskRecord>> askRecords(int market, int levels) {
        return CompletableFuture.completedFuture(List.of());
    }

    /**
     * Stores bytes in the exchange's blob store (a module or input to submit, an output to report) and gives
     * their SHA-256 hash, the name jobs use for them.
     */
    default CompletableFuture<String> putBlob(com.cyclex.job.BlobKind kind, byte[] bytes) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client does not run jobs."));
    }

    /** The bytes of a blob named by one of this member's jobs (its module, input, output or standard error). */
    default CompletableFuture<byte[]> blob(String hash, com.cyclex.job.BlobKind kind) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This client does not run jobs."));
    }

    /**
     * Hears every committed change, a batch at a time, on a client thread. Keep the listener quick: hand the
     * list to your own thread. Closing the handle stops the events.
     */
    AutoCloseable subscribe(Consumer<List<ExchangeEvent>> listener);

    @Override
    void close();
}
