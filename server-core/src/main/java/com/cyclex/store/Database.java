package com.cyclex.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one data dir: the checkpoint, and an earlier version's history (the journal is
 * in {@link JournalFile}, the history in {@link HistorySlice} files beside this one). WRITE_DELAY=0 makes every commit write its changes to the file before it returns: with
 * H2's default background writer, a crash at the wrong moment left files that would not open again ("Chunk
 * not found"), a known class of H2 bugs. Commits here are few and large (a checkpoint), so
 * writing them at once costs little; a checkpoint also syncs itself before the journal it replaces is deleted.
 * DB_CLOSE_ON_EXIT=FALSE leaves the closing to us, after the last checkpoint.
 */
public final class Database implements AutoCloseable {
    static {
        // jOOQ prints a banner and a tip at first use; an exchange's log is no place for either.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final String url;
    private volatile Connection keeper;
    private final java.nio.file.Path base;

    private Database(String url, Connection keeper, java.nio.file.Path base) {
        this.url = url;
        this.keeper = keeper;
        this.base = base;
    }

    /** The folder the database's files are in; the history's files are kept beside them. */
    public java.nio.file.Path directory() {
        return base.getParent();
    }

    /** Opens (creating if needed) the database of a locked data dir and brings its schema up to date. */
    public static Database open(DataDir dir) {
        String url = "jdbc:h2:file:" + dir.databaseBase() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try {
            Connection keeper = DriverManager.getConnection(url, "cyclex", "");
            try {
                keeper.setAutoCommit(false);
                Migrations.apply(keeper);
            } catch (SQLException | RuntimeException e) {
                // The keeper is the database's only connection: closing it closes the database, which a refused
                // start must not leave open in this process.
                try {
                    keeper.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return new Database(url, keeper, dir.databaseBase());
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database in " + dir.path() + ": " + e.getMessage(), e);
        }
    }

    /** A new connection with auto-commit off; each user commits at its own boundary. */
    public Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url, "cyclex", "");
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new StoreException("Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    static DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    /** The connection kept open for the database's whole life; for reads at start-up. */
    Connection keeper() {
        return keeper;
    }

    /** Bytes of the database file. */
    public long fileBytes() {
        try {
            return java.nio.file.Files.size(base.resolveSibling(base.getFileName() + ".mv.db"));
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * Rewrites the file to hold only its live data. H2 does this only while closing, so every connection is
     * closed (callers connect again) and the keeper reopens the database.
     */
    synchronized void compact() {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("The database could not be compacted: " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection(url, "cyclex", "");
            c.setAutoCommit(false);
            keeper = c;
        } catch (SQLException e) {
            throw new StoreException("The database did not open again after compacting: " + e.getMessage(), e);
        }
    }

    /** Closes the database cleanly, writing everything out. */
    @Override
    public void close() {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("The database did not close cleanly: " + e.getMessage(), e);
        }
    }

    /** Stops the database as a crash would: nothing more is written. For tests of recovery. */
    public void crash() {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            throw new StoreException("The database did not stop: " + e.getMessage(), e);
        }
    }
}
