package com.cyclex.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the database file near the size of its live data. H2 writes each commit as a new chunk and frees a chunk
 * only when none of its pages is live any more; tables that grow at one end and are pruned at the other leave
 * old chunks holding a few live pages each, so the file grows for ever unless those pages are moved. H2 moves
 * them only in its background writer, which WRITE_DELAY=0 turns off (see {@link Database}), so this does the
 * same in small steps on the history writer's thread: rewrite the live pages of the emptiest chunks, a bounded
 * number of bytes at a time, whenever the file is less full than {@link #TARGET_FILL_PERCENT}. The freed chunks'
 * space is reused for new chunks once H2's retention time has passed.
 *
 * <p>H2 offers this only on its MVStore, not in SQL, so the store is reached through the embedded session; when
 * that is not possible (another H2 build), the file is left as H2 keeps it and the log says so once.
 */
final class FileCompactor {
    private static final Logger LOG = LoggerFactory.getLogger(FileCompactor.class);
    /** Below this share of live bytes in the file's chunks, the emptiest chunks are rewritten. */
    static final int TARGET_FILL_PERCENT = 70;
    /** At most this much is rewritten per step, so a step never holds the writer for long. */
    static final int STEP_BYTES = 4 << 20;

    private final MVStore store;
    private long steps;

    private FileCompactor(MVStore store) {
        this.store = store;
    }

    /** The compactor of the database this embedded connection belongs to. */
    static FileCompactor of(Connection connection) {
        try {
            JdbcConnection jdbc = connection.unwrap(JdbcConnection.class);
            SessionLocal session = (SessionLocal) jdbc.getSession();
            return new FileCompactor(session.getDatabase().getStore().getMvStore());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The database file cannot be compacted while open here ({}); it is compacted when it closes.", e.toString());
            return new FileCompactor(null);
        }
    }

    /** Rewrites up to {@link #STEP_BYTES} of the emptiest chunks if the file is less full than the target. */
    void step() {
        if (store == null || store.isClosed() || store.getFillRate() >= TARGET_FILL_PERCENT) {
            return;
        }
        if (store.compact(TARGET_FILL_PERCENT, STEP_BYTES)) {
            steps++;
        }
    }

    /** The share of live bytes in the file's chunks, in percent (100 when not known). */
    int fillPercent() {
        return store == null || store.isClosed() ? 100 : store.getFillRate();
    }

    /** How many steps rewrote something, since this opened. */
    long steps() {
        return steps;
    }
}
