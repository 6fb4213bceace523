package com.cyclex.store;

import com.cyclex.api.EventBatch;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PastOrder;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's history in the database: every trade, every lease in its latest state, and the order flow
 * (each order as it stood after every command that changed it). Written on its own thread from committed
 * events, so history never slows an acknowledgement unless it falls far behind; read by queries on a
 * connection of its own. HISTORY_MARK says how far the tables are written, in the same transaction as the
 * rows, so a restart hands the writer exactly the events it had not written yet.
 *
 * <p>History is kept for a set time (a week unless the host says otherwise; zero keeps it for ever): older
 * order events, trades and settled leases are deleted as the writer goes, so a host that trades for weeks
 * keeps a file the size of its last week, not of its whole life.
 *
 * <p>Plain JDBC batches here rather than jOOQ: this is the one bulk path, and JDBC batches insert about half
 * again as fast on H2 (STACK.md).
 */
public final class HistoryStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    /** Batches waiting to be written before the journal thread waits for the writer. */
    static final int QUEUE = 256;
    /** How long the writer gathers events into one transaction, at most, and how many. */
    private static final long GATHER_MILLIS = 250;
    private static final int GATHER_EVENTS = 50_000;
    /** How long history is kept unless the host says otherwise. */
    public static final long DEFAULT_KEEP_MILLIS = 7L * 24 * 3_600_000L;
    /** How often (in exchange time) the writer notes where it is, and deletes what has grown too old. */
    private static final long PRUNE_EVERY_MILLIS = 10_000;
    private static final long COMPACT_EVERY_NANOS = 1_000_000_000L;

    // Trades and order events are only ever added (rows and the mark commit together, so none is written twice);
    // a lease is written again at each change of state.
    private static final String TRADE_SQL = "INSERT INTO TRADE (ID, MARKET_ID, BID_ORDER_ID, ASK_ORDER_ID, BUYER_ID, SELLER_ID,"
            + " PRICE, UNITS, AGGRESSOR, TRADED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LEASE_SQL = "MERGE INTO LEASE (ID, TRADE_ID, BUYER_ID, SELLER_ID, CORES, START_AT, END_AT,"
            + " ESCROW, SELLER_FEE, STATE) KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ORDER_SQL = "INSERT INTO ORDER_EVENT (SEQ, ORDER_ID, MARKET_ID, MEMBER_ID, SIDE, PRICE, OPEN_UNITS,"
            + " FILLED_UNITS, TIME_IN_FORCE, RESTING, CANCEL_REASON, EVENT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MARK_SQL = "MERGE INTO HISTORY_MARK (ID, LAST_SEQ) KEY (ID) VALUES (1, ?)";

    private final Connection writer;
    private final Connection reader;
    private final BlockingQueue<EventBatch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private final Object progress = new Object();
    private volatile long mark;
    private volatile String failure;
    private volatile boolean stopping;
    private final long keepMillis;
    /** Where the history stood at moments of exchange time: (time, last seq, last trade id), oldest first. */
    private final java.util.ArrayDeque<long[]> milestones = new java.util.ArrayDeque<>();
    private long newestTime = Long.MIN_VALUE;
    private long lastTradeId;
    private long rowsDeleted;
    private volatile long rowsWritten;
    private final FileCompactor compactor;
    private long compactedAt;

    public HistoryStore(Database database) {
        this(database, DEFAULT_KEEP_MILLIS);
    }

    /** @param keepMillis how long history is kept, in exchange time; 0 keeps it for ever */
    public HistoryStore(Database database, long keepMillis) {
        if (keepMillis < 0) {
            throw new IllegalArgumentException("history is kept for 0 (for ever) or more milliseconds, not " + keepMillis);
        }
        this.keepMillis = keepMillis;
        this.writer = database.connect();
        this.reader = database.connect();
        this.mark = readMark();
        this.compactor = FileCompactor.of(writer);
        this.thread = new Thread(this::run, "cyclex-history");
        thread.setDaemon(true);
        thread.start();
    }

    private long readMark() {
        try (PreparedStatement p = writer.prepareStatement("SELECT LAST_SEQ FROM HISTORY_MARK WHERE ID = 1");
             ResultSet r = p.executeQuery()) {
            long m = r.next() ? r.getLong(1) : 0;
            writer.commit();
            return m;
        } catch (SQLException e) {
            throw new StoreException("Cannot read how far the history is written: " + e.getMessage(), e);
        }
    }

    /** Every event of commands up to this sequence number is in the tables. */
    public long mark() {
        return mark;
    }

    /** Why writing stopped, or null while it goes on. */
    public String failure() {
        return failure;
    }

    /**
     * Queues committed events to be written; events of commands at or below the mark were written before and
     * are skipped. Waits while the writer is far behind, so history never lags without bound.
     */
    public void write(EventBatch batch) {
        if (batch.lastSeq() <= mark || failure != null || stopping) {
            return;
        }
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Notes that commands up to {@code seq} are committed even though they had no events to write (the mark
     * must still pass them, or a checkpoint after them would wait for it forever).
     */
    public void passed(long seq) {
        write(new EventBatch(seq, seq, List.of(), new long[0], new long[0]));
    }

    /**
     * Waits until the tables hold every event up to {@code seq}; false when writing has failed or the time ran
     * out first.
     */
    public boolean awaitMark(long seq, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (progress) {
            while (mark < seq && failure == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    progress.wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return mark >= seq;
        }
    }

    private void run() {
        List<EventBatch> drained = new ArrayList<>();
        try (PreparedStatement trades = writer.prepareStatement(TRADE_SQL);
             PreparedStatement leases = writer.prepareStatement(LEASE_SQL);
             PreparedStatement orders = writer.prepareStatement(ORDER_SQL);
             PreparedStatement markRow = writer.prepareStatement(MARK_SQL)) {
            while (true) {
                EventBatch first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping) {
                        return;
                    }
                    compact();
                    continue;
                }
                drained.clear();
                drained.add(first);
                gather(drained);
                long last = mark;
                for (EventBatch batch : drained) {
                    add(batch, trades, leases, orders);
                    last = Math.max(last, batch.lastSeq());
                }
                long rows = count(trades.executeBatch()) + count(leases.executeBatch()) + count(orders.executeBatch());
                markRow.setLong(1, last);
                markRow.executeUpdate();
                writer.commit();
                rowsWritten += rows;
                synchronized (progress) {
                    mark = last;
                    progress.notifyAll();
                }
                prune(last);
                compact();
            }
        } catch (SQLException | RuntimeException e) {
            failure = "The history could not be written: " + e.getMessage();
            LOG.error("{} The journal keeps every command; the next start writes the history again.", failure, e);
            synchronized (progress) {
                progress.notifyAll();
            }
            queue.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gathers what arrives for up to {@link #GATHER_MILLIS} into one transaction. Each H2 commit writes a new
     * chunk holding every page it touched, index pages included: committing every few rows wrote hundreds of
     * kilobytes a second for a few kilobytes of rows, and grew the file faster than it could be reused.
     */
    private void gather(List<EventBatch> drained) throws InterruptedException {
        long deadline = System.nanoTime() + GATHER_MILLIS * 1_000_000L;
        int events = drained.get(0).size();
        while (events < GATHER_EVENTS && !stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            EventBatch next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            drained.add(next);
            events += next.size();
        }
        queue.drainTo(drained);
    }

    /** Notes where the history stands now and then, and deletes what is older than it is kept for. */
    private void prune(long lastSeq) throws SQLException {
        if (keepMillis == 0 || newestTime == Long.MIN_VALUE) {
            return;
        }
        if (milestones.isEmpty() || newestTime - milestones.peekLast()[0] >= PRUNE_EVERY_MILLIS) {
            milestones.addLast(new long[] {newestTime, lastSeq, lastTradeId});
        }
        long[] cut = null;
        while (!milestones.isEmpty() && milestones.peekFirst()[0] < newestTime - keepMillis) {
            cut = milestones.pollFirst();
        }
        if (cut == null) {
            return;
        }
        try (PreparedStatement orders = writer.prepareStatement("DELETE FROM ORDER_EVENT WHERE SEQ <= ?");
             // A lease has its trade's id, so the check is one primary-key look-up per trade; rows below the last
             // cut are only those of leases still open, so each pass reads little more than what it deletes.
             PreparedStatement trades = writer.prepareStatement("DELETE FROM TRADE t WHERE t.ID <= ? AND NOT EXISTS"
                     + " (SELECT 1 FROM LEASE l WHERE l.ID = t.ID AND l.STATE IN ('SCHEDULED', 'ACTIVE'))");
             PreparedStatement leases = writer.prepareStatement("DELETE FROM LEASE WHERE ID <= ? AND STATE IN ('DELIVERED', 'FAILED')")) {
            orders.setLong(1, cut[1]);
            rowsDeleted += orders.executeUpdate();
            leases.setLong(1, cut[2]);
            rowsDeleted += leases.executeUpdate();
            trades.setLong(1, cut[2]);
            rowsDeleted += trades.executeUpdate();
            writer.commit();
        }
    }

    /** One bounded compaction step a second at most, between writes, so the file stays near its live size. */
    private void compact() {
        long now = System.nanoTime();
        if (now - compactedAt >= COMPACT_EVERY_NANOS) {
            compactedAt = now;
            compactor.step();
        }
    }

    /** The share of live bytes in the database file's chunks, in percent. */
    public int databaseFillPercent() {
        return compactor.fillPercent();
    }

    private static long count(int[] batch) {
        return batch.length;
    }

    /** Rows written (trades, lease states, order events) since this store opened. */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Rows deleted because they grew older than the history is kept for, since this store opened. */
    public long rowsDeleted() {
        return rowsDeleted;
    }

    private void add(EventBatch batch, PreparedStatement trades, PreparedStatement leases, PreparedStatement orders) throws SQLException {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.seqOf(i) <= mark) {
                continue;
            }
            ExchangeEvent e = batch.events().get(i);
            newestTime = Math.max(newestTime, batch.timeOf(i));
            if (e instanceof ExchangeEvent.TradeExecuted t) {
                lastTradeId = Math.max(lastTradeId, t.trade().id());
                bindTrade(trades, t.trade());
                trades.addBatch();
            } else if (e instanceof ExchangeEvent.LeaseUpdated l) {
                Lease lease = l.lease();
                leases.setLong(1, lease.id());
                leases.setLong(2, lease.trade().id());
                leases.setLong(3, lease.buyerId());
                leases.setLong(4, lease.sellerId());
                leases.setLong(5, lease.cores());
                leases.setLong(6, lease.start());
                leases.setLong(7, lease.end());
                leases.setLong(8, lease.escrow());
                leases.setLong(9, lease.sellerFee());
                leases.setString(10, lease.state().name());
                leases.addBatch();
            } else if (e instanceof ExchangeEvent.OrderUpdated u) {
                OrderInfo o = u.order();
                orders.setLong(1, batch.seqOf(i));
                orders.setLong(2, o.id());
                orders.setInt(3, o.market());
                orders.setLong(4, o.memberId());
                orders.setString(5, o.side().name());
                orders.setLong(6, o.price());
                orders.setLong(7, o.openUnits());
                orders.setLong(8, o.filledUnits());
                orders.setString(9, o.timeInForce().name());
                orders.setBoolean(10, o.resting());
                orders.setString(11, u.lastCancel() == null ? null : u.lastCancel().name());
                orders.setLong(12, batch.timeOf(i));
                orders.addBatch();
            }
        }
    }

    private static void bindTrade(PreparedStatement p, Trade t) throws SQLException {
        p.setLong(1, t.id());
        p.setInt(2, t.market());
        p.setLong(3, t.bidOrderId());
        p.setLong(4, t.askOrderId());
        p.setLong(5, t.buyerId());
        p.setLong(6, t.sellerId());
        p.setLong(7, t.price());
        p.setLong(8, t.units());
        p.setString(9, t.aggressor().name());
        p.setLong(10, t.time());
    }

    // ---- queries -------------------------------------------------------------------------------------

    private static final String TRADE_COLUMNS = "ID, MARKET_ID, BID_ORDER_ID, ASK_ORDER_ID, BUYER_ID, SELLER_ID, PRICE, UNITS, AGGRESSOR, TRADED_AT";

    private static Trade trade(ResultSet r) throws SQLException {
        return new Trade(r.getLong(1), r.getInt(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                r.getLong(8), Side.valueOf(r.getString(9)), r.getLong(10));
    }

    /** A market's trades (0: every market) with ids below {@code beforeId}, the newest {@code limit}, oldest first. */
    public synchronized List<Trade> trades(int market, long beforeId, int limit) {
        String sql = "SELECT " + TRADE_COLUMNS + " FROM TRADE WHERE ID < ?" + (market == 0 ? "" : " AND MARKET_ID = ?")
                + " ORDER BY ID DESC LIMIT ?";
        return query(sql, p -> {
            p.setLong(1, beforeId);
            if (market == 0) {
                p.setInt(2, limit);
            } else {
                p.setInt(2, market);
                p.setInt(3, limit);
            }
        }, HistoryStore::trade, true);
    }

    /** A member's trades as buyer or seller, the newest {@code limit}, oldest first. */
    public synchronized List<Trade> tradesOf(long member, int limit) {
        String sql = "SELECT " + TRADE_COLUMNS + " FROM ((SELECT * FROM TRADE WHERE BUYER_ID = ? ORDER BY ID DESC LIMIT ?)"
                + " UNION (SELECT * FROM TRADE WHERE SELLER_ID = ? ORDER BY ID DESC LIMIT ?)) ORDER BY ID DESC LIMIT ?";
        return query(sql, p -> {
            p.setLong(1, member);
            p.setInt(2, limit);
            p.setLong(3, member);
            p.setInt(4, limit);
            p.setInt(5, limit);
        }, HistoryStore::trade, true);
    }

    /** The latest trades of every market and of all markets together, {@code perMarket} each, oldest first. */
    public synchronized List<Trade> latestTrades(int perMarket) {
        TreeMap<Long, Trade> byId = new TreeMap<>();
        for (Trade t : trades(0, Long.MAX_VALUE, perMarket)) {
            byId.put(t.id(), t);
        }
        List<Integer> markets = query("SELECT DISTINCT MARKET_ID FROM TRADE", p -> { }, r -> r.getInt(1), false);
        for (int market : markets) {
            for (Trade t : trades(market, Long.MAX_VALUE, perMarket)) {
                byId.put(t.id(), t);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** A member's leases as buyer or seller in their latest state, the newest {@code limit}, oldest first. */
    public synchronized List<Lease> leasesOf(long member, int limit) {
        String sql = "SELECT t.ID, t.MARKET_ID, t.BID_ORDER_ID, t.ASK_ORDER_ID, t.BUYER_ID, t.SELLER_ID, t.PRICE, t.UNITS,"
                + " t.AGGRESSOR, t.TRADED_AT, l.ID, l.CORES, l.START_AT, l.END_AT, l.ESCROW, l.SELLER_FEE, l.STATE"
                + " FROM LEASE l JOIN TRADE t ON t.ID = l.TRADE_ID WHERE l.ID IN ("
                + "SELECT ID FROM ((SELECT ID FROM LEASE WHERE BUYER_ID = ? ORDER BY ID DESC LIMIT ?)"
                + " UNION (SELECT ID FROM LEASE WHERE SELLER_ID = ? ORDER BY ID DESC LIMIT ?))) ORDER BY l.ID DESC LIMIT ?";
        return query(sql, p -> {
            p.setLong(1, member);
            p.setInt(2, limit);
            p.setLong(3, member);
            p.setInt(4, limit);
            p.setInt(5, limit);
        }, r -> new Lease(r.getLong(11), trade(r), r.getLong(12), r.getLong(13), r.getLong(14), r.getLong(15),
                r.getLong(16), LeaseState.valueOf(r.getString(17))), true);
    }

    /** A member's orders placed in a time range, each in its latest state, newest first. */
    public synchronized List<PastOrder> orders(HistoryQuery q) {
        String sql = "SELECT e.ORDER_ID, e.MARKET_ID, e.MEMBER_ID, e.SIDE, e.PRICE, e.OPEN_UNITS, e.FILLED_UNITS, e.TIME_IN_FORCE,"
                + " e.RESTING, e.CANCEL_REASON, f.PLACED, e.EVENT_AT FROM ORDER_EVENT e JOIN ("
                + "SELECT ORDER_ID, MAX(SEQ) AS LAST_SEQ, MIN(EVENT_AT) AS PLACED FROM ORDER_EVENT WHERE MEMBER_ID = ?"
                + (q.market() == 0 ? "" : " AND MARKET_ID = ?") + " AND EVENT_AT >= ? GROUP BY ORDER_ID) f"
                + " ON e.ORDER_ID = f.ORDER_ID AND e.SEQ = f.LAST_SEQ WHERE f.PLACED BETWEEN ? AND ? ORDER BY e.ORDER_ID DESC LIMIT ?";
        return query(sql, p -> {
            int i = 1;
            p.setLong(i++, q.memberId());
            if (q.market() != 0) {
                p.setInt(i++, q.market());
            }
            p.setLong(i++, q.fromTime());
            p.setLong(i++, q.fromTime());
            p.setLong(i++, q.toTime());
            p.setInt(i, q.limit());
        }, r -> {
            String reason = r.getString(10);
            OrderInfo o = new OrderInfo(r.getLong(1), r.getInt(2), r.getLong(3), Side.valueOf(r.getString(4)), r.getLong(5),
                    r.getLong(6), r.getLong(7), TimeInForce.valueOf(r.getString(8)), 0, r.getBoolean(9));
            return new PastOrder(o, r.getLong(11), r.getLong(12), reason == null ? null : CancelReason.valueOf(reason));
        }, false);
    }

    /** Rows in the order flow so far. */
    public synchronized long orderEventCount() {
        return query("SELECT COUNT(*) FROM ORDER_EVENT", p -> { }, r -> r.getLong(1), false).get(0);
    }

    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row, boolean reverse) {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = reader.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            reader.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot read the history: " + e.getMessage(), e);
        }
        if (reverse) {
            Collections.reverse(out);
        }
        return out;
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(writer);
        closeQuietly(reader);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Closing a history connection failed: {}", e.getMessage());
        }
    }
}
