package com.cyclex.store;

import static com.cyclex.store.schema.Tables.JOURNAL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record4;

/** The journal table: one row per group commit, appended by one thread and read back at start-up. */
public final class JournalStore implements AutoCloseable {
    private final Connection connection;
    private final DSLContext dsl;

    public JournalStore(Database database) {
        this.connection = database.connect();
        this.dsl = Database.dsl(connection);
    }

    /** Appends a batch, commits and syncs; when this returns, the batch survives a crash of the process or the machine. */
    public void append(long firstSeq, long lastSeq, int commands, byte[] payload) {
        try {
            dsl.insertInto(JOURNAL, JOURNAL.FIRST_SEQ, JOURNAL.LAST_SEQ, JOURNAL.COMMANDS, JOURNAL.PAYLOAD, JOURNAL.WRITTEN_AT)
                    .values(firstSeq, lastSeq, commands, payload, System.currentTimeMillis())
                    .execute();
            connection.commit();
            // The commit has reached the OS; this makes it reach the device, so an acknowledgement survives
            // a power cut too. One fsync per group commit, not per command.
            dsl.execute("CHECKPOINT SYNC");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw new StoreException("Could not write journal batch " + firstSeq + ".." + lastSeq + ": " + e.getMessage(), e);
        }
    }

    /**
     * Visits every journaled command after {@code seq}, in order. The batches must follow each other without a
     * gap; a gap means the journal was damaged, and recovering past it would invent a history.
     *
     * @return the sequence number of the last command visited, or {@code seq} when there was none
     */
    static long readAfter(DSLContext dsl, long seq, Consumer<JournalBatch.Entry> visitor) {
        long[] expected = {seq + 1};
        try (var cursor = dsl.select(JOURNAL.FIRST_SEQ, JOURNAL.LAST_SEQ, JOURNAL.COMMANDS, JOURNAL.PAYLOAD)
                .from(JOURNAL).where(JOURNAL.LAST_SEQ.gt(seq)).orderBy(JOURNAL.FIRST_SEQ).fetchLazy()) {
            for (Record4<Long, Long, Integer, byte[]> row : cursor) {
                long first = row.value1();
                long last = row.value2();
                if (first > expected[0]) {
                    throw new StoreException("The journal has a gap: commands " + expected[0] + " to " + (first - 1) + " are missing.");
                }
                // Decode the whole batch before applying any of it, so a payload that cannot be read is reported
                // as the damage it is, and an exception from the visitor is never mistaken for one.
                List<JournalBatch.Entry> entries = new ArrayList<>(row.value3());
                try {
                    JournalBatch.read(first, row.value4(), entries::add);
                } catch (RuntimeException e) {
                    throw new StoreException("Journal batch " + first + ".." + last + " cannot be read: " + e.getMessage()
                            + ": it is damaged.", e);
                }
                int seen = entries.size();
                if (seen != row.value3() || first + seen - 1 != last) {
                    throw new StoreException("Journal batch " + first + ".." + last + " holds " + seen
                            + " commands, not " + row.value3() + ": it is damaged.");
                }
                for (JournalBatch.Entry entry : entries) {
                    if (entry.seq() >= expected[0]) {
                        visitor.accept(entry);
                        expected[0] = entry.seq() + 1;
                    }
                }
            }
        }
        return expected[0] - 1;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close the journal: " + e.getMessage(), e);
        }
    }
}
