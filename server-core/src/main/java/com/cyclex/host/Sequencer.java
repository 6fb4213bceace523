package com.cyclex.host;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer: commands from every front end queue here and are applied to the exchange one at a time
 * on the sequencer thread. Applied commands are encoded into a journal batch; a second thread commits each
 * batch (group commit) and only then completes the commands' futures and publishes their events, so an
 * acknowledged command is a durable one. While one batch commits, the next is being applied.
 *
 * <p>If a batch cannot be committed the sequencer stops taking commands: memory is then ahead of the disk,
 * and only a restart (which recovers what was committed) can bring them together again.
 */
public final class Sequencer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);
    private static final CommandResult UNAVAILABLE_CLOSED = CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE,
            "The exchange has stopped and takes no more commands.");

    /** Stands for a query whose answer is null, since a null answer means "never answered". */
    private static final Object NO_ANSWER = new Object();

    private final Exchange exchange;
    private final Journal journal;
    private final Checkpointer checkpointer;
    private final SequencerOptions options;
    private final BlockingQueue<Request> inbox;
    private final BlockingQueue<Outbound> outbox = new ArrayBlockingQueue<>(4);
    private final List<Consumer<List<ExchangeEvent>>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService checkpointThread;
    private final Thread sequencerThread;
    private final Thread committerThread;
    private volatile String failure;
    private volatile boolean stopped;
    private volatile boolean closing;
    /**
     * Leases held by the latest checkpoint that was really saved: written by the checkpoint thread after a
     * successful save, read by the sequencer thread to know from which lease the next checkpoint must start.
     */
    private final AtomicLong leasesSaved = new AtomicLong();
    /** One checkpoint at a time: a slow disk should delay checkpoints, not pile up copies of the state. */
    private final AtomicBoolean checkpointing = new AtomicBoolean();

    // Owned by the sequencer thread.
    private final JournalBatch batch = new JournalBatch();
    private long nextSeq;
    private long sinceCheckpoint;
    private long lastCheckpointAt;

    private sealed interface Request permits CommandRequest, QueryRequest, StopRequest {
    }

    private record CommandRequest(Command command, CompletableFuture<CommandResult> future) implements Request {
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
        final List<Reply> replies = new ArrayList<>();
        final List<ExchangeEvent> events = new ArrayList<>();
        ExchangeState checkpoint;
        long checkpointSeq;
        long checkpointHash;
        StopRequest stop;
    }

    /**
     * Starts sequencing an exchange whose every journaled command is in its latest checkpoint.
     *
     * @param lastSeq the last command already journaled; the next gets lastSeq + 1
     * @param leasesSaved how many leases the latest checkpoint already holds
     */
    public Sequencer(Exchange exchange, Journal journal, Checkpointer checkpointer, SequencerOptions options,
                     long lastSeq, long leasesSaved) {
        this(exchange, journal, checkpointer, options, lastSeq, leasesSaved, 0);
    }

    /**
     * Starts sequencing an exchange.
     *
     * @param lastSeq the last command already journaled; the next gets lastSeq + 1
     * @param leasesSaved how many leases the latest checkpoint already holds
     * @param uncheckpointed journaled commands after the latest checkpoint (those recovery replayed): they count
     *     towards the next checkpoint, and a clean close saves one for them even if no new command comes in
     */
    public Sequencer(Exchange exchange, Journal journal, Checkpointer checkpointer, SequencerOptions options,
                     long lastSeq, long leasesSaved, long uncheckpointed) {
        this.exchange = exchange;
        this.journal = journal;
        this.checkpointer = checkpointer;
        this.options = options;
        this.inbox = new ArrayBlockingQueue<>(options.inboxCapacity());
        this.nextSeq = lastSeq + 1;
        this.leasesSaved.set(leasesSaved);
        this.sinceCheckpoint = uncheckpointed;
        this.lastCheckpointAt = options.clock().getAsLong();
        this.checkpointThread = Executors.newSingleThreadExecutor(r -> daemon(r, "cyclex-checkpoint"));
        this.sequencerThread = daemon(this::runSequencer, "cyclex-sequencer");
        this.committerThread = daemon(this::runCommitter, "cyclex-journal");
        batch.start(nextSeq);
        sequencerThread.start();
        committerThread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Queues a command. The future completes once the command is applied and committed, with its result; if it
     * can never be committed, with {@link ResultCode#EXCHANGE_UNAVAILABLE}. Waits while the inbox is full.
     */
    public CompletableFuture<CommandResult> submit(Command command) {
        CompletableFuture<CommandResult> future = new CompletableFuture<>();
        if (!offer(new CommandRequest(command, future))) {
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

    private boolean offer(Request request) {
        if (stopped || closing || failure != null) {
            return false;
        }
        try {
            inbox.put(request);
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
     * Hears the events of every committed batch, in commit order, on the journal thread: keep it quick (hand
     * the list to another thread), since the next batch waits for it. Returns a handle that unsubscribes.
     */
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Why the sequencer stopped taking commands, or null while it takes them. */
    public String failure() {
        return failure;
    }

    // ---- the sequencer thread ------------------------------------------------------------------------

    private void runSequencer() {
        List<Request> drained = new ArrayList<>(options.maxBatch());
        try {
            boolean stop = false;
            while (!stop) {
                drained.clear();
                Request first = inbox.poll(options.idleMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    drained.add(first);
                    inbox.drainTo(drained, options.maxBatch() - 1);
                }
                stop = sequence(drained);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("The sequencer was interrupted.", e);
        } catch (RuntimeException | Error e) {
            fail("The sequencer stopped on an unexpected error: " + e, e);
        } finally {
            stopped = true;
            failInbox();
        }
    }

    /** Applies one drained batch and ships it; true when it held the stop request. */
    private boolean sequence(List<Request> drained) throws InterruptedException {
        Outbound out = newOutbound();
        // Time passes for readers too: a batch that does not start with a command advances the clock first, so
        // day orders expire and window markets close on time even while queries keep the inbox from going idle,
        // and a query's answer is as of now. (A command runs what is due itself.)
        if (drained.isEmpty() || (failure == null && !(drained.get(0) instanceof CommandRequest))) {
            apply(new AdvanceClock(), null, out);
        }
        for (Request request : drained) {
            if (failure != null) {
                holdBack(out, request, null);
                continue;
            }
            if (request instanceof CommandRequest c) {
                apply(c.command(), c.future(), out);
                if (batch.full()) {
                    ship(out);
                    out = newOutbound();
                }
            } else if (request instanceof QueryRequest q) {
                Object answer;
                try {
                    answer = q.query().apply(exchange);
                    if (answer == null) {
                        answer = NO_ANSWER;
                    }
                } catch (RuntimeException e) {
                    answer = e;
                }
                holdBack(out, q, answer);
            } else if (request instanceof StopRequest stop) {
                out.stop = stop;
            }
        }
        if (failure == null && checkpointDue(out.stop)) {
            takeCheckpoint(out);
        }
        boolean stop = out.stop != null;
        ship(out);
        return stop;
    }

    private void apply(Command command, CompletableFuture<CommandResult> future, Outbound out) {
        CommandResult result;
        try {
            result = exchange.apply(command, options.clock().getAsLong());
        } catch (RuntimeException e) {
            // Memory may now be half-changed: nothing from here on can be trusted, or committed.
            fail("The exchange failed on command " + command + ": " + e, e);
            if (future != null) {
                out.replies.add(new Reply(cast(future), null, true));
            }
            return;
        }
        if (exchange.lastChangedState()) {
            batch.add(exchange.clock(), command);
            nextSeq++;
            sinceCheckpoint++;
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
        // From the last lease a checkpoint has really saved: if the one in flight fails, this one carries its
        // leases too (saving a lease twice is harmless, a lease never saved is a checkpoint that cannot load).
        checkpointing.set(true);
        out.checkpoint = exchange.capture(leasesSaved.get() + 1);
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
        }
        batch.start(nextSeq);
        outbox.put(out);
    }

    // ---- the journal thread --------------------------------------------------------------------------

    private void runCommitter() {
        while (true) {
            Outbound out;
            try {
                out = outbox.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("The journal thread was interrupted.", e);
                return;
            }
            commit(out);
            if (out.stop != null) {
                finishCheckpoints();
                out.stop.done().complete(null);
                return;
            }
        }
    }

    private void commit(Outbound out) {
        if (out.count > 0 && failure == null) {
            try {
                journal.append(out.firstSeq, out.firstSeq + out.count - 1, out.count, out.payload);
            } catch (RuntimeException | Error e) {
                // An Error too: letting it end this thread would leave every waiting command unanswered forever.
                fail("Could not save commands " + out.firstSeq + " to " + (out.firstSeq + out.count - 1) + ": " + e.getMessage(), e);
            }
        }
        boolean durable = failure == null;
        for (Reply reply : out.replies) {
            release(reply, durable);
        }
        if (!durable) {
            return;
        }
        if (!out.events.isEmpty()) {
            List<ExchangeEvent> events = List.copyOf(out.events);
            for (Consumer<List<ExchangeEvent>> subscriber : subscribers) {
                try {
                    subscriber.accept(events);
                } catch (RuntimeException | Error e) {
                    LOG.warn("An event subscriber failed; it keeps its subscription", e);
                }
            }
        }
        if (out.checkpoint != null) {
            ExchangeState state = out.checkpoint;
            long seq = out.checkpointSeq;
            long hash = out.checkpointHash;
            checkpointThread.execute(() -> {
                try {
                    checkpointer.save(state, seq, hash);
                    leasesSaved.set(state.leasesFrom() - 1 + state.leases().size());
                } catch (RuntimeException e) {
                    // The journal still holds everything: a failed checkpoint only makes the next start slower.
                    LOG.error("Checkpoint after command {} failed; the journal keeps every command", seq, e);
                } finally {
                    checkpointing.set(false);
                }
            });
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
            if (!checkpointThread.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.error("The last checkpoint did not finish in 10 minutes; the journal keeps every command");
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

    private void failInbox() {
        Request r;
        while ((r = inbox.poll()) != null) {
            if (r instanceof CommandRequest c) {
                c.future().complete(unavailable());
            } else if (r instanceof QueryRequest q) {
                q.future().completeExceptionally(new IllegalStateException(unavailable().message()));
            } else if (r instanceof StopRequest s) {
                s.done().complete(null);
            }
        }
    }

    /** Applies and commits everything queued, takes a last checkpoint, and stops. */
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
        if (closing) {
            return;
        }
        closing = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!stopped) {
            try {
                inbox.put(new StopRequest(checkpoint, done));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            sequencerThread.join();
            committerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failInbox();
        if (!checkpointThread.isShutdown()) {
            finishCheckpoints();
        }
    }
}
