package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.MintCredits;
import com.cyclex.exchange.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal writes its records into space made ready ahead of them (zeros past the last record), so that a
 * record's sync allocates nothing; the space is cut off when a segment ends and read as no record after a crash.
 */
class JournalReadySpaceTest {
    @TempDir
    Path dir;

    @Test
    void aRunningSegmentHasSpaceReadyAndACleanCloseCutsItToItsRecords() throws IOException {
        Path journalDir = dir.resolve("journal");
        JournalFile journal = JournalFile.open(journalDir);
        journal.replay(0, new Heard());
        for (int i = 1; i <= 20; i++) {
            journal.append(i, 1, null, mint(i));
        }
        Path segment = journalDir.resolve("segment-00000000000000000001.cxj");
        int records = JournalSegments.recordsEnd(segment);
        assertEquals(20, JournalSegments.records(segment).size());
        assertTrue(Files.size(segment) >= records + JournalFile.READY_BYTES,
                "space ready past the records: " + Files.size(segment) + " bytes for " + records);

        journal.close();
        assertEquals(records, Files.size(segment), "a closed segment holds its records and nothing else");

        Heard heard = new Heard();
        try (JournalFile again = JournalFile.open(journalDir)) {
            assertEquals(20, again.replay(0, heard));
            again.append(21, 1, null, mint(21));
        }
        assertEquals(20, heard.seqs.size());
        assertEquals(2, StoreFiles.journalSegments(dir).size(), "the next start writes a segment of its own");
    }

    @Test
    void aSegmentLeftWithItsReadySpaceByACrashReplaysEveryRecordAndGoesOn() {
        Path journalDir = dir.resolve("journal");
        JournalFile journal = JournalFile.open(journalDir);
        journal.replay(0, new Heard());
        for (int i = 1; i <= 7; i++) {
            journal.append(i, 1, null, mint(i));
        }
        // No close: the process died with the zeros still after the records.
        Heard heard = new Heard();
        try (JournalFile again = JournalFile.open(journalDir)) {
            assertEquals(7, again.replay(0, heard));
            again.append(8, 1, null, mint(8));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), heard.seqs);
        try (JournalFile third = JournalFile.open(journalDir)) {
            assertEquals(8, third.replay(0, new Heard()));
        }
    }

    @Test
    void recordsLargerThanTheReadySpaceStillLandWhole() {
        Path journalDir = dir.resolve("journal");
        try (JournalFile journal = JournalFile.open(journalDir)) {
            journal.replay(0, new Heard());
            long seq = 1;
            // About 3 MB of records: the space is made ready again and again as they pass its end.
            for (int i = 0; i < 300; i++) {
                JournalBatch batch = new JournalBatch();
                batch.start(seq);
                for (int k = 0; k < 500; k++) {
                    batch.add(Fixture.T0, "key-" + seq + "-" + k, new MintCredits(Fixture.HOST, Fixture.HOST, 1 + k));
                }
                journal.append(seq, batch.count(), null, batch.payload());
                seq += batch.count();
            }
        }
        Heard heard = new Heard();
        try (JournalFile again = JournalFile.open(journalDir)) {
            assertEquals(150_000, again.replay(0, heard));
        }
        assertEquals(150_000, heard.seqs.size());
    }

    private static byte[] mint(long seq) {
        JournalBatch batch = new JournalBatch();
        batch.start(seq);
        batch.add(Fixture.T0, null, new MintCredits(Fixture.HOST, Fixture.HOST, seq));
        return batch.payload();
    }

    private static final class Heard implements JournalFile.Replay {
        final List<Long> seqs = new ArrayList<>();

        @Override
        public void command(JournalBatch.Entry entry) {
            seqs.add(entry.seq());
        }

        @Override
        public void recordEnd(long lastSeq, Long stateHash, int hashVersion) {
        }
    }
}
