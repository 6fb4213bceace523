package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.PlaceOrder;
import com.cyclex.exchange.ExchangeState;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host checkpoints every few minutes for weeks: each checkpoint replaces the last one's rows, and the file
 * must stay near the size of one checkpoint, not of all of them (H2 left it growing until it is compacted).
 */
class CheckpointFileSizeTest {
    @TempDir
    Path dir;

    @Test
    void manyCheckpointsOfTheSameStateKeepTheFileNearTheSizeOfOne() {
        Fixture f = new Fixture();
        long buyer = f.member("buyer", 1_000_000_000L, 0);
        int market = f.market(MarketSpec.spot("CPU", 10, 1, 1, 100_000));
        for (int i = 0; i < 20_000; i++) {
            f.ok(PlaceOrder.limit(buyer, market, Side.BID, 1 + i % 5_000, 1, TimeInForce.GTC));
        }
        ExchangeState state = f.exchange.capture();
        long hash = f.exchange.stateHash();
        try (DataDir data = DataDir.open(dir); Database db = Database.open(data)) {
            long firstSize;
            try (CheckpointStore store = new CheckpointStore(db, 1L << 20)) {
                store.save(state, 1, hash);
                firstSize = db.fileBytes();
                long largest = firstSize;
                for (int i = 2; i <= 40; i++) {
                    store.save(state, i, hash);
                    largest = Math.max(largest, db.fileBytes());
                }
                assertTrue(largest <= Math.max(1L << 20, CheckpointStore.GROWTH * firstSize) + (4L << 20),
                        "the file reached " + largest + " bytes for checkpoints of " + firstSize);
                assertEquals(40, store.latest().lastSeq());
                assertEquals(20_000, store.load().orders().size(), "the latest checkpoint reads back whole after compacting");
            }
        }
    }
}
