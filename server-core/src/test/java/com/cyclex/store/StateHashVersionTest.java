package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.Command;
import com.cyclex.bench.BenchStream;
import com.cyclex.exchange.Exchange;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State hash version 3 takes the open leases by a digest kept as they change, instead of walking them on the
 * sequencer. A journal written before (format 1, version 2 hashes) must still replay and be checked with the
 * hash it was written with; these journals are made here byte by byte, as the older build wrote them.
 */
class StateHashVersionTest {
    @TempDir
    Path dir;

    /** Commands with trades and open leases, each record's live hash by the given version, after it. */
    private static List<Record> journalOfTrades(int hashVersion, boolean rightHash) {
        BenchStream stream = BenchStream.generate(6_000, 12, 11);
        Exchange live = new Exchange();
        List<Command> commands = new ArrayList<>(stream.setup());
        long[] times = new long[commands.size() + stream.commands().length + LATER];
        for (int i = 0; i < stream.setup().size(); i++) {
            times[i] = BenchStream.time(0) - stream.setup().size() + i;
        }
        for (int i = 0; i < stream.commands().length; i++) {
            commands.add(stream.commands()[i]);
            times[stream.setup().size() + i] = BenchStream.time(i);
        }
        // Then time passes, so the leases start, pay as they go and end: each is changed in the book.
        long end = BenchStream.time(stream.commands().length - 1);
        for (int k = 1; k <= LATER; k++) {
            commands.add(new AdvanceClock());
            times[commands.size() - 1] = end + k * STEP;
        }
        List<Record> records = new ArrayList<>();
        JournalBatch batch = new JournalBatch();
        long seq = 1;
        batch.start(seq);
        for (int i = 0; i < commands.size(); i++) {
            if (i == commands.size() - LATER) {
                assertTrue(live.capture().openLeases().size() > 100, "the stream leaves leases open: " + live.capture().openLeases().size());
            }
            // some commands keyed, as the network's are: versions 2 and 3 walk the kept answers, 4 takes their digest
            String key = i % 3 == 0 ? "client-" + i : null;
            live.apply(commands.get(i), times[i], key);
            if (live.lastChangedState()) {
                batch.add(times[i], key, commands.get(i));
                seq++;
            }
            if (batch.count() == 500 || (i == commands.size() - 1 && batch.count() > 0)) {
                long hash = live.stateHash(hashVersion);
                records.add(new Record(batch.firstSeq(), batch.count(), rightHash ? hash : ~hash, batch.payload()));
                batch.start(seq);
            }
        }
        return records;
    }

    private static final int LATER = 40;
    private static final long STEP = 10_000;

    private record Record(long firstSeq, int count, long hash, byte[] payload) {
    }

    /** A format 1 segment as the build before state hash version 3 wrote it: flags 1, a version 2 hash. */
    private void writeFormat1(List<Record> records) throws Exception {
        writeFormat(1, 1, records);
    }

