package com.cyclex.store;

import static com.cyclex.store.schema.Tables.JOURNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * The journal as version 1 of Cyclex kept it: one database row per group commit. Read once, when a data dir
 * written by version 1 is opened, so its last commands replay; the first checkpoint after that empties the
 * table for good. Nothing writes here any more.
 */
final class LegacyJournal {
    private LegacyJournal() {
    }

    /**
     * Visits every journaled command after {@code seq}, in order. The batches must follow each other without a
     * gap; a gap means the journal was damaged, and recovering past it would invent a history.
     *
     * @return the sequence number of the last command visited, or {@code seq} when there was none
     */
    static long readAfter(DSLContext dsl, long seq, Consumer<JournalBatch.Entry> visitor) {
        long expected = seq + 1;
        try (var cursor = dsl.select(JOURNAL.FIRST_SEQ, JOURNAL.LAST_SEQ, JOURNAL.COMMANDS, JOURNAL.PAYLOAD)
                .from(JOURNAL).where(JOURNAL.LAST_SEQ.gt(seq)).orderBy(JOURNAL.FIRST_SEQ).fetchLazy()) {
            for (Record4<Long, Long, Integer, byte[]> row : cursor) {
                long first = row.value1();
                long last = row.value2();
                if (first > expected) {
                    throw new StoreException("The journal has a gap: commands " + expected + " to " + (first - 1) + " are missing.");
                }
                // Decode the whole batch before applying any of it, so a payload that cannot be read is reported
                // as the damage it is, and an exception from the visitor is never mistaken for one.
                List<JournalBatch.Entry> entries = new ArrayList<>(row.value3());
                try {
                    JournalBatch.read(JournalBatch.FORM_PLAIN, first, row.value4(), entries::add);
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
                    if (entry.seq() >= expected) {
                        visitor.accept(entry);
                        expected = entry.seq() + 1;
                    }
                }
            }
        }
        return expected - 1;
    }

    /** Forgets the rows a checkpoint at {@code seq} covers. */
    static void deleteThrough(DSLContext dsl, long seq) {
        dsl.deleteFrom(JOURNAL).where(JOURNAL.LAST_SEQ.le(seq)).execute();
    }
}
