package com.cyclex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the history an earlier version kept in the exchange's own database (the TRADE, LEASE and ORDER_EVENT
 * tables) into the first history slice, once, when a data dir written by it is opened: nothing a member traded
 * before the upgrade disappears from their history. The old tables are left as they were (a version-1
 * checkpoint reads its leases from them) and are not written again.
 */
final class LegacyHistory {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyHistory.class);
    private static final int BATCH = 10_000;

    private LegacyHistory() {
    }

    static void importInto(Database database, HistoryStore store) throws SQLException {
        Connection old = database.keeper();
        long rows = single(old, "SELECT (SELECT COUNT(*) FROM TRADE) + (SELECT COUNT(*) FROM ORDER_EVENT)");
        if (rows == 0) {
            old.commit();
            return;
        }
        long mark = single(old, "SELECT COALESCE(MAX(LAST_SEQ), 0) FROM HISTORY_MARK");
        long newest = single(old, "SELECT GREATEST(COALESCE((SELECT MAX(TRADED_AT) FROM TRADE), 0),"
                + " COALESCE((SELECT MAX(EVENT_AT) FROM ORDER_EVENT), 0))");
        HistorySlice slice = store.importSlice(newest);
        Connection to = slice.writer();
        copy(old, "SELECT " + HistorySlice.TRADE_COLUMNS + " FROM TRADE ORDER BY ID", to,
                "INSERT INTO TRADE (" + HistorySlice.TRADE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 10);
        copy(old, "SELECT " + mark + ", t.ID, t.MARKET_ID, t.BID_ORDER_ID, t.ASK_ORDER_ID, t.BUYER_ID, t.SELLER_ID, t.PRICE,"
                        + " t.UNITS, t.AGGRESSOR, t.TRADED_AT, l.ID, l.CORES, l.START_AT, l.END_AT, l.ESCROW, l.SELLER_FEE, l.STATE"
                        + " FROM LEASE l JOIN TRADE t ON t.ID = l.TRADE_ID ORDER BY l.ID", to,
                "INSERT INTO LEASE_STATE (SEQ, " + HistorySlice.LEASE_BASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 18);
        copy(old, "SELECT SEQ, ORDER_ID, MARKET_ID, MEMBER_ID, SIDE, PRICE, OPEN_UNITS, FILLED_UNITS, TIME_IN_FORCE, RESTING,"
                        + " CANCEL_REASON, EVENT_AT FROM ORDER_EVENT ORDER BY SEQ", to,
                "INSERT INTO ORDER_EVENT (SEQ, ORDER_ID, MARKET_ID, MEMBER_ID, SIDE, PRICE, OPEN_UNITS, FILLED_UNITS, TIME_IN_FORCE,"
                        + " RESTING, CANCEL_REASON, EVENT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 12);
        try (PreparedStatement m = to.prepareStatement("MERGE INTO SLICE_MARK (ID, LAST_SEQ, NEWEST_AT) KEY (ID) VALUES (1, ?, ?)")) {
            m.setLong(1, mark);
            m.setLong(2, newest);
            m.executeUpdate();
        }
        to.commit();
        old.commit();
        LOG.info("Brought {} rows of history kept by an earlier version into {}", rows, slice.start);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void copy(Connection from, String select, Connection to, String insert, int columns) throws SQLException {
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery(select); PreparedStatement p = to.prepareStatement(insert)) {
            int n = 0;
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    p.setObject(i, r.getObject(i));
                }
                p.addBatch();
                if (++n % BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }
}