    /** A segment as an earlier build wrote it: its format in the header, the record flags it used. */
    private void writeFormat(int format, int flags, List<Record> records) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(JournalFile.HEADER_BYTES).put(JournalFile.MAGIC).putInt(format)
                .putInt(JournalBatch.FORM_KEYED).putLong(1).array());
        for (Record r : records) {
            int length = JournalFile.BODY_HEADER + r.payload().length;
            ByteBuffer b = ByteBuffer.allocate(JournalFile.RECORD_PREFIX + length);
            b.putInt(length).putInt(0).putLong(r.firstSeq()).putInt(r.count()).put((byte) flags).putLong(r.hash()).put(r.payload());
            CRC32C crc = new CRC32C();
            crc.update(b.array(), JournalFile.RECORD_PREFIX, length);
            b.putInt(4, (int) crc.getValue());
            out.write(b.array());
        }
        Path journal = dir.resolve("journal");
        Files.createDirectories(journal);
        Files.write(journal.resolve("segment-00000000000000000001.cxj"), out.toByteArray());
    }

    @Test
    void aFormat1JournalReplaysCheckedByTheVersion2HashesItCarries() throws Exception {
        List<Record> records = journalOfTrades(2, true);
        writeFormat1(records);
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
            assertEquals(records.size(), host.recovered().hashesChecked());
            assertEquals(records.get(records.size() - 1).firstSeq() + records.get(records.size() - 1).count() - 1, host.lastSeq());
        }
    }

    @Test
    void aFormat1JournalWhoseHashesAreNotVersion2IsRefused() throws Exception {
        // Version 3 hashes under format 1 flags: the replay must check them as version 2, and so must stop.
        writeFormat1(journalOfTrades(3, true));
        StoreException e = assertThrows(StoreException.class, () -> ExchangeHost.open(dir, SequencerOptions.defaults()).close());
        assertTrue(e.getMessage().contains("does not replay this journal exactly"), e.getMessage());
    }

    @Test
    void aFormat2JournalReplaysCheckedByTheVersion3HashesItCarries() throws Exception {
        List<Record> records = journalOfTrades(3, true);
        writeFormat(2, 3, records);
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
            assertEquals(records.size(), host.recovered().hashesChecked());
        }
    }

    @Test
    void aFormat2JournalWhoseHashesAreNotVersion3IsRefused() throws Exception {
        // Today's version 4 hashes under format 2's flags: checked as version 3, they must not pass.
        writeFormat(2, 3, journalOfTrades(4, true));
        StoreException e = assertThrows(StoreException.class, () -> ExchangeHost.open(dir, SequencerOptions.defaults()).close());
        assertTrue(e.getMessage().contains("does not replay this journal exactly"), e.getMessage());
    }

    @Test
    void version4FollowsEveryKeptAnswerAsVersion3DoesAndSurvivesARestore() {
        List<Record> v3 = journalOfTrades(3, true);
        List<Record> v4 = journalOfTrades(4, true);
        for (int i = 0; i < v3.size(); i++) {
            assertNotEquals(v3.get(i).hash(), v4.get(i).hash());
        }
        Exchange live = new Exchange();
        BenchStream stream = BenchStream.generate(3_000, 12, 5);
        stream.applySetup(live);
        java.util.Set<Long> v3s = new java.util.HashSet<>();
        java.util.Set<Long> v4s = new java.util.HashSet<>();
        for (int i = 0; i < stream.commands().length; i++) {
            // the same command again under the same key changes nothing; a new key is a new kept answer
            String key = "k-" + (i / 2);
            live.apply(stream.commands()[i], BenchStream.time(i), key);
            v3s.add(live.stateHash(3));
            v4s.add(live.stateHash(4));
            if (i % 499 == 0) {
                Exchange copy = Exchange.restore(live.capture());
                assertEquals(live.stateHash(4), copy.stateHash(4), "after command " + i);
            }
        }
        assertEquals(v3s.size(), v4s.size(), "version 4 tells apart exactly the states version 3 does");
        // A quarter of an hour later the answers are forgotten as the next one is kept: the digest follows.
        long later = BenchStream.time(stream.commands().length) + 16 * 60_000L;
        assertTrue(live.apply(new com.cyclex.api.MintCredits(com.cyclex.member.MemberRegistry.HOST_ID,
                stream.commands()[0].actor(), 1), later, "after-a-while").accepted());
        Exchange copy = Exchange.restore(live.capture());
        assertEquals(live.stateHash(4), copy.stateHash(4));
        assertEquals(1, live.capture().keptResults().size(), "all but the newest answer forgotten");
    }

    @Test
    void theTwoVersionsDifferAndVersion3FollowsEveryLeaseChange() {
        List<Record> v2 = journalOfTrades(2, true);
        List<Record> v3 = journalOfTrades(3, true);
        for (int i = 0; i < v2.size(); i++) {
            assertNotEquals(v2.get(i).hash(), v3.get(i).hash());
        }
        // Restored from a copy of its state, an exchange hashes the same by both versions: the digest is rebuilt.
        BenchStream stream = BenchStream.generate(6_000, 12, 11);
        Exchange live = new Exchange();
        stream.applySetup(live);
        for (int i = 0; i < stream.commands().length; i++) {
            live.apply(stream.commands()[i], BenchStream.time(i));
            if (i % 997 == 0) {
                sameAfterRestore(live, "after command " + i);
            }
        }
        long end = BenchStream.time(stream.commands().length - 1);
        java.util.Set<Long> hashes = new java.util.HashSet<>();
        for (int k = 1; k <= LATER; k++) {
            live.apply(new AdvanceClock(), end + k * STEP);
            sameAfterRestore(live, k * STEP + " ms later");
            hashes.add(live.stateHash(3));
        }
        assertTrue(hashes.size() > LATER / 2, "the leases changed as time passed: " + hashes.size() + " states");
    }

    private static void sameAfterRestore(Exchange live, String when) {
        Exchange copy = Exchange.restore(live.capture());
        assertEquals(live.stateHash(3), copy.stateHash(3), when);
        assertEquals(live.stateHash(2), copy.stateHash(2), when);
    }
}
