package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.MintCredits;
import com.cyclex.exchange.Fixture;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data dir that is not what the exchange wrote must stop the start with a sentence that says so, never
 * recover into a state nobody acknowledged; a record cut short by the crash itself was never acknowledged and
 * is let go. Each test damages the files (the database with plain SQL, the journal byte by byte) while no host
 * has them open, the way a failing disk, a bad restore or a careless hand would.
 */
class DamagedDatabaseTest {
    /** One command per group commit, so every command is its own journal row. */
    private static final SequencerOptions ONE_PER_BATCH =
            new SequencerOptions(1024, 1, 600_000, Long.MAX_VALUE, Long.MAX_VALUE, () -> Fixture.T0);

    @TempDir
    Path dir;

    /** Five mints to the host itself, one group commit each (journal records 1 to 5), then a crash: no checkpoint. */
    private Path journalFiveCommandsAndCrash() {
        ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH);
        for (int i = 1; i <= 5; i++) {
            Command mint = new MintCredits(Fixture.HOST, Fixture.HOST, i);
            assertTrue(host.execute(mint).accepted());
        }
        host.crash();
        Path segment = JournalSegments.onlySegment(dir);
        assertEquals(5, JournalSegments.records(segment).size(), "one record per command");
        return segment;
    }

    private StoreException openFails() {
        return assertThrows(StoreException.class, () -> ExchangeHost.open(dir, ONE_PER_BATCH));
    }

    @Test
    void aCheckpointWhoseSavedHashWasAlteredIsRefusedAsDamage() {
        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            host.execute(new MintCredits(Fixture.HOST, Fixture.HOST, 100));
        }
        assertEquals(1, StoreFiles.update(dir, "UPDATE CHECKPOINT SET STATE_HASH = STATE_HASH + 1"));

        assertEquals("The checkpoint after command 1 does not match the hash it was saved with: the database is damaged.",
                openFails().getMessage());
        assertDataDirFree();
    }

    @Test
    void aCheckpointWhoseStateRowsWereAlteredIsRefusedAsDamage() {
        // The hash guards the tables too: a balance changed by hand no longer matches it.
        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            host.execute(new MintCredits(Fixture.HOST, Fixture.HOST, 100));
        }
        assertEquals(1, StoreFiles.update(dir, "UPDATE ACCOUNT SET BALANCE = BALANCE + 1 WHERE KIND = 'AVAILABLE'"));

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The checkpoint after command 1 cannot be restored (") && message.endsWith(
                "): the database is damaged."), message);
        assertDataDirFree();
    }

    @Test
    void aMissingRecordInTheMiddleIsRefusedNamingWhatShouldFollow() {
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.dropRecord(segment, 2);

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The journal segment segment-00000000000000000001.cxj holds commands 4 to 4 where 3 should follow"),
                message);
        assertTrue(message.endsWith("it is damaged. Nothing after it can be trusted; restore the data dir from a copy."), message);
        assertDataDirFree();
    }

    @Test
    void aMissingFirstRecordIsAGap() {
        // With no checkpoint the journal must start at command 1.
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.dropRecord(segment, 0);

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The journal has a gap: commands 1 to 1 are missing from "), message);
    }

    @Test
    void aChangedByteInARecordIsRefusedByItsChecksum() {
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.flipByte(segment, 1, 30);

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The journal segment segment-00000000000000000001.cxj holds a record that does not read at byte "),
                message);
        assertDataDirFree();
    }

    @Test
    void aLastRecordCutShortByTheCrashWasNeverAcknowledgedAndIsDropped() {
        // The crash came while the sixth record was being written: its sync never returned, so nobody was told
        // it was done. The journal goes on from the fifth.
        Path segment = journalFiveCommandsAndCrash();
        byte[] bytes = java.util.Arrays.copyOf(JournalSegments.read(segment), JournalSegments.recordsEnd(segment));
        JournalSegments.Span last = JournalSegments.records(segment).get(4);
        byte[] torn = java.util.Arrays.copyOfRange(bytes, last.offset(), last.offset() + last.length() - 3);
        byte[] grown = java.util.Arrays.copyOf(bytes, bytes.length + torn.length);
        System.arraycopy(torn, 0, grown, bytes.length, torn.length);
        JournalSegments.write(segment, grown);

        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            assertEquals(5, host.recovered().lastSeq());
            assertEquals(1 + 2 + 3 + 4 + 5L, (long) host.read(r -> r.account(Fixture.HOST).available()));
        }
        assertEquals(bytes.length, JournalSegments.read(segment).length, "the unfinished record was cut off");
    }

    @Test
    void aCutInTheMiddleOfTheLastRecordLosesOnlyThatRecord() {
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.cutEnd(segment, 5);

        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            assertEquals(4, host.recovered().lastSeq(), "command 5's record is incomplete");
        }
    }

    @Test
    void aRecordTornInTheSpaceMadeReadyForItWasNeverAcknowledgedAndIsDropped() {
        // The crash came while the fifth record was written into the zeros ahead of it: its end never arrived.
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.tearInReadySpace(segment, 6, 4096);

        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            assertEquals(4, host.recovered().lastSeq(), "command 5's record is incomplete");
            assertEquals(1 + 2 + 3 + 4L, (long) host.read(r -> r.account(Fixture.HOST).available()));
        }
    }

    @Test
    void aRecordAfterZerosIsDamageNotSpaceMadeReady() {
        // Zeros end a segment's records only when nothing but zeros follows; a record beyond them was written
        // and may have been acknowledged, so it is not dropped quietly.
        Path segment = journalFiveCommandsAndCrash();
        byte[] bytes = JournalSegments.read(segment);
        int end = JournalSegments.recordsEnd(segment);
        JournalSegments.Span last = JournalSegments.records(segment).get(4);
        byte[] out = java.util.Arrays.copyOf(bytes, end + 64 + last.length());
        java.util.Arrays.fill(out, last.offset(), end + 64, (byte) 0);
        System.arraycopy(bytes, last.offset(), out, end + 64, last.length());
        JournalSegments.write(segment, out);

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The journal segment segment-00000000000000000001.cxj holds a record that does not read at byte "),
                message);
    }

    @Test
    void aReplayThatDoesNotArriveAtTheRecordedHashStopsWithTheReason() {
        // A later build that applied some command differently would drift from what was acknowledged: the hash
        // the journal carries catches it instead of letting it run on.
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.setStateHash(segment, 3, 0x1234L);

        String message = openFails().getMessage();
        assertTrue(message.startsWith("Replaying the journal did not arrive at the state the exchange had after command 4"), message);
        assertTrue(message.contains("instead of 1234"), message);
        assertDataDirFree();
    }

    @Test
    void aSegmentOfANewerFormatIsRefusedSayingWhichCyclexToUse() {
        Path segment = journalFiveCommandsAndCrash();
        JournalSegments.setFormat(segment, JournalFile.FORMAT + 1);

        assertEquals("The journal segment segment-00000000000000000001.cxj is in format " + (JournalFile.FORMAT + 1) + ".2,"
                + " written by a newer Cyclex; this one reads format " + JournalFile.FORMAT + ".2. Open this data dir with the"
                + " newer Cyclex.", openFails().getMessage());
    }

    /** A refused start must not keep the data dir locked: the operator fixes or restores it and starts again. */
    private void assertDataDirFree() {
        DataDir.open(dir).close();
    }
}
