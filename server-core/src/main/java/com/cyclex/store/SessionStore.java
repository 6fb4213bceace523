package com.cyclex.store;

import static com.cyclex.store.schema.Tables.LIVE_SESSION;
import static com.cyclex.store.schema.Tables.LIVE_SESSION_SEAT;
import static com.cyclex.store.schema.Tables.LIVE_SESSION_TRADE;

import com.cyclex.market.Side;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The live session tables: each save is one transaction, on the device (CHECKPOINT SYNC) before it returns, so a
 * session step is told done only once a crash can no longer undo it. Saves are few (a trade, a period's step, a
 * seat taken or given back), so a sync each costs little beside the journal's.
 */
public final class SessionStore implements AutoCloseable {
    private final Database database;
    private Connection connection;
    private DSLContext dsl;
    /** The seats last written of each session, so a save that leaves them as they were need not write them. */
    private final java.util.Map<String, List<SessionRecord.Seat>> written = new java.util.concurrent.ConcurrentHashMap<>();
    /** Once closed (the host closed or crashed), never connect again: a new connection would open the file anew. */
    private boolean closed;

    public SessionStore(Database database) {
        this.database = database;
        connect();
    }

    private void connect() {
        connection = database.connect();
        dsl = Database.dsl(connection);
    }

    /**
     * Writes the session's record (made on the first save; its scenario, seed and market never change after) with its
     * trades made since the last save, and syncs.
     */
    public void save(SessionRecord r, List<SessionRecord.Trade> newTrades) {
        write("save live session " + r.symbol(), () -> {
            // The scenario (a CLOB) is written once, with the first save: a save rewrites only what may change.
            int updated = dsl.update(LIVE_SESSION).set(LIVE_SESSION.PERIOD, r.period())
                    .set(LIVE_SESSION.PERIOD_OPEN, r.open()).set(LIVE_SESSION.PAUSED, r.paused())
                    .set(LIVE_SESSION.PERIOD_START, r.periodStart()).set(LIVE_SESSION.PERIOD_END, r.periodEnd())
                    .set(LIVE_SESSION.PAUSED_AT, r.pausedAt()).set(LIVE_SESSION.SESSION_TIME, r.sessionTime())
                    .set(LIVE_SESSION.SEQ_FLOOR, r.seqFloor()).set(LIVE_SESSION.ROLES_RESHUFFLED, r.rolesReshuffled())
                    .set(LIVE_SESSION.ROBOT_LEARNING, r.robotLearning())
                    .where(LIVE_SESSION.SYMBOL.eq(r.symbol())).execute();
            if (updated == 0) {
                dsl.insertInto(LIVE_SESSION).set(LIVE_SESSION.SYMBOL, r.symbol()).set(LIVE_SESSION.MARKET_ID, r.market())
                        .set(LIVE_SESSION.SCENARIO, r.scenario()).set(LIVE_SESSION.SEED, r.seed())
                        .set(LIVE_SESSION.STARTED_AT, r.startedAt()).set(LIVE_SESSION.PERIOD, r.period())
                        .set(LIVE_SESSION.PERIOD_OPEN, r.open()).set(LIVE_SESSION.PAUSED, r.paused())
                        .set(LIVE_SESSION.PERIOD_START, r.periodStart()).set(LIVE_SESSION.PERIOD_END, r.periodEnd())
                        .set(LIVE_SESSION.PAUSED_AT, r.pausedAt()).set(LIVE_SESSION.SESSION_TIME, r.sessionTime())
                        .set(LIVE_SESSION.SEQ_FLOOR, r.seqFloor()).set(LIVE_SESSION.ROLES_RESHUFFLED, r.rolesReshuffled())
                        .set(LIVE_SESSION.ROBOT_LEARNING, r.robotLearning()).set(LIVE_SESSION.ENDED, false).execute();
            }
            // Seats change seldom (a seat taken or given back); rewriting them each time tripled a save's cost.
            if (!r.seats().equals(written.get(r.symbol()))) {
                dsl.deleteFrom(LIVE_SESSION_SEAT).where(LIVE_SESSION_SEAT.SYMBOL.eq(r.symbol())).execute();
                for (int i = 0; i < r.seats().size(); i++) {
                    SessionRecord.Seat s = r.seats().get(i);
                    dsl.insertInto(LIVE_SESSION_SEAT).set(LIVE_SESSION_SEAT.SYMBOL, r.symbol()).set(LIVE_SESSION_SEAT.SEAT, i)
                            .set(LIVE_SESSION_SEAT.MEMBER_ID, s.memberId()).set(LIVE_SESSION_SEAT.HOLDER_ID, s.holderId())
                            .set(LIVE_SESSION_SEAT.HOLDER_NAME, s.holderName()).execute();
                }
            }
            for (SessionRecord.Trade t : newTrades) {
                dsl.insertInto(LIVE_SESSION_TRADE).set(LIVE_SESSION_TRADE.SYMBOL, r.symbol())
                        .set(LIVE_SESSION_TRADE.SEQ, t.seq()).set(LIVE_SESSION_TRADE.PERIOD, t.period())
                        .set(LIVE_SESSION_TRADE.TRADED_AT, t.time()).set(LIVE_SESSION_TRADE.BUYER_SEAT, t.buyer())
                        .set(LIVE_SESSION_TRADE.SELLER_SEAT, t.seller()).set(LIVE_SESSION_TRADE.PRICE, t.price())
                        .set(LIVE_SESSION_TRADE.UNIT_VALUE, t.value()).set(LIVE_SESSION_TRADE.UNIT_COST, t.cost())
                        .set(LIVE_SESSION_TRADE.AGGRESSOR, t.aggressor().name())
                        .set(LIVE_SESSION_TRADE.TRADE_ID, t.tradeId()).execute();
            }
        });
        written.put(r.symbol(), r.seats()); // committed and synced: the file holds these seats now
    }

