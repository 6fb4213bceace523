package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The device's share of an acknowledgement: how much of a command's wait overlapped the journal's syncs. */
class SyncTimesTest {
    @Test
    void aWindowCountsOnlyTheSyncTimeInsideIt() {
        SyncTimes t = new SyncTimes();
        t.record(100, 200);
        t.record(250, 300);
        t.record(400, 1_000);

        assertEquals(0, t.deviceNanos(0, 100), "before the first sync");
        assertEquals(100, t.deviceNanos(0, 200));
        assertEquals(50 + 50, t.deviceNanos(150, 300), "half of the first, all of the second");
        assertEquals(100 + 50 + 600, t.deviceNanos(0, 5_000));
        assertEquals(100, t.deviceNanos(500, 600), "a window inside one slow sync: it waited all along");
        assertEquals(0, t.deviceNanos(310, 390), "between syncs");
    }

    @Test
    void aWindowOlderThanWhatTheRingKeepsIsNotGuessedAt() {
        SyncTimes t = new SyncTimes();
        for (long i = 0; i < SyncTimes.KEPT + 10; i++) {
            t.record(i * 10, i * 10 + 4);
        }
        assertEquals(-1, t.deviceNanos(0, 100), "those syncs are forgotten");
        long recent = (SyncTimes.KEPT + 5) * 10L;
        assertEquals(4 + 4, t.deviceNanos(recent, recent + 20));
        t.clear();
        assertEquals(0, t.deviceNanos(0, Long.MAX_VALUE), "nothing recorded since the clear");
    }
}
