package com.cyclex.host;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.EventBatch;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Exchange;
import com.cyclex.exchange.ExchangeState;
import com.cyclex.store.JournalBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer: commands from every front end queue here and are applied to the exchange one at a time
 * on the sequencer thread. Applied commands are encoded into a journal batch; a second thread (the journal
 * thread) commits each batch (group commit) and only then completes the commands' futures and publishes their
 * events, so an acknowledged command is a durable one. While one batch commits, the next is being applied. A
 * third thread saves checkpoints.
 *
 * <p>If a batch cannot be committed, or anything at all is thrown on either thread, the sequencer stops taking
 * commands: memory may then be ahead of the disk, and only a restart (which recovers what was committed) can
 * bring them together again. Whatever happens, every submitted command and query is answered, and
 * {@link #close()} returns.
 */
public final class Sequencer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);
    private static final CommandResult UNAVAILABLE_CLOSED = CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE,
            "The exchange has stopped and takes no more commands.");
    /** How long close() waits for a thread stuck in a disk before it answers what is left and returns. */
    private static final long STOP_WAIT_MILLIS = 60_000;

    /** Stands for a query whose answer is null, since a null answer means "never answered". */
    private static final Object NO_ANSWER = new Object();

    private final Exchange exchange;
    private final Journal journal;
    private final Checkpointer checkpointer;
    private final SequencerOptions options;
    private final BlockingQueue<Request> inbox;
    private final BlockingQueue<Outbound> outbox = new ArrayBlockingQueue<>(4);
    private final List<Consumer<EventBatch>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService checkpointThread;
    private final Thread sequencerThread;
    private final Thread committerThread;
    private volatile String failure;
    private volatile boolean stopped;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The last command whose batch is durable. */
    private volatile long lastAcknowledged;
    /** The batches the journal thread is committing, so a close that gives up on them can still answer their commands. */
    private volatile List<Outbound> inFlight = List.of();
    /** Hands committed events to the subscribers on a thread of their own, so the disk never waits for a reader. */
    private final EventDispatcher events;
    /** One checkpoint at a time: a slow disk should delay checkpoints, not pile up copies of the state. */
    private final AtomicBoolean checkpointing = new AtomicBoolean();

    // Owned by the sequencer thread.
    private final JournalBatch batch = new JournalBatch();
    private long nextSeq;
    private long sinceCheckpoint;
    private long lastCheckpointAt;
    private long lastHashAt;

    private sealed interface Request permits CommandRequest, QueryRequest, StopRequest {
    }

    private record CommandRequest(Command command, String key, CompletableFuture<CommandResult> future) implements Request {
    }

    private record QueryRequest(Function<ExchangeReader, ?> query, CompletableFuture<Object> future) implements Request {
    }

    private record StopRequest(boolean checkpoint, CompletableFuture<Void> done) implements Request {
    }

    /** A future held back until its batch commits, and what it will be completed with. */
    private record Reply(CompletableFuture<Object> future, Object answer, boolean command) {
    }

    /** What one committed batch releases: its journal payload, the answers it holds back, its events. */
    private static final class Outbound {
        long firstSeq;
        int count;
        byte[] payload;
        Long stateHash;
        final List<Reply> replies = new ArrayList<>();
        final EventBatch.Builder events = new EventBatch.Builder();
        ExchangeState checkpoint;
        long checkpointSeq;
        long checkpointHash;
        StopRequest stop;
        /** The sequencer thread has ended: this is the last batch there will be. */
        boolean last;

        EventBatch eventBatch() {
            return events.build(firstSeq, firstSeq + count - 1);
        }
    }

    /**
     * Starts sequencing an exchange.
     *
     * @param lastSeq the last command already journaled; the next gets lastSeq + 1
     * @param uncheckpointed journaled commands after the latest checkpoint (those recovery replayed): they count
     *     towards the next checkpoint, and a clean close saves one for them even if no new command comes in
     */
    public Sequencer(Exchange exchange, Journal journal, Checkpointer checkpointer, SequencerOptions options,
                     long lastSeq, long uncheckpointed) {
        this.exchange = exchange;
        this.journal = journal;
        this.checkpointer = checkpointer;
        this.options = options;
        this.inbox = new ArrayBlockingQueue<>(options.inboxCapacity());
        this.nextSeq = lastSeq + 1;
        this.lastAcknowledged = lastSeq;
        this.sinceCheckpoint = uncheckpointed;
        this.lastCheckpointAt = options.clock().getAsLong();
        this.lastHashAt = Long.MIN_VALUE / 2;
        this.checkpointThread = Executors.newSingleThreadExecutor(r -> daemon(r, "cyclex-checkpoint"));
        this.sequencerThread = daemon(this::runSequencer, "cyclex-sequencer");
        this.committerThread = daemon(this::runCommitter, "cyclex-journal");
        this.events = new EventDispatcher(subscribers);
        batch.start(nextSeq);
        sequencerThread.start();
        committerThread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Queues a command without an idempotency key (see {@link #submit(Command, String)}). */
    public CompletableFuture<CommandResult> submit(Command command) {
        return submit(command, null);
    }

    /**
     * Queues a command. The future completes once the command is applied and committed, with its result; if it
     * can never be committed, with {@link ResultCode#EXCHANGE_UNAVAILABLE}. Waits while the inbox is full.
     *
     * @param key the sender's idempotency key, or null: a retry with the same actor and key gets the first
     *     result again and is applied once
     */
    public CompletableFuture<CommandResult> submit(Command command, String key) {
        CompletableFuture<CommandResult> future = new CompletableFuture<>();
        if (!offer(new CommandRequest(command, key, future))) {
            future.complete(unavailable());
        }
        return future;
    }

    /**
     * Asks the exchange a question on the sequencer thread, in line with commands: the answer reflects every
     * command queued before it and is released after they are committed.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> query(Function<ExchangeReader, T> query) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        if (!offer(new QueryRequest(query, future))) {
            future.completeExceptionally(new IllegalStateException(unavailable().message()));
        }
        return (CompletableFuture<T>) (CompletableFuture<?>) future;
    }

    /** Waits while the inbox is full, but never past the exchange stopping. */
    private boolean offer(Request request) {
        try {
            while (true) {
                if (stopped || closing.get() || failure != null) {
                    return false;
                }
                if (inbox.offer(request, 100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (stopped) {
            failInbox();
        }
        return true;
    }

    /**
     * Hears the events of every committed batch, in commit order, on the events thread: keep it quick (hand
     * the list to another thread), since every other subscriber waits for it. Returns a handle that unsubscribes.
     */
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> subscriber) {
        return subscribeBatches(batch -> {
            if (batch.size() > 0) {
                subscriber.accept(batch.events());
            }
        });
    }

    /**
     * Hears every committed batch with the sequence number and time behind each event, in commit order, on the
     * events thread; batches without events too, so a subscriber learns how far the journal has come.
     */
    public AutoCloseable subscribeBatches(Consumer<EventBatch> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Why the sequencer stopped taking commands, or null while it takes them. */
    public String failure() {
        return failure;
    }

    /** The sequence number of the last durable, acknowledged command. */
    public long lastAcknowledged() {
        return lastAcknowledged;
    }

    // ---- the sequencer thread ------------------------------------------------------------------------

    private void runSequencer() {
        List<Request> drained = new ArrayList<>(options.maxBatch());
        boolean shippedStop = false;
        try {
            while (!shippedStop) {
                drained.clear();
                Request first = inbox.poll(options.idleMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    drained.add(first);
                    inbox.drainTo(drained, options.maxBatch() - 1);
                }
                shippedStop = sequence(drained);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("The sequencer was interrupted.", e);
            answerUnavailable(drained);
        } catch (Throwable e) {
            fail("The sequencer stopped on an unexpected error: " + e, e);
            answerUnavailable(drained);
        } finally {
            stopped = true;
            failInbox();
            if (!shippedStop) {
                Outbound end = new Outbound();
                end.last = true;
                handOver(end);
            }
        }
    }

    /** Answers requests that were taken from the inbox when the sequencer broke; completing twice is harmless. */
    private void answerUnavailable(List<Request> requests) {
        for (Request r : requests) {
            answerUnavailable(r);
        }
    }

    /** Applies one drained batch and ships it; true when it held the stop request. */
    private boolean sequence(List<Request> drained) throws InterruptedException {
        Outbound out = newOutbound();
        try {
            // Time passes for readers too: a batch that does not start with a command advances the clock first, so
            // day orders expire and window markets close on time even while queries keep the inbox from going
            // idle, and a query's answer is as of now. (A command runs what is due itself.)
            if (drained.isEmpty() || (failure == null && !(drained.get(0) instanceof CommandRequest))) {
                apply(new AdvanceClock(), null, null, out);
            }
            for (Request request : drained) {
                if (failure != null) {
                    holdBack(out, request, null);
                    continue;
                }
                if (request instanceof CommandRequest c) {
                    apply(c.command(), c.key(), c.future(), out);
                    if (batch.full()) {
                        ship(out);
                        out = newOutbound();
                    }
                } else if (request instanceof QueryRequest q) {
                    holdBack(out, q, ask(q));
                } else if (request instanceof StopRequest stop) {
                    out.stop = stop;
                }
            }
            if (failure == null && checkpointDue(out.stop)) {
                takeCheckpoint(out);
            }
        } catch (RuntimeException | Error e) {
            // Whatever broke, nothing applied from here on can be committed; everyone drained is told so.
            fail("The sequencer failed: " + e, e);
            answerUnavailable(drained);
        }
        boolean stop = out.stop != null;
        ship(out);
        return stop;
    }

    private Object ask(QueryRequest q) {
        try {
            Object answer = q.query().apply(exchange);
            return answer == null ? NO_ANSWER : answer;
        } catch (RuntimeException e) {
            return e;
        } catch (Error e) {
            // A query that overflows its stack is the asker's problem, not the exchange's: it gets the error back.
            return new IllegalStateException("The question failed: " + e, e);
        }
    }

    private void apply(Command command, String key, CompletableFuture<CommandResult> future, Outbound out) {
        CommandResult result;
        try {
            result = exchange.apply(command, options.clock().getAsLong(), key);
        } catch (RuntimeException | Error e) {
            // Memory may now be half-changed: nothing from here on can be trusted, or committed.
            fail("The exchange failed on command " + command + ": " + e, e);
            if (future != null) {
                out.replies.add(new Reply(cast(future), null, true));
            }
            return;
        }
        if (exchange.lastChangedState()) {
            // A refused command changed nothing but let time pass: the journal keeps only that, so a refused
            // command of any size (a hostile one, say) never has to fit a journal record.
            boolean refused = !result.accepted();
            batch.add(exchange.clock(), refused ? null : key, refused ? new AdvanceClock() : command);
            out.events.stamp(nextSeq, exchange.clock());
            nextSeq++;
            sinceCheckpoint++;
        } else {
            // A command that changed nothing may still have made events (time passing): they belong to the last one.
            out.events.stamp(nextSeq - 1, exchange.clock());
        }
        if (future != null) {
            out.replies.add(new Reply(cast(future), result, true));
        }
    }

    private static void holdBack(Outbound out, Request request, Object answer) {
        if (request instanceof CommandRequest c) {
            out.replies.add(new Reply(cast(c.future()), answer, true));
        } else if (request instanceof QueryRequest q) {
            out.replies.add(new Reply(q.future(), answer, false));
        } else if (request instanceof StopRequest stop) {
            out.stop = stop;
        }
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> cast(CompletableFuture<?> future) {
        return (CompletableFuture<Object>) future;
    }

    private Outbound newOutbound() {
        Outbound out = new Outbound();
        exchange.setEventSink(subscribers.isEmpty() ? null : out.events::add);
        return out;
    }

    private boolean checkpointDue(StopRequest stop) {
        if (stop != null) {
            return stop.checkpoint() && sinceCheckpoint > 0;
        }
        if (checkpointing.get()) {
            return false;
        }
        return sinceCheckpoint >= options.checkpointEveryCommands()
                || (sinceCheckpoint > 0 && options.clock().getAsLong() - lastCheckpointAt >= options.checkpointEveryMillis());
    }

    private void takeCheckpoint(Outbound out) {
        checkpointing.set(true);
        out.checkpoint = exchange.capture();
        out.checkpointSeq = nextSeq - 1;
        out.checkpointHash = exchange.stateHash();
        sinceCheckpoint = 0;
        lastCheckpointAt = options.clock().getAsLong();
    }

    private void ship(Outbound out) throws InterruptedException {
        if (batch.count() > 0 && failure == null) {
            out.firstSeq = batch.firstSeq();
            out.count = batch.count();
            out.payload = batch.payload();
            long now = options.clock().getAsLong();
            if (out.checkpoint != null) {
                out.stateHash = out.checkpointHash;
                lastHashAt = now;
            } else if (now - lastHashAt >= options.hashEveryMillis()) {
                out.stateHash = exchange.stateHash();
                lastHashAt = now;
            }
        }
        batch.start(nextSeq);
        handOver(out);
    }

    /** Puts a batch in the outbox, waiting for room while the journal thread lives. */
    private void handOver(Outbound out) {
        try {
            while (!outbox.offer(out, 100, TimeUnit.MILLISECONDS)) {
                if (!committerThread.isAlive()) {
                    releaseAll(out, false);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            releaseAll(out, false);
        }
    }

    // ---- the journal thread --------------------------------------------------------------------------

    private void runCommitter() {
        while (true) {
            List<Outbound> group = new ArrayList<>();
            try {
                group.add(outbox.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("The journal thread was interrupted.", e);
                releaseOutbox();
                events.finish();
                return;
            }
            // Every batch that queued while the last sync was under way goes to the disk with one sync.
            outbox.drainTo(group);
            inFlight = group;
            try {
                commit(group);
            } catch (Throwable e) {
                fail("The journal thread failed: " + e, e);
                for (Outbound out : group) {
                    releaseAll(out, false);
                }
            }
            inFlight = List.of();
            Outbound end = group.get(group.size() - 1);
            if (end.stop != null || end.last) {
                events.finish();
                finishCheckpoints();
                if (end.stop != null) {
                    end.stop.done().complete(null);
                }
                releaseOutbox();
                return;
            }
        }
    }

    private void commit(List<Outbound> group) {
        long first = -1;
        long last = -1;
        for (Outbound out : group) {
            if (out.count > 0) {
                first = first < 0 ? out.firstSeq : first;
                last = out.firstSeq + out.count - 1;
            }
        }
        if (failure == null) {
            try {
                for (Outbound out : group) {
                    if (out.count > 0) {
                        journal.write(out.firstSeq, out.firstSeq + out.count - 1, out.count, out.stateHash, out.payload);
                    }
                    if (out.checkpoint != null) {
                        journal.checkpointAt(out.checkpointSeq);
                    }
                }
                if (last >= 0) {
                    journal.sync();
                    lastAcknowledged = last;
                }
            } catch (RuntimeException | Error e) {
                // An Error too: letting it end this thread would leave every waiting command unanswered forever.
                fail("Could not save commands " + first + " to " + last + ": " + e.getMessage(), e);
            }
        }
        boolean durable = failure == null;
        for (Outbound out : group) {
            releaseAll(out, durable);
        }
        if (!durable) {
            return;
        }
        for (Outbound out : group) {
            if (out.count > 0 && !subscribers.isEmpty()) {
                events.deliver(out.eventBatch());
            }
            if (out.checkpoint != null) {
                saveCheckpointLater(out);
            }
        }
    }

    private void saveCheckpointLater(Outbound out) {
        ExchangeState state = out.checkpoint;
        long seq = out.checkpointSeq;
        long hash = out.checkpointHash;
        checkpointThread.execute(() -> {
            try {
                checkpointer.save(state, seq, hash);
            } catch (RuntimeException | Error e) {
                // The journal still holds everything: a failed checkpoint only makes the next start slower.
                LOG.error("Checkpoint after command {} failed; the journal keeps every command", seq, e);
            } finally {
                checkpointing.set(false);
            }
        });
    }

    private void releaseAll(Outbound out, boolean durable) {
        for (Reply reply : out.replies) {
            release(reply, durable);
        }
        if (out.stop != null && !durable) {
            out.stop.done().complete(null);
        }
    }

    private void releaseOutbox() {
        Outbound left;
        while ((left = outbox.poll()) != null) {
            releaseAll(left, false);
        }
    }

    /** Completes a held-back future: with its answer once durable, or as unavailable when it never will be. */
    private void release(Reply reply, boolean durable) {
        if (!durable || reply.answer() == null) {
            if (reply.command()) {
                reply.future().complete(unavailable());
            } else {
                reply.future().completeExceptionally(new IllegalStateException(unavailable().message()));
            }
        } else if (reply.answer() instanceof RuntimeException e) {
            reply.future().completeExceptionally(e);
        } else {
            reply.future().complete(reply.answer() == NO_ANSWER ? null : reply.answer());
        }
    }

    private void finishCheckpoints() {
        checkpointThread.shutdown();
        try {
            if (!checkpointThread.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.error("The last checkpoint did not finish in 2 minutes; the journal keeps every command");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- stopping ------------------------------------------------------------------------------------

    private void fail(String reason, Throwable cause) {
        if (failure == null) {
            failure = reason;
            LOG.error("Exchange stopped: {}", reason, cause);
        }
    }

    private CommandResult unavailable() {
        String why = failure;
        return why == null ? UNAVAILABLE_CLOSED : CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE,
                "The exchange has stopped: " + why + " Restart it to recover everything that was acknowledged.");
    }

    private void answerUnavailable(Request r) {
        if (r instanceof CommandRequest c) {
            c.future().complete(unavailable());
        } else if (r instanceof QueryRequest q) {
            q.future().completeExceptionally(new IllegalStateException(unavailable().message()));
        } else if (r instanceof StopRequest s) {
            s.done().complete(null);
        }
    }

    private void failInbox() {
        Request r;
        while ((r = inbox.poll()) != null) {
            answerUnavailable(r);
        }
    }

    /** Applies and commits everything queued, takes a last checkpoint, and stops. Calling it again does nothing. */
    @Override
    public void close() {
        stop(true);
    }

    /**
     * Stops at once as a crash would, for tests of recovery: nothing more is committed or checkpointed, and
     * whatever was not yet acknowledged stays unacknowledged.
     */
    public void abort() {
        fail("The exchange was stopped abruptly.", null);
        stop(false);
    }

    private void stop(boolean checkpoint) {
        if (!closing.compareAndSet(false, true)) {
            awaitQuietly(closed);
            return;
        }
        try {
            StopRequest request = new StopRequest(checkpoint, new CompletableFuture<>());
            long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
            try {
                while (sequencerThread.isAlive() && !inbox.offer(request, 100, TimeUnit.MILLISECONDS)) {
                    if (System.currentTimeMillis() > deadline) {
                        break;
                    }
                }
                sequencerThread.join(Math.max(1, deadline - System.currentTimeMillis()));
                committerThread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (sequencerThread.isAlive() || committerThread.isAlive()) {
                fail("The exchange did not stop within " + STOP_WAIT_MILLIS / 1000 + " s (a disk that does not answer?).", null);
            }
            // Whatever is left now will never be committed by anyone: say so to everyone still waiting.
            failInbox();
            releaseOutbox();
            for (Outbound stuck : inFlight) {
                releaseAll(stuck, false);
            }
            if (!checkpointThread.isShutdown()) {
                finishCheckpoints();
            }
        } finally {
            closed.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_WAIT_MILLIS * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
