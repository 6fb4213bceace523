package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's bytes are a file format: a segment written today must read the same in every later build.
 * The bytes of one segment holding one command of every kind (some with idempotency keys, every enum of the
 * journal) are kept in test resources; this build must write exactly them and read them back exactly. When a
 * test here fails, do not update the file: add a new format version and keep reading this one.
 */
class JournalGoldenBytesTest {
    private static final String GOLDEN = "/golden/journal-segment-format-1.hex";
    /** The commands of delivery (tags 16 to 22), added to format 1 later, kept in a file of their own. */
    private static final String GOLDEN_DELIVERY = "/golden/journal-segment-format-1-delivery.hex";
    /**
     * Format 2 (state hash version 3, open leases by their digest) flags its hashes: the same commands, kept as
     * written when format 2 came.
     */
    private static final String GOLDEN_2 = "/golden/journal-segment-format-2.hex";
    private static final String GOLDEN_2_DELIVERY = "/golden/journal-segment-format-2-delivery.hex";
    /**
     * Format 3 (state hash version 4, the kept answers by their digest too): the same commands again, kept as
     * written when format 3 came. Builds write format 3 and read all three.
     */
    private static final String GOLDEN_3 = "/golden/journal-segment-format-3.hex";
    private static final String GOLDEN_3_DELIVERY = "/golden/journal-segment-format-3-delivery.hex";
    private static final long T = 1_764_000_000_000L;

    @TempDir
    Path dir;

    /** One of each command kind, in the order they are journaled, with the keys they were sent with. */
    static List<JournalBatch.Entry> entries() {
        List<Command> commands = List.of(
                new RegisterMember(0, "st\u00fcdent-1", "ab12"),
                new AdmitMember(1, 2),
                new MintCredits(1, 2, 1_000_000_000_000L),
                new DeclareCapacity(2, 8),
                new CreateMarket(1, MarketSpec.spot("CPU.SPOT.10M", 10, 100, 1, 5000).withLots(1, 100).withFees(2, 5)),
                new CreateMarket(1, MarketSpec.spot("CPU.W1H", 60, 100, 1, 5000).withWindow(T + 7_200_000L)),
                new PlaceOrder(2, 1, Side.BID, OrderType.LIMIT, TimeInForce.GTC, 495, 3),
                new PlaceOrder(2, 1, Side.ASK, OrderType.MARKET, TimeInForce.IOC, 0, 1),
                new PlaceOrder(2, 1, Side.ASK, OrderType.LIMIT, TimeInForce.FOK, 510, 2),
                new PlaceOrder(2, 2, Side.BID, OrderType.LIMIT, TimeInForce.DAY, 4000, 1),
                new ReplaceOrder(2, 1, 7, 490, 2),
                new CancelOrder(2, 1, 7),
                new CancelAll(2, 0),
                new HaltMarket(1, 1),
                new ResumeMarket(1, 1),
                new SetFees(1, 1, 3, 7),
                new SuspendMember(1, 2),
                new LeaveExchange(2),
                new AdvanceClock());
        return keyed(commands);
    }

    /** The delivery commands: every lease ending and job outcome by its stable code, nulls where allowed. */
    static List<JournalBatch.Entry> deliveryEntries() {
        List<Command> commands = new ArrayList<>();
        for (com.cyclex.lease.LeaseEnd end : com.cyclex.lease.LeaseEnd.values()) {
            commands.add(new com.cyclex.api.EndLease(1, 40 + end.ordinal(), end));
        }
        commands.add(new com.cyclex.api.AdoptDeliveryRules(1, 3));
        commands.add(new com.cyclex.api.SetVerification(1, 500, -6_148_914_691_236_517_206L));
        commands.add(new com.cyclex.api.SubmitJob(2, 41, "0123456789abcdef".repeat(4), List.of("mandelbrot", "512", "\u00e9"),
                "fedcba9876543210".repeat(4)));
        commands.add(new com.cyclex.api.ClaimJob(3, 1));
        for (com.cyclex.job.JobCode code : com.cyclex.job.JobCode.values()) {
            commands.add(new com.cyclex.api.ReportJob(3, 1, code, code == com.cyclex.job.JobCode.OK ? 0 : -1,
                    code == com.cyclex.job.JobCode.OK ? "ab".repeat(32) : null, 1234, "cd".repeat(32), 56, 78));
        }
        commands.add(new com.cyclex.api.ReportVerification(1, 1, com.cyclex.job.JobCode.OK, 0, "ab".repeat(32)));
        commands.add(new com.cyclex.api.ReportVerification(1, 2, com.cyclex.job.JobCode.TRAP, 134, null));
        return keyed(commands);
    }

