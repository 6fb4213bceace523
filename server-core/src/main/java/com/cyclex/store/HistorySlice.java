package com.cyclex.store;

import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One stretch of exchange time's history in a database file of its own ({@code slice-<first millisecond>}):
 * trades, lease states and the order flow, only ever added to. History is kept for a set time by deleting
 * whole slices: H2 reclaims the space of deleted rows poorly (pages of a pruned table linger in chunks that
 * are never freed, and the file grew without bound in a soak), while a deleted file gives back every byte.
 *
 * <p>Each slice holds its own mark (the last sequence number written, and the newest event time) in the same
 * transaction as its rows. The newest slice is written; older ones are only read.
 */
final class HistorySlice implements AutoCloseable {
    static final String PREFIX = "slice-";
    private static final String SUFFIX = ".mv.db";
    /** Slices are small and mostly cold: a small cache each, so a week of them costs little heap. */
    private static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=8192";

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS TRADE (ID BIGINT NOT NULL PRIMARY KEY, MARKET_ID INT NOT NULL, BID_ORDER_ID BIGINT NOT NULL,"
                + " ASK_ORDER_ID BIGINT NOT NULL, BUYER_ID BIGINT NOT NULL, SELLER_ID BIGINT NOT NULL, PRICE BIGINT NOT NULL,"
                + " UNITS BIGINT NOT NULL, AGGRESSOR VARCHAR(3) NOT NULL, TRADED_AT BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS TRADE_BY_MARKET ON TRADE (MARKET_ID, ID)",
        "CREATE INDEX IF NOT EXISTS TRADE_BY_BUYER ON TRADE (BUYER_ID, ID)",
        "CREATE INDEX IF NOT EXISTS TRADE_BY_SELLER ON TRADE (SELLER_ID, ID)",
        // A lease as it stood after the command SEQ, with its trade; a lease still open when a slice begins is
        // written again at its start, so the newest slice alone knows every open lease.
        "CREATE TABLE IF NOT EXISTS LEASE_STATE (SEQ BIGINT NOT NULL, ID BIGINT NOT NULL, TRADE_ID BIGINT NOT NULL,"
                + " MARKET_ID INT NOT NULL, BID_ORDER_ID BIGINT NOT NULL, ASK_ORDER_ID BIGINT NOT NULL, BUYER_ID BIGINT NOT NULL,"
                + " SELLER_ID BIGINT NOT NULL, PRICE BIGINT NOT NULL, UNITS BIGINT NOT NULL, AGGRESSOR VARCHAR(3) NOT NULL,"
                + " TRADED_AT BIGINT NOT NULL, CORES BIGINT NOT NULL, START_AT BIGINT NOT NULL, END_AT BIGINT NOT NULL,"
                + " ESCROW BIGINT NOT NULL, SELLER_FEE BIGINT NOT NULL, STATE VARCHAR(10) NOT NULL)",
        // What a lease had delivered, paid and refunded at that point, and why it failed (version 3).
        "ALTER TABLE LEASE_STATE ADD COLUMN IF NOT EXISTS PAID BIGINT DEFAULT 0 NOT NULL",
        "ALTER TABLE LEASE_STATE ADD COLUMN IF NOT EXISTS FEE_TAKEN BIGINT DEFAULT 0 NOT NULL",
        "ALTER TABLE LEASE_STATE ADD COLUMN IF NOT EXISTS REFUNDED BIGINT DEFAULT 0 NOT NULL",
        "ALTER TABLE LEASE_STATE ADD COLUMN IF NOT EXISTS DELIVERED_TO BIGINT",
        "ALTER TABLE LEASE_STATE ADD COLUMN IF NOT EXISTS ENDING VARCHAR(24)",
        "CREATE INDEX IF NOT EXISTS LEASE_BY_ID ON LEASE_STATE (ID, SEQ)",
        "CREATE INDEX IF NOT EXISTS LEASE_BY_BUYER ON LEASE_STATE (BUYER_ID, ID)",
        "CREATE INDEX IF NOT EXISTS LEASE_BY_SELLER ON LEASE_STATE (SELLER_ID, ID)",
        "CREATE TABLE IF NOT EXISTS ORDER_EVENT (SEQ BIGINT NOT NULL, ORDER_ID BIGINT NOT NULL, MARKET_ID INT NOT NULL,"
                + " MEMBER_ID BIGINT NOT NULL, SIDE VARCHAR(3) NOT NULL, PRICE BIGINT NOT NULL, OPEN_UNITS BIGINT NOT NULL,"
                + " FILLED_UNITS BIGINT NOT NULL, TIME_IN_FORCE VARCHAR(3) NOT NULL, RESTING BOOLEAN NOT NULL,"
                + " CANCEL_REASON VARCHAR(16), EVENT_AT BIGINT NOT NULL)",
        // By member and time only: every query of the order flow is a member's, over a time range. A second index
        // by order (ORDER_EVENT_BY_ORDER, which slices written before still have) cost a third of each row's write
        // (9.4-10.9 µs of a core a row with it, 5.4-5.5 without) and served one lookup the member's range serves
        // as well.
        "CREATE INDEX IF NOT EXISTS ORDER_EVENT_BY_MEMBER ON ORDER_EVENT (MEMBER_ID, EVENT_AT)",
        // The order flow: a member's events packed a chunk to a row (OrderFlowChunk), as a row an event cost the
        // writer most of its time. ORDER_EVENT stays for the rows earlier versions wrote, and is read first. The
        // index holds the order the chunks are read in, so a long range is read without sorting it.
        "CREATE TABLE IF NOT EXISTS ORDER_FLOW (MEMBER_ID BIGINT NOT NULL, FIRST_SEQ BIGINT NOT NULL, FIRST_AT BIGINT NOT NULL,"
                + " LAST_AT BIGINT NOT NULL, EVENTS INT NOT NULL, DATA VARBINARY NOT NULL)",
        "CREATE INDEX IF NOT EXISTS ORDER_FLOW_BY_MEMBER ON ORDER_FLOW (MEMBER_ID, LAST_AT, FIRST_SEQ)",
        "CREATE TABLE IF NOT EXISTS SLICE_MARK (ID INT NOT NULL PRIMARY KEY, LAST_SEQ BIGINT NOT NULL, NEWEST_AT BIGINT NOT NULL)",
    };

