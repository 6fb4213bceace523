package com.cyclex.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC on the database of a data dir that no host has open: how tests look at what really reached the
 * files, and how they damage them the way a disk or a careless person might.
 */
public final class StoreFiles {
    private StoreFiles() {
    }

    /** Something done with a connection; a commit is the caller's to make. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Opens the data dir (lock, migrations) as a host would, runs the work, and closes it all cleanly. */
    public static <T> T with(Path dir, Work<T> work) {
        try (DataDir dataDir = DataDir.open(dir); Database database = Database.open(dataDir);
             Connection c = database.connect()) {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first command of each journal segment in a data dir, oldest first. */
    public static java.util.List<Long> journalSegments(Path dir) {
        try (var files = java.nio.file.Files.list(dir.resolve("journal"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("segment-\\d{20}\\.cxj"))
                    .map(n -> Long.parseLong(n.substring(8, 28))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one update and commits it; returns the rows changed. */
    public static int update(Path dir, String sql) {
        return with(dir, c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    /** The single long a query answers. */
    public static long queryLong(Path dir, String sql) {
        return with(dir, c -> queryLong(c, sql));
    }

    public static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return r.getLong(1);
        }
    }
}