    private static List<JournalBatch.Entry> keyed(List<Command> commands) {
        List<JournalBatch.Entry> out = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            String key = i % 3 == 0 ? "client-" + i : null;
            out.add(new JournalBatch.Entry(1 + i, T + 17L * i, key, commands.get(i)));
        }
        return out;
    }

    private Path writeToday(List<JournalBatch.Entry> entries) {
        JournalFile journal = JournalFile.open(dir.resolve("journal"));
        journal.replay(0, new Recorder());
        JournalBatch batch = new JournalBatch();
        batch.start(1);
        for (JournalBatch.Entry e : entries) {
            batch.add(e.time(), e.key(), e.command());
        }
        journal.append(1, batch.count(), 0x0123456789ABCDEFL, batch.payload());
        journal.close();
        return dir.resolve("journal").resolve("segment-00000000000000000001.cxj");
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = JournalGoldenBytesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", ""));
        }
    }

    @Test
    void todaysBuildWritesExactlyTheKeptBytes() throws IOException {
        writesExactly(entries(), GOLDEN_3);
    }

    @Test
    void theKeptBytesReadBackAsTheSameCommandsKeysTimesAndHash() throws IOException {
        readsBack(GOLDEN, entries());
    }

    @Test
    void todaysBuildWritesTheDeliveryCommandsExactlyAsKept() throws IOException {
        writesExactly(deliveryEntries(), GOLDEN_3_DELIVERY);
    }

    @Test
    void theFormat3BytesReadBackTheSameWithTheirHashVersion() throws IOException {
        assertEquals(List.of(4), readsBack(GOLDEN_3, entries()).versions);
        assertEquals(List.of(4), readsBack(GOLDEN_3_DELIVERY, deliveryEntries()).versions);
    }

    @Test
    void theFormat2BytesReadBackTheSameWithTheirHashVersion() throws IOException {
        assertEquals(List.of(3), readsBack(GOLDEN_2, entries()).versions);
        assertEquals(List.of(3), readsBack(GOLDEN_2_DELIVERY, deliveryEntries()).versions);
    }

    @Test
    void formatOneHashesReadAsHashVersion2() throws IOException {
        assertEquals(List.of(2), readsBack(GOLDEN, entries()).versions);
    }

    @Test
    void theKeptDeliveryBytesReadBackAsTheSameCommands() throws IOException {
        readsBack(GOLDEN_DELIVERY, deliveryEntries());
    }

    private void writesExactly(List<JournalBatch.Entry> entries, String file) throws IOException {
        byte[] written = Files.readAllBytes(writeToday(entries));
        assertEquals(HexFormat.of().formatHex(golden(file)), HexFormat.of().formatHex(written),
                "the journal's bytes changed: add a format version instead of changing this one");
    }

    private Recorder readsBack(String file, List<JournalBatch.Entry> entries) throws IOException {
        dir = Files.createTempDirectory(dir, "read");
        Path journalDir = dir.resolve("journal");
        Files.createDirectories(journalDir);
        Files.write(journalDir.resolve("segment-00000000000000000001.cxj"), golden(file));
        Recorder recorder = new Recorder();
        try (JournalFile journal = JournalFile.open(journalDir)) {
            assertEquals(entries.size(), journal.replay(0, recorder));
        }
        assertEquals(entries, recorder.entries);
        assertEquals(List.of(0x0123456789ABCDEFL), recorder.hashes);
        return recorder;
    }

    /**
     * Writes today's delivery bytes as the kept file, once, when the file is added (not a test: a tool, run as
     * {@code java -cp ... JournalGoldenBytesTest DIR}); never run it to make a failing test pass.
     */
    public static void main(String[] args) throws IOException {
        JournalGoldenBytesTest t = new JournalGoldenBytesTest();
        t.dir = Files.createTempDirectory("golden");
        keep(t.writeToday(entries()), Path.of(args[0]).resolve("journal-segment-format-3.hex"));
        t.dir = Files.createTempDirectory("golden");
        keep(t.writeToday(deliveryEntries()), Path.of(args[0]).resolve("journal-segment-format-3-delivery.hex"));
    }

    private static void keep(Path segment, Path hexFile) throws IOException {
        String hex = HexFormat.of().formatHex(Files.readAllBytes(segment));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 64) {
            lines.append(hex, i, Math.min(hex.length(), i + 64)).append('\n');
        }
        Files.writeString(hexFile, lines.toString());
    }

    private static final class Recorder implements JournalFile.Replay {
        final List<JournalBatch.Entry> entries = new ArrayList<>();
        final List<Long> hashes = new ArrayList<>();
        final List<Integer> versions = new ArrayList<>();

        @Override
        public void command(JournalBatch.Entry entry) {
            entries.add(entry);
        }

        @Override
        public void recordEnd(long lastSeq, Long stateHash, int hashVersion) {
            hashes.add(stateHash);
            versions.add(hashVersion);
        }
    }
}
