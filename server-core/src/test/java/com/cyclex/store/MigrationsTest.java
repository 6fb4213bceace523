package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema a data dir is at, and what happens when it is not the one this build knows. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aFreshDataDirEndsAtSchemaVersion6WithEveryTable() {
        StoreFiles.with(dir, c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT VERSION, SCRIPT FROM SCHEMA_VERSION ORDER BY VERSION")) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1));
                assertEquals("V1__exchange.sql", r.getString(2));
                assertTrue(r.next());
                assertEquals(2, r.getInt(1));
                assertEquals("V2__live_state_and_history.sql", r.getString(2));
                assertTrue(r.next());
                assertEquals(3, r.getInt(1));
                assertEquals("V3__delivery.sql", r.getString(2));
                assertTrue(r.next());
                assertEquals(4, r.getInt(1));
                assertEquals("V4__jobs.sql", r.getString(2));
                assertTrue(r.next());
                assertEquals(5, r.getInt(1));
                assertEquals("V5__live_sessions.sql", r.getString(2));
                assertTrue(r.next());
                assertEquals(6, r.getInt(1));
                assertEquals("V6__robot_learning.sql", r.getString(2));
                assertFalse(r.next(), "six version rows");
            }
            assertEquals(18, StoreFiles.queryLong(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_NAME IN ('SCHEMA_VERSION', 'JOURNAL', 'CHECKPOINT', 'MEMBER', 'MARKET', 'ACCOUNT',"
                    + " 'OPEN_ORDER', 'TRADE', 'LEASE', 'OPEN_LEASE', 'KEPT_RESULT', 'ORDER_EVENT', 'HISTORY_MARK', 'EXCHANGE_START',"
                    + " 'OPEN_JOB', 'LIVE_SESSION', 'LIVE_SESSION_SEAT', 'LIVE_SESSION_TRADE')"));
            assertEquals(com.cyclex.exchange.Exchange.CURRENT_DELIVERY_RULES,
                    StoreFiles.queryLong(c, "SELECT DELIVERY_RULES FROM EXCHANGE_START"), "a fresh exchange starts under this build's rules");
            return null;
        });
    }

    @Test
    void reopeningRunsNoMigrationAgain() {
        long appliedAt = StoreFiles.queryLong(dir, "SELECT APPLIED_AT FROM SCHEMA_VERSION WHERE VERSION = 1");
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            assertEquals(0, host.recovered().lastSeq());
        }
        StoreFiles.with(dir, c -> {
            assertEquals(6, StoreFiles.queryLong(c, "SELECT COUNT(*) FROM SCHEMA_VERSION"));
            assertEquals(appliedAt, StoreFiles.queryLong(c, "SELECT APPLIED_AT FROM SCHEMA_VERSION WHERE VERSION = 1"),
                    "version 1 was not applied a second time");
            // Running V1 again would fail on CREATE TABLE JOURNAL; at the newest version apply does nothing.
            assertEquals(6, Migrations.apply(c));
            return null;
        });
    }

    @Test
    void aDataDirFromANewerCyclexIsRefusedNamingBothVersions() throws SQLException {
        StoreFiles.update(dir, "INSERT INTO SCHEMA_VERSION VALUES (7, 'V7__future.sql', 0)");

        StoreException e = assertThrows(StoreException.class, () -> ExchangeHost.open(dir));
        assertEquals("This data dir was written by a newer Cyclex (schema version 7); this one knows versions up to 6."
                + " Use the newer Cyclex, or another data dir.", e.getMessage());

        // The refused start let go of everything: the lock, and the database itself, which still holds only
        // what was there (no half-applied migration), and has no session left open in this process.
        try (DataDir dataDir = DataDir.open(dir);
             Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.databaseBase() + ";IFEXISTS=TRUE",
                     "cyclex", "")) {
            assertEquals(7, StoreFiles.queryLong(c, "SELECT MAX(VERSION) FROM SCHEMA_VERSION"));
            assertEquals(1, StoreFiles.queryLong(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"),
                    "only this test's own session: the refused start left no connection open");
        }
    }

    @Test
    void theIndexListsEachScriptOnceInVersionOrderFrom1() {
        // A new script must be added to index.txt with the next version, or it silently never runs.
        List<String> scripts = Migrations.scripts();
        assertFalse(scripts.isEmpty());
        for (int i = 0; i < scripts.size(); i++) {
            assertEquals(i + 1, Migrations.version(scripts.get(i)), "script " + scripts.get(i));
            assertFalse(Migrations.statements(resource(scripts.get(i))).isEmpty());
        }
    }

    private static String resource(String script) {
        try (var in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            assertTrue(in != null, script + " is listed but missing");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
