package com.cyclex.store;

import com.cyclex.api.EventBatch;
import com.cyclex.exchange.Exchange;
import com.cyclex.exchange.ExchangeState;
import com.cyclex.exchange.LegacyStateHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the exchange at start-up: the latest checkpoint, checked against the hash it was saved with, then
 * every journaled command after it, applied at the time it first ran, checked against the state hashes the
 * journal carries. A replay that does not arrive where the live exchange was stops here with the reason:
 * running on from a state nobody acknowledged would be worse than not starting.
 *
 * <p>Events of replayed commands that the history tables do not hold yet go to the history writer, so the
 * history ends up complete whatever moment the process died at.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery() {
    }

    /**
     * What start-up found.
     *
     * @param lastSeq the last command applied: the next one gets lastSeq + 1
     * @param checkpointSeq the command the checkpoint was taken after (0 when there was none)
     * @param replayed journaled commands applied on top of the checkpoint
     * @param hashesChecked state hashes in the journal that the replay arrived at
     * @param millis how long it took
     */
    public record Recovered(Exchange exchange, long lastSeq, long checkpointSeq, long replayed, int hashesChecked, long millis) {
    }

    public static Recovered recover(Database database, JournalFile journal, HistoryStore history) {
        long t0 = System.nanoTime();
        try (CheckpointStore checkpoints = new CheckpointStore(database)) {
            CheckpointStore.Mark mark = checkpoints.latest();
            Exchange exchange = mark == null ? new Exchange(checkpoints.startingDeliveryRules()) : restore(checkpoints, mark);
            long from = mark == null ? 0 : mark.lastSeq();
            exchange.restoreRecentTrades(history.latestTrades(500));
            Replayer replayer = new Replayer(exchange, history);
            // A data dir of version 1 may hold its last commands as database rows; they come before the files.
            long last = LegacyJournal.readAfter(checkpoints.dsl(), from, entry -> {
                replayer.command(entry);
                replayer.recordEnd(entry.seq(), null, 0);
            });
            last = journal.replay(last, replayer);
            exchange.setEventSink(null);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            Recovered recovered = new Recovered(exchange, last, from, replayer.replayed, replayer.hashes, millis);
            LOG.info("Recovered the exchange in {} ms: checkpoint after command {}, {} commands replayed from the journal"
                    + " ({} state hashes checked), last command {}", millis, from, replayer.replayed, replayer.hashes, last);
            return recovered;
        }
    }

    private static Exchange restore(CheckpointStore checkpoints, CheckpointStore.Mark mark) {
        if (mark.hashVersion() > CheckpointStore.HASH_VERSION) {
            throw new StoreException("The checkpoint after command " + mark.lastSeq() + " was hashed by a newer Cyclex"
                    + " (hash version " + mark.hashVersion() + "). Open this data dir with the newer Cyclex.");
        }
        Exchange exchange;
        long hash;
        try {
            ExchangeState state = checkpoints.load();
            exchange = Exchange.restore(state);
            hash = mark.hashVersion() == 1 ? LegacyStateHash.of(state) : exchange.stateHash(mark.hashVersion());
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // Rows that break the exchange's own invariants (credits that do not sum to zero, an unknown status,
            // members out of order) are damage as much as a wrong hash is.
            throw new StoreException("The checkpoint after command " + mark.lastSeq() + " cannot be restored ("
                    + e.getMessage() + "): the database is damaged.", e);
        }
        if (hash != mark.stateHash()) {
            throw new StoreException("The checkpoint after command " + mark.lastSeq()
                    + " does not match the hash it was saved with: the database is damaged.");
        }
        return exchange;
    }

    /** Applies journaled commands, checks the hashes records carry, and feeds history what it lacks. */
    private static final class Replayer implements JournalFile.Replay {
        private final Exchange exchange;
        private final HistoryStore history;
        private final long historyMark;
        private final EventBatch.Builder events = new EventBatch.Builder();
        private long recordFirst = -1;
        long replayed;
        int hashes;

        Replayer(Exchange exchange, HistoryStore history) {
            this.exchange = exchange;
            this.history = history;
            this.historyMark = history.mark();
        }

        @Override
        public void command(JournalBatch.Entry entry) {
            if (recordFirst < 0) {
                recordFirst = entry.seq();
            }
            boolean toHistory = entry.seq() > historyMark;
            exchange.setEventSink(toHistory ? events::add : null);
            exchange.apply(entry.command(), entry.time(), entry.key());
            events.stamp(entry.seq(), entry.time());
            replayed++;
        }

        @Override
        public void recordEnd(long lastSeq, Long stateHash, int hashVersion) {
            if (stateHash != null) {
                long actual = exchange.stateHash(hashVersion);
                if (actual != stateHash) {
                    throw new StoreException("Replaying the journal did not arrive at the state the exchange had after command "
                            + lastSeq + " (hash " + Long.toHexString(actual) + " instead of " + Long.toHexString(stateHash)
                            + "). This build does not replay this journal exactly; start it with the Cyclex that wrote it,"
                            + " or restore the data dir from a copy.");
                }
                hashes++;
            }
            if (lastSeq > historyMark) {
                history.write(events.build(Math.max(recordFirst, historyMark + 1), lastSeq));
            }
            events.clear();
            recordFirst = -1;
        }
    }
}
