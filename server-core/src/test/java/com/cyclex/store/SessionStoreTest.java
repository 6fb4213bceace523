package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cyclex.market.Side;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live session tables: what is saved reads back after the database is opened again, compacted or not. */
class SessionStoreTest {
    @TempDir
    Path dir;

    private static SessionRecord record(String symbol, long startedAt, int period, long holder) {
        return new SessionRecord(symbol, 3, "name Test\n", 42, startedAt, period, true, false, 1_000, 61_000, 0, 5_000,
                2_000, false, List.of(new SessionRecord.Seat(10, holder, holder == 0 ? null : "alice"),
                        new SessionRecord.Seat(11, 0, null)), "1 -0.25 0.5 140\n");
    }

    private static SessionRecord.Trade trade(long seq, long id) {
        return new SessionRecord.Trade(1, seq, 4_000, 0, 1, 100, 150, 40, Side.ASK, id);
    }

    @Test
    void aSavedSessionReadsBackWithItsSeatsAndTradesAfterTheDatabaseOpensAgain() {
        try (DataDir d = DataDir.open(dir)) {
            Database db = Database.open(d);
            SessionStore store = new SessionStore(db);
            store.save(record("CLASS-1", 1, 1, 0), List.of(trade(5, 1)));
            store.save(record("CLASS-1", 1, 2, 1001), List.of(trade(9, 2)));
            store.close();
            db.close();
        }
        try (DataDir d = DataDir.open(dir)) {
            Database db = Database.open(d);
            SessionStore store = new SessionStore(db);
            assertEquals(record("CLASS-1", 1, 2, 1001), store.live(), "the latest save, seats and all");
            assertEquals(List.of(trade(5, 1), trade(9, 2)), store.trades("CLASS-1"));
            store.close();
            db.close();
        }
    }

    @Test
    void theNewestSessionNotEndedIsTheLiveOne() {
        try (DataDir d = DataDir.open(dir)) {
            Database db = Database.open(d);
            SessionStore store = new SessionStore(db);
            assertNull(store.live());
            store.save(record("CLASS-1", 1, 1, 0), List.of());
            store.save(record("CLASS-2", 2, 1, 0), List.of());
            assertEquals("CLASS-2", store.live().symbol());
            store.end("CLASS-2");
            assertEquals("CLASS-1", store.live().symbol());
            store.end("CLASS-1");
            assertNull(store.live());
            store.close();
            db.close();
        }
    }

    @Test
    void aSaveAfterACompactionThatClosedItsConnectionConnectsAgain() {
        try (DataDir d = DataDir.open(dir)) {
            Database db = Database.open(d);
            SessionStore store = new SessionStore(db);
            store.save(record("CLASS-1", 1, 1, 0), List.of(trade(5, 1)));
            db.compact(); // closes every connection, as a checkpoint's compaction does
            store.save(record("CLASS-1", 1, 1, 1001), List.of(trade(9, 2)));
            assertEquals(1001, store.live().seats().get(0).holderId());
            assertEquals(2, store.trades("CLASS-1").size());
            store.close();
            assertThrows(StoreException.class, () -> store.live(), "a closed store never opens the file again");
            db.close();
        }
    }
}
