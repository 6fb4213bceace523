package com.cyclex.host;

import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.EventBatch;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeReader;
import com.cyclex.exchange.Exchange;
import com.cyclex.member.MemberRegistry;
import com.cyclex.store.CheckpointStore;
import com.cyclex.store.DataDir;
import com.cyclex.store.Database;
import com.cyclex.store.HistoryStore;
import com.cyclex.store.JournalFile;
import com.cyclex.store.Recovery;
import com.cyclex.store.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running exchange on a data dir: the lock, the database (checkpoints and history), the journal files,
 * the recovered state and the sequencer, opened together and closed together. Everything that trades (UI,
 * gateway, robots) goes through {@link #submit}.
 */
public final class ExchangeHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeHost.class);
    /** How long a checkpoint waits for the history to catch up before it gives up for this time. */
    private static final long HISTORY_WAIT_MILLIS = 120_000;

    private final DataDir dataDir;
    private final Database database;
    private final JournalFile journal;
    private final HistoryStore history;
    private com.cyclex.agent.SellerWatch sellerWatch;
    /** What runs on this host and must stop before it does (delivery, its agents), newest last. */
    private final java.util.List<AutoCloseable> attachments = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CheckpointStore checkpoints;
    private final SessionStore sessions;
    private final Recovery.Recovered recovered;
    private final CheckpointLog checkpointLog = new CheckpointLog();
    private final AtomicLong lostTail = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Sequencer sequencer;

    /** What the latest checkpoint cost, for the log and the soak. */
    public record CheckpointFigures(long lastSeq, long millis, int segmentsDeleted) {
    }

    private static final class CheckpointLog {
        volatile CheckpointFigures latest;
        final AtomicLong count = new AtomicLong();
    }

    private ExchangeHost(DataDir dataDir, Database database, JournalFile journal, HistoryStore history,
                         CheckpointStore checkpoints, Recovery.Recovered recovered) {
        this.dataDir = dataDir;
        this.database = database;
        this.journal = journal;
        this.history = history;
        this.checkpoints = checkpoints;
        this.sessions = new SessionStore(database);
        this.recovered = recovered;
    }

    /** Opens the exchange kept in a data dir, recovering everything acknowledged before; history kept a week. */
    public static ExchangeHost open(Path dir, SequencerOptions options) {
        return open(dir, options, HistoryStore.DEFAULT_KEEP_MILLIS);
    }

    /**
     * Opens the exchange kept in a data dir, recovering everything acknowledged before.
     *
     * @param historyKeepMillis how long trades, settled leases and the order flow are kept (0: for ever)
     */
    public static ExchangeHost open(Path dir, SequencerOptions options, long historyKeepMillis) {
        DataDir dataDir = DataDir.open(dir);
        Database database = null;
        JournalFile journal = null;
        HistoryStore history = null;
        try {
            LOG.info("Opening the exchange in {}", dataDir.path());
            database = Database.open(dataDir);
            journal = JournalFile.open(dataDir.path().resolve("journal"));
            history = new HistoryStore(database, historyKeepMillis);
            Recovery.Recovered recovered = Recovery.recover(database, journal, history);
            CheckpointStore checkpoints = new CheckpointStore(database);
            ExchangeHost host = new ExchangeHost(dataDir, database, journal, history, checkpoints, recovered);
            host.start(options);
            return host;
        } catch (RuntimeException | Error e) {
            closeQuietly(history);
            closeQuietly(journal);
            if (database != null) {
                closeQuietly(database);
            }
            dataDir.close();
            throw e;
        }
    }

    public static ExchangeHost open(Path dir) {
        return open(dir, SequencerOptions.defaults());
    }

    private void start(SequencerOptions options) {
        JournalFile file = journal;
        Journal toFile = new Journal() {
            @Override
            public void append(long firstSeq, long lastSeq, int commands, Long stateHash, byte[] payload) {
                file.append(firstSeq, commands, stateHash, payload);
            }

            @Override
            public void write(long firstSeq, long lastSeq, int commands, Long stateHash, byte[] payload) {
                file.write(firstSeq, commands, stateHash, payload);
            }

            @Override
            public void sync() {
                file.sync();
            }

            @Override
            public void checkpointAt(long lastSeq) {
                file.roll();
            }
        };
        sequencer = new Sequencer(recovered.exchange(), toFile, this::saveCheckpoint, options, recovered.lastSeq(),
                recovered.replayed());
        sequencer.subscribeBatches(history::write);
        if (recovered.exchange().deliveryRules() < Exchange.CURRENT_DELIVERY_RULES) {
            // Journaled, so a replay switches rules at this same point: what came before keeps its old meaning.
            CommandResult adopted = sequencer.submit(new AdoptDeliveryRules(MemberRegistry.HOST_ID,
                    Exchange.CURRENT_DELIVERY_RULES)).join();
            if (!adopted.accepted()) {
                throw new IllegalStateException("The exchange could not take up delivery rules "
                        + Exchange.CURRENT_DELIVERY_RULES + ": " + adopted.message());
            }
        }
    }

    /** On the checkpoint thread: once the history holds everything up to the checkpoint, save it and drop old journal. */
    private void saveCheckpoint(com.cyclex.exchange.ExchangeState state, long seq, long hash) {
        long t0 = System.nanoTime();
        if (!history.awaitMark(seq, HISTORY_WAIT_MILLIS)) {
            // The journal holds everything still; the history will be written again from it on the next start.
            LOG.warn("Checkpoint after command {} skipped: the history is written only to command {}{}", seq, history.mark(),
                    history.failure() == null ? "" : " (" + history.failure() + ")");
            return;
        }
        checkpoints.save(state, seq, hash);
        int deleted = journal.trimThrough(seq);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        checkpointLog.latest = new CheckpointFigures(seq, millis, deleted);
        checkpointLog.count.incrementAndGet();
        LOG.info("Checkpoint after command {} saved in {} ms ({} members, {} open orders, {} open leases); {} journal segments deleted",
                seq, millis, state.members().size(), state.orders().size(), state.openLeases().size(), deleted);
    }

    /** Queues a command; the future completes once it is durable (see {@link Sequencer#submit}). */
    public CompletableFuture<CommandResult> submit(Command command) {
        return sequencer.submit(command);
    }

    /** Queues a command with its sender's idempotency key (see {@link Sequencer#submit(Command, String)}). */
    public CompletableFuture<CommandResult> submit(Command command, String idempotencyKey) {
        return sequencer.submit(command, idempotencyKey);
    }

    /** Submits a command and waits until it is durable. */
    public CommandResult execute(Command command) {
        return submit(command).join();
    }

    /** Asks a question in line with commands (see {@link Sequencer#query}). */
    public <T> CompletableFuture<T> query(Function<ExchangeReader, T> query) {
        return sequencer.query(query);
    }

    /** Asks and waits. */
    public <T> T read(Function<ExchangeReader, T> query) {
        return query(query).join();
    }

    /** Hears committed events (see {@link Sequencer#subscribe}). */
    public AutoCloseable subscribe(Consumer<List<ExchangeEvent>> subscriber) {
        return sequencer.subscribe(subscriber);
    }

    /** Hears committed batches with the sequence number and time of each event (see {@link Sequencer#subscribeBatches}). */
    public AutoCloseable subscribeBatches(Consumer<EventBatch> subscriber) {
        return sequencer.subscribeBatches(subscriber);
    }

    /** The history tables: trades, leases and the order flow, for queries and exports. */
    public HistoryStore history() {
        return history;
    }

    /** The live classroom session's own record, which a restart takes up again. */
    public SessionStore sessions() {
        return sessions;
    }

    /**
     * Why a front end's command may not go in, by a rule of something running on this host (a live session keeps
     * its market to its seats), or null when it may. The gateway and the host's own terminal both ask here before
     * they submit, so the rule is written once; the exchange itself knows nothing of it.
     */
    public CommandResult refusal(Command command) {
        for (AutoCloseable a : attachments) {
            if (a instanceof CommandGate gate) {
                CommandResult r = gate.refusal(command);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The sequence number of the last acknowledged command. */
    public long lastSeq() {
        return sequencer.lastAcknowledged();
    }

    /**
     * A client reports the last sequence number it was told of. One beyond the host's last acknowledged command
     * means the host lost acknowledged commands (a journal tail gone with a disk): said loudly, never rolled
     * back in silence. Returns true in that case.
     */
    public boolean clientSaw(long seq) {
        long ours = lastSeq();
        if (seq <= ours) {
            return false;
        }
        long before = lostTail.getAndAccumulate(seq, Math::max);
        if (seq > before) {
            LOG.error("A client saw command {} acknowledged, but this exchange holds commands only up to {}:"
                    + " acknowledged commands were lost (was the data dir restored from an older copy?)", seq, ours);
        }
        return true;
    }

    /** The highest sequence number a client saw beyond this host's journal, or 0 when none did. */
    public long lostTail() {
        return lostTail.get();
    }

    /** What start-up recovered. */
    public Recovery.Recovered recovered() {
        return recovered;
    }

    /**
     * The watch on sellers' heartbeats, made with this timeout on the first call (delivery starting); later
     * calls, and front ends that only report what they hear (the gateway), get the same one.
     */
    public synchronized com.cyclex.agent.SellerWatch sellerWatch(long timeoutMillis) {
        if (sellerWatch == null) {
            sellerWatch = new com.cyclex.agent.SellerWatch(timeoutMillis, System::currentTimeMillis);
        }
        return sellerWatch;
    }

    /** Keeps something that runs on this host (delivery, say) to be closed before the exchange closes. */
    public <T extends AutoCloseable> T attach(T running) {
        attachments.add(running);
        return running;
    }

    /** The attached thing of this kind, or null. */
    public <T> T attached(Class<T> kind) {
        for (AutoCloseable a : attachments) {
            if (kind.isInstance(a)) {
                return kind.cast(a);
            }
        }
        return null;
    }

    /** The watch on sellers, or null while delivery has not started here. */
    public synchronized com.cyclex.agent.SellerWatch sellerWatch() {
        return sellerWatch;
    }

    public Path dataDir() {
        return dataDir.path();
    }

    /** Why the exchange stopped taking commands, or null while it takes them. */
    public String failure() {
        return sequencer.failure();
    }

    /** The latest checkpoint this process saved, or null before the first. */
    public CheckpointFigures latestCheckpoint() {
        return checkpointLog.latest;
    }

    /** Checkpoints this process saved. */
    public long checkpointCount() {
        return checkpointLog.count.get();
    }

    /** Bytes on disk of the database and the history files. */
    public long databaseBytes() {
        try (var files = Files.walk(dataDir.databaseBase().getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) { // a history file deleted while counted
            return 0;
        }
    }

    /** How long the journal's latest syncs took: the device's share of an acknowledgement. */
    public com.cyclex.store.SyncTimes journalSyncTimes() {
        return journal.syncTimes();
    }

    /** Bytes of the journal segments on disk. */
    public long journalBytes() {
        return journal.sizeBytes();
    }

    /** The first sequence number of each journal segment on disk, oldest first. */
    public List<Long> journalSegments() {
        return journal.segmentFirsts();
    }

    /** Finishes what is queued, saves a checkpoint and closes the database. Calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (int i = attachments.size() - 1; i >= 0; i--) {
            closeQuietly(attachments.get(i));
        }
        try {
            sequencer.close();
            LOG.info("Exchange closed after command {}", sequencer.lastAcknowledged());
        } finally {
            closeQuietly(history);
            closeQuietly(journal);
            closeQuietly(sessions);
            closeQuietly(checkpoints);
            closeQuietly(database);
            dataDir.close();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Closing {} failed: {}", c.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** Stops as if the process had died, for tests of recovery: no checkpoint, no clean database close. */
    public void crash() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            sequencer.abort();
            closeQuietly(sessions); // only lets go of its connection: it writes nothing more
            closeQuietly(journal);
            history.crash();
            database.crash();
        } finally {
            dataDir.close();
        }
    }
}