    static final String TRADE_COLUMNS = "ID, MARKET_ID, BID_ORDER_ID, ASK_ORDER_ID, BUYER_ID, SELLER_ID, PRICE, UNITS, AGGRESSOR, TRADED_AT";
    /** The lease columns of every version; a slice written before leases paid as they went has only these. */
    static final String LEASE_BASE_COLUMNS = "TRADE_ID, MARKET_ID, BID_ORDER_ID, ASK_ORDER_ID, BUYER_ID, SELLER_ID, PRICE, UNITS,"
            + " AGGRESSOR, TRADED_AT, ID, CORES, START_AT, END_AT, ESCROW, SELLER_FEE, STATE";
    static final String LEASE_COLUMNS = LEASE_BASE_COLUMNS + ", PAID, FEE_TAKEN, REFUNDED, DELIVERED_TO, ENDING";

    final long start;
    private final Path base;
    private final Connection reader;
    private Connection writer;

    private HistorySlice(long start, Path base, Connection reader) {
        this.start = start;
        this.base = base;
        this.reader = reader;
    }

    /** Opens (creating if need be) the slice beginning at {@code start} in {@code dir}. */
    static HistorySlice open(Path dir, long start) {
        Path base = dir.resolve(PREFIX + String.format("%020d", start));
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + OPTIONS, "cyclex", "");
            try (Statement s = c.createStatement()) {
                for (String sql : SCHEMA) {
                    s.execute(sql);
                }
                for (String sql : JobRows.SCHEMA) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            c.setAutoCommit(false);
            return new HistorySlice(start, base, c);
        } catch (SQLException | IOException e) {
            throw new StoreException("Cannot open the history file " + base + SUFFIX + ": " + e.getMessage(), e);
        }
    }

    /** The first milliseconds of the slices in {@code dir}, oldest first. */
    static List<Long> starts(Path dir) {
        List<Long> starts = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return starts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    starts.add(Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length())));
                } catch (NumberFormatException notOurs) {
                    // a file someone else put here: not a slice
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the history files in " + dir + ": " + e.getMessage(), e);
        }
        starts.sort(null);
        return starts;
    }

    /** The connection the history writer uses: its own, so reads never wait on a half-written batch. */
    Connection writer() throws SQLException {
        if (writer == null) {
            writer = DriverManager.getConnection("jdbc:h2:file:" + base + OPTIONS, "cyclex", "");
            writer.setAutoCommit(false);
        }
        return writer;
    }

    /** (last seq, newest event time) written into this slice, or null when nothing was yet. */
    long[] mark() {
        List<long[]> m = query("SELECT LAST_SEQ, NEWEST_AT FROM SLICE_MARK WHERE ID = 1", p -> { },
                r -> new long[] {r.getLong(1), r.getLong(2)});
        return m.isEmpty() ? null : m.get(0);
    }

    /** Rows in this slice, for the count of what was deleted. */
    long rows() {
        return query("SELECT (SELECT COUNT(*) FROM TRADE) + (SELECT COUNT(*) FROM LEASE_STATE) + (SELECT COUNT(*) FROM ORDER_EVENT)"
                + " + (SELECT COALESCE(SUM(EVENTS), 0) FROM ORDER_FLOW)", p -> { }, r -> r.getLong(1)).get(0);
    }

    /** Bytes of this slice's file. */
    long bytes() {
        try {
            return Files.size(Path.of(base + SUFFIX));
        } catch (IOException e) {
            return 0;
        }
    }

    interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    interface RowConsumer {
        void accept(ResultSet r) throws SQLException;
    }

    /** Runs a read on this slice; each read commits, so none holds an old version of the file open. */
    <T> List<T> query(String sql, Binder binder, Row<T> row) {
        List<T> out = new ArrayList<>();
        scan(sql, binder, r -> out.add(row.read(r)));
        return out;
    }

    /** Like {@link #query} without keeping the rows: for reads that fold a long range as they go. */
    void scan(String sql, Binder binder, RowConsumer each) {
        try (PreparedStatement p = reader.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    each.accept(r);
                }
            }
            reader.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot read the history in " + base + SUFFIX + ": " + e.getMessage(), e);
        }
    }

    /**
     * The member's order events from {@code from} to {@code to} (inclusive), in the order written: the rows of
     * ORDER_EVENT (earlier versions') first, then the chunks of ORDER_FLOW.
     */
    void orderEvents(long member, long from, long to, Consumer<OrderFlowChunk.Event> each) {
        scan("SELECT SEQ, ORDER_ID, MARKET_ID, SIDE, PRICE, OPEN_UNITS, FILLED_UNITS, TIME_IN_FORCE, RESTING, CANCEL_REASON,"
                + " EVENT_AT FROM ORDER_EVENT WHERE MEMBER_ID = ? AND EVENT_AT BETWEEN ? AND ? ORDER BY _ROWID_", p -> {
                    p.setLong(1, member);
                    p.setLong(2, from);
                    p.setLong(3, to);
                }, r -> {
                    String reason = r.getString(10);
                    OrderInfo o = new OrderInfo(r.getLong(2), r.getInt(3), member, Side.valueOf(r.getString(4)), r.getLong(5),
                            r.getLong(6), r.getLong(7), TimeInForce.valueOf(r.getString(8)), 0, r.getBoolean(9));
                    each.accept(new OrderFlowChunk.Event(r.getLong(1), r.getLong(11), o,
                            reason == null ? null : CancelReason.valueOf(reason)));
                });
        scan("SELECT DATA FROM ORDER_FLOW WHERE MEMBER_ID = ? AND LAST_AT >= ? AND FIRST_AT <= ?"
                + " ORDER BY MEMBER_ID, LAST_AT, FIRST_SEQ", p -> {
            p.setLong(1, member);
            p.setLong(2, from);
            p.setLong(3, to);
        }, r -> OrderFlowChunk.read(member, r.getBytes(1), e -> {
            if (e.at() >= from && e.at() <= to) {
                each.accept(e);
            }
        }));
    }

    /** Order events in this slice, of both forms. */
    long orderEventCount() {
        return query("SELECT (SELECT COUNT(*) FROM ORDER_EVENT) + (SELECT COALESCE(SUM(EVENTS), 0) FROM ORDER_FLOW)", p -> { },
                r -> r.getLong(1)).get(0);
    }

    static Trade trade(ResultSet r, int at) throws SQLException {
        return new Trade(r.getLong(at), r.getInt(at + 1), r.getLong(at + 2), r.getLong(at + 3), r.getLong(at + 4),
                r.getLong(at + 5), r.getLong(at + 6), r.getLong(at + 7), Side.valueOf(r.getString(at + 8)), r.getLong(at + 9));
    }

    /** A lease read in {@link #LEASE_COLUMNS} order, starting at column {@code at}. */
    static Lease lease(ResultSet r, int at) throws SQLException {
        long start = r.getLong(at + 12);
        long deliveredTo = r.getLong(at + 20);
        if (r.wasNull()) {
            deliveredTo = start;
        }
        String ending = r.getString(at + 21);
        return new Lease(r.getLong(at + 10), trade(r, at), r.getLong(at + 11), start, r.getLong(at + 13),
                r.getLong(at + 14), r.getLong(at + 15), LeaseState.valueOf(r.getString(at + 16)), r.getLong(at + 17),
                r.getLong(at + 18), r.getLong(at + 19), deliveredTo, ending == null ? null : LeaseEnd.valueOf(ending));
    }

    /** Closes the slice's connections, which closes its database. */
    @Override
    public void close() {
        for (Connection c : new Connection[] {writer, reader}) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing is all that is left to do
                }
            }
        }
    }

    /** Stops the slice's database at once, writing nothing more: for tests of recovery. */
    void crash() {
        try (Statement s = reader.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException alreadyClosed) {
            // nothing is left open
        }
        close();
    }

    /** Closes the slice and deletes its files. */
    void delete() {
        close();
        try {
            Files.deleteIfExists(Path.of(base + SUFFIX));
            Files.deleteIfExists(Path.of(base + ".trace.db"));
        } catch (IOException e) {
            throw new StoreException("Cannot delete the old history file " + base + SUFFIX + ": " + e.getMessage(), e);
        }
    }
}
