package com.cyclex.store;

import com.cyclex.exchange.Exchange;
import com.cyclex.exchange.ExchangeState;

/**
 * Rebuilds the exchange at start-up: the latest checkpoint, checked against the hash it was saved with,
 * then every journaled command after it, applied at the time it first ran.
 */
public final class Recovery {
    private Recovery() {
    }

    /**
     * What start-up found.
     *
     * @param lastSeq the last command applied: the next one gets lastSeq + 1
     * @param checkpointSeq the command the checkpoint was taken after (0 when there was none)
     * @param replayed journaled commands applied on top of the checkpoint
     * @param leaseCount leases the checkpoint already holds, so the next one appends only newer leases
     */
    public record Recovered(Exchange exchange, long lastSeq, long checkpointSeq, long replayed, long leaseCount) {
    }

    public static Recovered recover(Database database) {
        try (CheckpointStore checkpoints = new CheckpointStore(database)) {
            CheckpointStore.Mark mark = checkpoints.latest();
            Exchange exchange;
            long from = 0;
            long leaseCount = 0;
            if (mark == null) {
                exchange = new Exchange();
            } else {
                try {
                    ExchangeState state = checkpoints.load();
                    exchange = Exchange.restore(state);
                } catch (StoreException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Rows that break the exchange's own invariants (credits that do not sum to zero, an unknown
                    // status, members out of order) are damage as much as a wrong hash is.
                    throw new StoreException("The checkpoint after command " + mark.lastSeq() + " cannot be restored ("
                            + e.getMessage() + "): the database is damaged.", e);
                }
                long hash = exchange.stateHash();
                if (hash != mark.stateHash()) {
                    throw new StoreException("The checkpoint after command " + mark.lastSeq()
                            + " does not match the hash it was saved with: the database is damaged.");
                }
                from = mark.lastSeq();
                leaseCount = mark.leaseCount();
            }
            long[] replayed = {0};
            long last = JournalStore.readAfter(checkpoints.dsl(), from, entry -> {
                exchange.apply(entry.command(), entry.time());
                replayed[0]++;
            });
            return new Recovered(exchange, last, from, replayed[0], leaseCount);
        }
    }
}
