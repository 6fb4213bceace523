package com.cyclex.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeReader;
import com.cyclex.store.CheckpointStore;
import com.cyclex.store.DataDir;
import com.cyclex.store.Database;
import com.cyclex.store.JournalStore;
import com.cyclex.store.Recovery;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A running exchange on a data dir: the lock, the database, the recovered state and the sequencer, opened
 * together and closed together. Everything that trades (UI, gateway, robots) goes through {@link #submit}.
 */
public final class ExchangeHost implements AutoCloseable {
    private final DataDir dataDir;
    private final Database database;
    private final JournalStore journal;
    private final CheckpointStore checkpoints;
    private final Sequencer sequencer;
    private final Recovery.Recovered recovered;

    private ExchangeHost(DataDir dataDir, Database database, JournalStore journal, CheckpointStore checkpoints,
                         Sequencer sequencer, Recovery.Recovered recovered) {
        this.dataDir = dataDir;
        this.database = database;
        this.journal = journal;
        this.checkpoints = checkpoints;
        this.sequencer = sequencer;
        this.recovered = recovered;
    }

    /** Opens the exchange kept in a data dir, recovering everything acknowledged before. */
    public static ExchangeHost open(Path dir, SequencerOptions options) {
        DataDir dataDir = DataDir.open(dir);
        Database database = null;
        try {
            database = Database.open(dataDir);
            Recovery.Recovered recovered = Recovery.recover(database);
            JournalStore journal = new JournalStore(database);
            CheckpointStore checkpoints = new CheckpointStore(database);
            Sequencer sequencer = new Sequencer(recovered.exchange(), journal::append, checkpoints::save, options,
                    recovered.lastSeq(), recovered.leaseCount(), recovered.replayed());
            return new ExchangeHost(dataDir, database, journal, checkpoints, sequencer, recovered);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            dataDir.close();
            throw e;
        }
    }

    public static ExchangeHost open(Path dir) {
        return open(dir, SequencerOptions.defaults());
    }

    /** Queues a command; the future completes once it is durable (see {@link Sequencer#submit}). */
    public CompletableFuture<CommandResult> submit(Command command) {
        return sequencer.submit(command);
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

    /** What start-up recovered. */
    public Recovery.Recovered recovered() {
        return recovered;
    }

    public Path dataDir() {
        return dataDir.path();
    }

    /** Why the exchange stopped taking commands, or null while it takes them. */
    public String failure() {
        return sequencer.failure();
    }

    /** Finishes what is queued, saves a checkpoint and closes the database. */
    @Override
    public void close() {
        try {
            sequencer.close();
            journal.close();
            checkpoints.close();
            database.close();
        } finally {
            dataDir.close();
        }
    }

    /** Stops as if the process had died, for tests of recovery: no checkpoint, no clean database close. */
    public void crash() {
        try {
            sequencer.abort();
            database.crash();
        } finally {
            dataDir.close();
        }
    }
}