    /** The session made way for another (or was ended for good): a restart leaves it be. */
    public void end(String symbol) {
        write("end live session " + symbol, () -> dsl.update(LIVE_SESSION).set(LIVE_SESSION.ENDED, true)
                .where(LIVE_SESSION.SYMBOL.eq(symbol)).execute());
    }

    /** The session that was live when the host stopped (the newest not ended), or null. */
    public SessionRecord live() {
        return read(() -> {
            Record h = dsl.selectFrom(LIVE_SESSION).where(LIVE_SESSION.ENDED.eq(false))
                    .orderBy(LIVE_SESSION.STARTED_AT.desc(), LIVE_SESSION.SYMBOL.desc()).limit(1).fetchOne();
            if (h == null) {
                return null;
            }
            String symbol = h.get(LIVE_SESSION.SYMBOL);
            List<SessionRecord.Seat> seats = dsl.selectFrom(LIVE_SESSION_SEAT).where(LIVE_SESSION_SEAT.SYMBOL.eq(symbol))
                    .orderBy(LIVE_SESSION_SEAT.SEAT).fetch(s -> new SessionRecord.Seat(s.get(LIVE_SESSION_SEAT.MEMBER_ID),
                            s.get(LIVE_SESSION_SEAT.HOLDER_ID), s.get(LIVE_SESSION_SEAT.HOLDER_NAME)));
            return new SessionRecord(symbol, h.get(LIVE_SESSION.MARKET_ID), h.get(LIVE_SESSION.SCENARIO),
                    h.get(LIVE_SESSION.SEED), h.get(LIVE_SESSION.STARTED_AT), h.get(LIVE_SESSION.PERIOD),
                    h.get(LIVE_SESSION.PERIOD_OPEN), h.get(LIVE_SESSION.PAUSED), h.get(LIVE_SESSION.PERIOD_START),
                    h.get(LIVE_SESSION.PERIOD_END), h.get(LIVE_SESSION.PAUSED_AT), h.get(LIVE_SESSION.SESSION_TIME),
                    h.get(LIVE_SESSION.SEQ_FLOOR), h.get(LIVE_SESSION.ROLES_RESHUFFLED), seats, h.get(LIVE_SESSION.ROBOT_LEARNING));
        });
    }

    /** A session's trades in the order they were made. */
    public List<SessionRecord.Trade> trades(String symbol) {
        return read(() -> dsl.selectFrom(LIVE_SESSION_TRADE).where(LIVE_SESSION_TRADE.SYMBOL.eq(symbol))
                .orderBy(LIVE_SESSION_TRADE.SEQ).fetch(t -> new SessionRecord.Trade(t.get(LIVE_SESSION_TRADE.PERIOD),
                        t.get(LIVE_SESSION_TRADE.SEQ), t.get(LIVE_SESSION_TRADE.TRADED_AT), t.get(LIVE_SESSION_TRADE.BUYER_SEAT),
                        t.get(LIVE_SESSION_TRADE.SELLER_SEAT), t.get(LIVE_SESSION_TRADE.PRICE),
                        t.get(LIVE_SESSION_TRADE.UNIT_VALUE), t.get(LIVE_SESSION_TRADE.UNIT_COST),
                        Side.valueOf(t.get(LIVE_SESSION_TRADE.AGGRESSOR)), t.get(LIVE_SESSION_TRADE.TRADE_ID))));
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void write(String what, Step step) {
        read(() -> {
            try {
                step.run();
                connection.commit();
                dsl.execute("CHECKPOINT SYNC");
                return null;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        }, what);
    }

    private <T> T read(Work<T> work) {
        return read(work, "read the live session");
    }

    /**
     * Runs on this store's connection, once more on a new one if it failed: a checkpoint that compacts the file
     * closes every connection (see {@link Database#compact}); holding the database's lock keeps the two apart.
     */
    private <T> T read(Work<T> work, String what) {
        synchronized (database) {
            if (closed) {
                throw new StoreException("Could not " + what + ": the host's store is closed.");
            }
            try {
                return work.run();
            } catch (SQLException | RuntimeException first) {
                try {
                    closeQuietly();
                    connect();
                    return work.run();
                } catch (SQLException | RuntimeException e) {
                    e.addSuppressed(first);
                    throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure of the write is the one worth reporting
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection the compaction closed is closed already
        }
    }

    @Override
    public void close() {
        synchronized (database) {
            closed = true;
            closeQuietly();
        }
    }
}
