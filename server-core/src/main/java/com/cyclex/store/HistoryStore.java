package com.cyclex.store;

import com.cyclex.api.EventBatch;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import com.cyclex.lease.Lease;
import com.cyclex.market.Trade;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
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
    /**
     * Events waiting to be written before the journal thread waits for the writer: counted in events, not
     * batches, so that a burst of small group commits (one command each at 10,000/s) rides over a slow commit
     * of the history instead of holding acknowledgements back, while the memory they take stays bounded.
     */
    static final int QUEUED_EVENTS = 1 << 18;
    /** How long the writer gathers events into one transaction, at most, and how many. */
    private static final long GATHER_MILLIS = 1_000;
    private static final long IDLE_NANOS = 50_000_000L;
    private static final int GATHER_EVENTS = 50_000;
    /**
     * Rows handed to H2 at a time while a transaction gathers, the writer stepping aside after each step: the
     * inserts are spread over the second instead of landing with its commit. On two cores a 25-60 ms burst of
     * H2 work once a second kept the journal and sequencer threads waiting for a core (the acknowledgements'
     * own share of latency at 1,000/s: p99 1.7 ms with the history written, 0.6-1.2 ms without).
     */
    private static final int STEP_ROWS = 64;
    /** How long history is kept unless the host says otherwise. */
    public static final long DEFAULT_KEEP_MILLIS = 7L * 24 * 3_600_000L;
    private static final long DAY_MILLIS = 24 * 3_600_000L;
    /** Slices per keep time: the history on disk is at most this much over the keep time. */
    private static final int SLICES_PER_KEEP = 6;

    private static final String TRADE_SQL = "INSERT INTO TRADE (" + HistorySlice.TRADE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LEASE_SQL = "INSERT INTO LEASE_STATE (SEQ, " + HistorySlice.LEASE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FLOW_SQL = "INSERT INTO ORDER_FLOW (MEMBER_ID, FIRST_SEQ, FIRST_AT, LAST_AT, EVENTS, DATA)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String MARK_SQL = "MERGE INTO SLICE_MARK (ID, LAST_SEQ, NEWEST_AT) KEY (ID) VALUES (1, ?, ?)";

    private final Path dir;
    private final long keepMillis;
    private final long sliceMillis;
    /** Oldest first; the last is written. Changed only by the writer, under this store's lock. */
    private final List<HistorySlice> slices = new ArrayList<>();
    private final BlockingQueue<EventBatch> queue = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(QUEUED_EVENTS);
    private final Thread thread;
    private final Object progress = new Object();
    private volatile long mark;
    private volatile String failure;
    private volatile boolean stopping;
    private volatile long rowsDeleted;
    private volatile long rowsWritten;

    // The writer's own state.
    /** Leases not yet settled, in their latest state: written again at the start of each new slice. */
    private final Map<Long, Lease> openLeases = new HashMap<>();
    /** Each member's order events not yet in a row: every commit writes them, so none outlives a transaction. */
    private final Map<Long, OrderFlowChunk> openFlow = new HashMap<>();
    private HistorySlice current;
    /** True until the first transaction in {@link #current}: that one carries the open leases over. */
    private boolean fresh;
    private PreparedStatement trades;
    private PreparedStatement leases;
    private PreparedStatement flows;
    private PreparedStatement markRow;
    private PreparedStatement jobRows;
    private long pendingSeq;
    /** The last sequence number committed to the files; published as {@link #mark} after pruning. */
    private long committedSeq;
    private long pendingRows;
    /** Of the pending rows, those already handed to H2 (inserted, not yet committed). */
    private long executedRows;
    private long newestTime = Long.MIN_VALUE;

    public HistoryStore(Database database) {
        this(database, DEFAULT_KEEP_MILLIS);
    }

    /** How long history is kept, in exchange time; 0 for ever. */
    public long keepMillis() {
        return keepMillis;
    }

    /** @param keepMillis how long history is kept, in exchange time; 0 keeps it for ever */
    public HistoryStore(Database database, long keepMillis) {
        if (keepMillis < 0) {
            throw new IllegalArgumentException("history is kept for 0 (for ever) or more milliseconds, not " + keepMillis);
        }
        this.keepMillis = keepMillis;
        this.sliceMillis = keepMillis == 0 ? DAY_MILLIS : Math.max(1_000, Math.min(DAY_MILLIS, keepMillis / SLICES_PER_KEEP));
        this.dir = database.directory().resolve("history");
        try {
            for (long start : HistorySlice.starts(dir)) {
                slices.add(HistorySlice.open(dir, start));
            }
            if (slices.isEmpty()) {
                LegacyHistory.importInto(database, this);
            }
            resume();
        } catch (RuntimeException | SQLException e) {
            slices.forEach(HistorySlice::close);
            throw e instanceof StoreException se ? se
                    : new StoreException("Cannot open the history in " + dir + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "cyclex-history");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes up where the last run stopped: its mark, its newest time and its open leases. */
    private void resume() throws SQLException {
        for (int i = slices.size() - 1; i >= 0; i--) {
            long[] m = slices.get(i).mark();
            if (m != null) {
                mark = m[0];
                pendingSeq = m[0];
                committedSeq = m[0];
                newestTime = m[1];
                for (Lease l : latestLeases(slices.get(i), "", p -> { })) {
                    if (!l.state().finished()) {
                        openLeases.put(l.id(), l);
                    }
                }
                break;
            }
        }
        if (!slices.isEmpty()) {
            use(slices.get(slices.size() - 1));
        }
    }

    private void use(HistorySlice slice) throws SQLException {
        current = slice;
        fresh = slice.mark() == null;
        Connection w = slice.writer();
        trades = w.prepareStatement(TRADE_SQL);
        leases = w.prepareStatement(LEASE_SQL);
        flows = w.prepareStatement(FLOW_SQL);
        markRow = w.prepareStatement(MARK_SQL);
        jobRows = w.prepareStatement(JobRows.MERGE);
    }

    /** Every event of commands up to this sequence number is in the history files. */
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
            room.acquire(weight(batch));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure != null || stopping) {
            room.release(weight(batch));
            return;
        }
        queue.add(batch);
    }

    /**
     * Notes that commands up to {@code seq} are committed even though they had no events to write (the mark
     * must still pass them, or a checkpoint after them would wait for it forever).
     */
    public void passed(long seq) {
        write(new EventBatch(seq, seq, List.of(), new long[0], new long[0]));
    }

    /**
     * Waits until the files hold every event up to {@code seq}; false when writing has failed or the time ran
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
        try {
            while (true) {
                EventBatch first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping) {
                        return;
                    }
                    continue;
                }
                drained.clear();
                drained.add(first);
                add(first);
                gather(drained);
                flush();
                for (EventBatch batch : drained) {
                    room.release(weight(batch));
                }
                prune();
                publishMark();
            }
        } catch (SQLException | RuntimeException e) {
            failure = "The history could not be written: " + e.getMessage();
            LOG.error("{} The journal keeps every command; the next start writes the history again.", failure, e);
            synchronized (progress) {
                progress.notifyAll();
            }
            queue.clear();
            room.release(QUEUED_EVENTS); // anyone waiting for room sees the failure and goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gathers what arrives for up to {@link #GATHER_MILLIS} into one transaction. Each H2 commit writes a new
     * chunk holding every page it touched, index pages included, and most of those pages are the same from one
     * commit to the next: at four commits a second a soak wrote 360 bytes for each row of about 100.
     */
    private void gather(List<EventBatch> drained) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + GATHER_MILLIS * 1_000_000L;
        int events = drained.get(0).size();
        while (events < GATHER_EVENTS && !stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            // A pause in the flow ends the gathering early: a lone command's history is not kept waiting.
            EventBatch next = queue.poll(Math.min(left, IDLE_NANOS), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            drained.add(next);
            add(next);
            events += next.size();
            if (pendingRows - executedRows >= STEP_ROWS) {
                executeBatches();
                executedRows = pendingRows;
                Thread.yield(); // a thread that woke meanwhile (the journal's, the sequencer's) gets the core
            }
        }
        int from = drained.size();
        queue.drainTo(drained);
        for (int i = from; i < drained.size(); i++) {
            add(drained.get(i));
        }
    }

    private void executeBatches() throws SQLException {
        trades.executeBatch();
        leases.executeBatch();
        flows.executeBatch();
        jobRows.executeBatch();
    }

    /** The room a batch takes in the queue: its events, and at least one, at most all the room there is. */
    private static int weight(EventBatch batch) {
        return Math.max(1, Math.min(batch.size(), QUEUED_EVENTS));
    }

    /** Adds one batch's rows to the transaction under way, first moving to a new slice when its time has come. */
    private void add(EventBatch batch) throws SQLException {
        if (batch.lastSeq() <= pendingSeq) {
            return;
        }
        if (batch.size() > 0) {
            long time = batch.timeOf(0);
            if (current == null || time >= current.start + sliceMillis) {
                flush();
                long start = Math.floorDiv(time, sliceMillis) * sliceMillis;
                if (current == null || start > current.start) {
                    HistorySlice next = HistorySlice.open(dir, start);
                    synchronized (this) {
                        slices.add(next);
                    }
                    use(next);
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.seqOf(i) <= pendingSeq) {
                continue;
            }
            ExchangeEvent e = batch.events().get(i);
            newestTime = Math.max(newestTime, batch.timeOf(i));
            if (e instanceof ExchangeEvent.TradeExecuted t) {
                bindTrade(trades, 1, t.trade());
                trades.addBatch();
                pendingRows++;
            } else if (e instanceof ExchangeEvent.LeaseUpdated l) {
                addLease(batch.seqOf(i), l.lease());
                if (l.lease().state().finished()) {
                    openLeases.remove(l.lease().id());
                } else {
                    openLeases.put(l.lease().id(), l.lease());
                }
            } else if (e instanceof ExchangeEvent.OrderUpdated u) {
                OrderFlowChunk chunk = openFlow.computeIfAbsent(u.order().memberId(), OrderFlowChunk::new);
                chunk.add(batch.seqOf(i), batch.timeOf(i), u.order(), u.lastCancel());
                pendingRows++;
                if (chunk.full()) {
                    addFlow(chunk);
                    openFlow.remove(chunk.member);
                }
            } else if (e instanceof ExchangeEvent.JobUpdated j && j.job().state().finished()) {
                JobRows.bind(jobRows, j.job());
                jobRows.addBatch();
                pendingRows++;
            }
        }
        pendingSeq = Math.max(pendingSeq, batch.lastSeq());
    }

    private void addLease(long seq, Lease lease) throws SQLException {
        leases.setLong(1, seq);
        bindTrade(leases, 2, lease.trade());
        leases.setLong(12, lease.id());
        leases.setLong(13, lease.cores());
        leases.setLong(14, lease.start());
        leases.setLong(15, lease.end());
        leases.setLong(16, lease.escrow());
        leases.setLong(17, lease.sellerFee());
        leases.setString(18, lease.state().name());
        leases.setLong(19, lease.paid());
        leases.setLong(20, lease.feeTaken());
        leases.setLong(21, lease.refunded());
        leases.setLong(22, lease.deliveredTo());
        leases.setString(23, lease.ending() == null ? null : lease.ending().name());
        leases.addBatch();
        pendingRows++;
    }

    private void addFlow(OrderFlowChunk chunk) throws SQLException {
        flows.setLong(1, chunk.member);
        flows.setLong(2, chunk.firstSeq());
        flows.setLong(3, chunk.firstAt());
        flows.setLong(4, chunk.lastAt());
        flows.setInt(5, chunk.events());
        flows.setBytes(6, chunk.data());
        flows.addBatch();
    }

    private static void bindTrade(PreparedStatement p, int at, Trade t) throws SQLException {
        p.setLong(at, t.id());
        p.setInt(at + 1, t.market());
        p.setLong(at + 2, t.bidOrderId());
        p.setLong(at + 3, t.askOrderId());
        p.setLong(at + 4, t.buyerId());
        p.setLong(at + 5, t.sellerId());
        p.setLong(at + 6, t.price());
        p.setLong(at + 7, t.units());
        p.setString(at + 8, t.aggressor().name());
        p.setLong(at + 9, t.time());
    }

    /**
     * Commits the rows added so far with the slice's mark. The first transaction of a new slice also writes
     * the leases still open, so that the newest slice alone knows them and older slices may go.
     */
    private void flush() throws SQLException {
        if (current == null) {
            // No event has come yet, so there is nothing to write and no slice to write it to.
            committedSeq = pendingSeq;
            return;
        }
        if (pendingSeq == committedSeq && pendingRows == 0 && !fresh) {
            return;
        }
        if (fresh) {
            for (Lease l : openLeases.values()) {
                addLease(committedSeq, l);
            }
        }
        for (OrderFlowChunk chunk : openFlow.values()) {
            addFlow(chunk);
        }
        openFlow.clear();
        executeBatches();
        markRow.setLong(1, pendingSeq);
        markRow.setLong(2, newestTime == Long.MIN_VALUE ? 0 : newestTime);
        markRow.executeUpdate();
        current.writer().commit();
        fresh = false;
        rowsWritten += pendingRows;
        pendingRows = 0;
        executedRows = 0;
        committedSeq = pendingSeq;
    }

    /**
     * Tells those waiting how far the files are written, once the slices that grew too old are gone too, so
     * that whoever waits for the mark sees the history as it will stay.
     */
    private void publishMark() {
        synchronized (progress) {
            mark = Math.max(mark, committedSeq);
            progress.notifyAll();
        }
    }

    /** Deletes the slices whose every event is older than the history is kept for. */
    private void prune() {
        if (keepMillis == 0) {
            return;
        }
        while (true) {
            HistorySlice old;
            synchronized (this) {
                if (slices.size() < 2 || slices.get(1).start > newestTime - keepMillis) {
                    return;
                }
                old = slices.remove(0);
            }
            rowsDeleted += old.rows();
            old.delete();
        }
    }

    /** Rows written (trades, lease states, order events) since this store opened. */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Rows deleted with the slices that grew older than the history is kept for, since this store opened. */
    public long rowsDeleted() {
        return rowsDeleted;
    }

    /** Bytes of the history's files. */
    public synchronized long bytes() {
        return slices.stream().mapToLong(HistorySlice::bytes).sum();
    }

    /** How many files the history is in. */
    public synchronized int sliceCount() {
        return slices.size();
    }

    /** Adds a slice written from elsewhere (the history of an older version being brought over). */
    HistorySlice importSlice(long start) {
        HistorySlice s = HistorySlice.open(dir, start);
        slices.add(s);
        return s;
    }

    // ---- queries: newest slice first, each asked for no more than is still wanted -------------------------

    private List<HistorySlice> newestFirst() {
        List<HistorySlice> out = new ArrayList<>(slices);
        Collections.reverse(out);
        return out;
    }

    /** Binds a slice query given how many rows are still wanted. */
    private interface Wanting {
        void bind(PreparedStatement p, int left) throws SQLException;
    }

    /**
     * Trades from the newest slices back until {@code limit} are found, oldest first. Trade ids grow with time,
     * so each older slice's answer comes wholly before the newer ones'.
     */
    private List<Trade> newestTrades(String sql, int limit, Wanting binder) {
        List<Trade> out = new ArrayList<>();
        for (HistorySlice s : newestFirst()) {
            int left = limit - out.size();
            if (left <= 0) {
                break;
            }
            out.addAll(s.query(sql, p -> binder.bind(p, left), r -> HistorySlice.trade(r, 1)));
        }
        Collections.reverse(out);
        return out;
    }

    /** A market's trades (0: every market) with ids below {@code beforeId}, the newest {@code limit}, oldest first. */
    public synchronized List<Trade> trades(int market, long beforeId, int limit) {
        String sql = "SELECT " + HistorySlice.TRADE_COLUMNS + " FROM TRADE WHERE ID < ?" + (market == 0 ? "" : " AND MARKET_ID = ?")
                + " ORDER BY ID DESC LIMIT ?";
        return newestTrades(sql, limit, (p, left) -> {
            p.setLong(1, beforeId);
            if (market == 0) {
                p.setInt(2, left);
            } else {
                p.setInt(2, market);
                p.setInt(3, left);
            }
        });
    }

    /** A member's trades as buyer or seller, the newest {@code limit}, oldest first. */
    public synchronized List<Trade> tradesOf(long member, int limit) {
        String sql = "SELECT " + HistorySlice.TRADE_COLUMNS + " FROM ((SELECT * FROM TRADE WHERE BUYER_ID = ? ORDER BY ID DESC LIMIT ?)"
                + " UNION (SELECT * FROM TRADE WHERE SELLER_ID = ? ORDER BY ID DESC LIMIT ?)) ORDER BY ID DESC LIMIT ?";
        return newestTrades(sql, limit, (p, left) -> {
            p.setLong(1, member);
            p.setInt(2, left);
            p.setLong(3, member);
            p.setInt(4, left);
            p.setInt(5, left);
        });
    }

    /** The latest trades of every market and of all markets together, {@code perMarket} each, oldest first. */
    public synchronized List<Trade> latestTrades(int perMarket) {
        TreeMap<Long, Trade> byId = new TreeMap<>();
        for (Trade t : trades(0, Long.MAX_VALUE, perMarket)) {
            byId.put(t.id(), t);
        }
        java.util.Set<Integer> markets = new java.util.TreeSet<>();
        for (HistorySlice s : slices) {
            markets.addAll(s.query("SELECT DISTINCT MARKET_ID FROM TRADE", p -> { }, r -> r.getInt(1)));
        }
        for (int market : markets) {
            for (Trade t : trades(market, Long.MAX_VALUE, perMarket)) {
                byId.put(t.id(), t);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Each lease's latest row in a slice, matching {@code where} (on LEASE_STATE l), newest lease first. */
    private static List<Lease> latestLeases(HistorySlice s, String where, HistorySlice.Binder binder) {
        String sql = "SELECT " + HistorySlice.LEASE_COLUMNS.replaceAll("([A-Z_]+)", "l.$1") + " FROM LEASE_STATE l WHERE l.SEQ ="
                + " (SELECT MAX(m.SEQ) FROM LEASE_STATE m WHERE m.ID = l.ID)" + where + " ORDER BY l.ID DESC, l._ROWID_ DESC";
        List<Lease> rows = s.query(sql, binder, r -> HistorySlice.lease(r, 1));
        // Two changes of one lease in one command share a sequence number: the later row is the latest.
        List<Lease> out = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (Lease l : rows) {
            if (l.id() != last) {
                out.add(l);
                last = l.id();
            }
        }
        return out;
    }

    /** A member's leases as buyer or seller in their latest state, the newest {@code limit}, oldest first. */
    public synchronized List<Lease> leasesOf(long member, int limit) {
        // The newest slices hold the latest states; a lease's ids in an older slice count only if no newer one has it.
        TreeMap<Long, Lease> byId = new TreeMap<>(Collections.reverseOrder());
        String where = " AND l.ID IN (SELECT ID FROM ((SELECT DISTINCT ID FROM LEASE_STATE WHERE BUYER_ID = ? ORDER BY ID DESC LIMIT ?)"
                + " UNION (SELECT DISTINCT ID FROM LEASE_STATE WHERE SELLER_ID = ? ORDER BY ID DESC LIMIT ?)))";
        for (HistorySlice s : newestFirst()) {
            for (Lease l : latestLeases(s, where, p -> {
                p.setLong(1, member);
                p.setInt(2, limit);
                p.setLong(3, member);
                p.setInt(4, limit);
            })) {
                byId.putIfAbsent(l.id(), l);
            }
        }
        List<Lease> out = new ArrayList<>(byId.values()).subList(0, Math.min(limit, byId.size()));
        List<Lease> oldestFirst = new ArrayList<>(out);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A member's finished jobs as buyer or seller, the newest {@code limit}, oldest first. */
    public synchronized List<com.cyclex.lease.Job> jobsOf(long member, int limit) {
        TreeMap<Long, com.cyclex.lease.Job> byId = new TreeMap<>(Collections.reverseOrder());
        String sql = "SELECT " + JobRows.COLUMNS + " FROM JOB WHERE ID IN (SELECT ID FROM ((SELECT ID FROM JOB WHERE BUYER_ID = ?"
                + " ORDER BY ID DESC LIMIT ?) UNION (SELECT ID FROM JOB WHERE SELLER_ID = ? ORDER BY ID DESC LIMIT ?)))";
        for (HistorySlice s : newestFirst()) {
            for (com.cyclex.lease.Job j : s.query(sql, p -> {
                p.setLong(1, member);
                p.setInt(2, limit);
                p.setLong(3, member);
                p.setInt(4, limit);
            }, JobRows::read)) {
                byId.putIfAbsent(j.id(), j);
            }
            if (byId.size() >= limit) {
                break;
            }
        }
        List<com.cyclex.lease.Job> oldestFirst = new ArrayList<>(byId.values()).subList(0, Math.min(limit, byId.size()));
        oldestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * What the blob of {@code hash} is to a job the member bought or sold (its module, input, or output; standard
     * error counts as output), or null when no such job names it: a member reads only its own jobs' blobs.
     */
    public synchronized com.cyclex.job.BlobKind blobKindFor(long member, String hash) {
        String sql = "SELECT MODULE_HASH, INPUT_HASH FROM JOB WHERE ID IN (SELECT ID FROM ((SELECT ID FROM JOB WHERE BUYER_ID = ?)"
                + " UNION (SELECT ID FROM JOB WHERE SELLER_ID = ?))) AND (MODULE_HASH = ? OR INPUT_HASH = ? OR OUTPUT_HASH = ?"
                + " OR STDERR_HASH = ?) LIMIT 1";
        for (HistorySlice s : newestFirst()) {
            List<com.cyclex.job.BlobKind> found = s.query(sql, p -> {
                p.setLong(1, member);
                p.setLong(2, member);
                for (int i = 3; i <= 6; i++) {
                    p.setString(i, hash);
                }
            }, r -> hash.equals(r.getString(1)) ? com.cyclex.job.BlobKind.MODULE
                    : hash.equals(r.getString(2)) ? com.cyclex.job.BlobKind.INPUT : com.cyclex.job.BlobKind.OUTPUT);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** A member's orders placed in a time range, each in its latest state, newest first. */
    public synchronized List<PastOrder> orders(HistoryQuery q) {
        // First the orders with events in the range, each placed at the earliest of them (an order is placed in
        // the oldest slice that has it), at most the newest `limit` ids; then the latest state of each.
        TreeMap<Long, Long> placed = new TreeMap<>(Collections.reverseOrder());
        for (HistorySlice s : slices) {
            TreeMap<Long, Long> inSlice = new TreeMap<>();
            s.orderEvents(q.memberId(), q.fromTime(), q.toTime(), e -> {
                long id = e.order().id();
                if ((q.market() != 0 && e.order().market() != q.market())
                        || (inSlice.size() == q.limit() && id < inSlice.firstKey())) {
                    return; // another market, or older than the newest `limit` seen: it cannot be among them
                }
                inSlice.merge(id, e.at(), Math::min);
                if (inSlice.size() > q.limit()) {
                    inSlice.pollFirstEntry();
                }
            });
            inSlice.forEach((id, at) -> placed.merge(id, at, Math::min));
        }
        List<Long> wanted = new ArrayList<>(placed.keySet()).subList(0, Math.min(q.limit(), placed.size()));
        if (wanted.isEmpty()) {
            return List.of();
        }
        // Every event of these orders is the member's and no older than the order's placing: the member's range
        // from the earliest placing holds them all. The newest slice that has an order knows its latest state.
        Set<Long> want = new HashSet<>(wanted);
        long since = Collections.min(wanted.stream().map(placed::get).toList());
        Map<Long, PastOrder> latest = new HashMap<>();
        for (HistorySlice s : newestFirst()) {
            Map<Long, OrderFlowChunk.Event> inSlice = new HashMap<>();
            s.orderEvents(q.memberId(), since, Long.MAX_VALUE, e -> {
                if (want.contains(e.order().id())) {
                    inSlice.merge(e.order().id(), e, (was, now) -> now.seq() >= was.seq() ? now : was);
                }
            });
            inSlice.forEach((id, e) -> latest.putIfAbsent(id, new PastOrder(e.order(), placed.get(id), e.at(), e.reason())));
        }
        List<PastOrder> out = new ArrayList<>();
        for (long id : wanted) {
            PastOrder o = latest.get(id);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** Events in the order flow so far. */
    public synchronized long orderEventCount() {
        long n = 0;
        for (HistorySlice s : slices) {
            n += s.orderEventCount();
        }
        return n;
    }

    /** Stops as a crash would: what is queued or half written is dropped, and the files are left as they are. */
    public void crash() {
        stopping = true;
        queue.clear();
        room.release(QUEUED_EVENTS);
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            slices.forEach(HistorySlice::crash);
        }
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
        synchronized (this) {
            slices.forEach(HistorySlice::close);
        }
    }
}
