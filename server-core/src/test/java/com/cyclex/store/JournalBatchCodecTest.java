package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.EndLease;
import com.cyclex.lease.LeaseEnd;
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
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;

/**
 * The journal's binary form is the only copy of every acknowledged command between checkpoints, so each kind
 * must come back exactly as it went in, with its time, whatever the values: the exchange validates commands
 * after they are journaled only for accepted ones, but nothing stops a command kind from carrying nulls,
 * negative numbers or any text.
 */
class JournalBatchCodecTest {

    /** One journaled command: when it ran and what it was. */
    record Timed(long time, Command command) {
    }

    @Property(tries = 300)
    void everyCommandKindRoundTripsWithItsTime(@ForAll("timedCommands") @Size(max = 60) List<Timed> commands,
                                               @ForAll long firstSeq) {
        JournalBatch batch = new JournalBatch();
        batch.start(firstSeq);
        for (Timed t : commands) {
            batch.add(t.time(), t.command());
        }
        assertEquals(commands.size(), batch.count());

        List<JournalBatch.Entry> back = new ArrayList<>();
        JournalBatch.read(firstSeq, batch.payload(), back::add);

        assertEquals(commands.size(), back.size());
        for (int i = 0; i < commands.size(); i++) {
            JournalBatch.Entry e = back.get(i);
            assertEquals(firstSeq + i, e.seq(), "sequence numbers are implicit: first, first + 1, ...");
            assertEquals(commands.get(i).time(), e.time(), "time of command " + i);
            assertEquals(commands.get(i).command(), e.command(), "command " + i);
        }
        if (!commands.isEmpty()) {
            assertEquals(firstSeq + commands.size() - 1, batch.lastSeq());
        }
    }

    @Property(tries = 50)
    void aReusedBatchCarriesNothingOfTheBatchBefore(@ForAll("timedCommands") @Size(min = 1, max = 20) List<Timed> before,
                                                   @ForAll("timedCommands") @Size(min = 1, max = 20) List<Timed> after) {
        // The sequencer keeps one JournalBatch for its whole life and restarts it after each ship; a leftover
        // time delta or byte from the previous batch would shift every time of the next.
        JournalBatch batch = new JournalBatch();
        batch.start(1);
        before.forEach(t -> batch.add(t.time(), t.command()));
        batch.start(1 + before.size());
        after.forEach(t -> batch.add(t.time(), t.command()));

        List<JournalBatch.Entry> back = new ArrayList<>();
        JournalBatch.read(batch.firstSeq(), batch.payload(), back::add);
        assertEquals(after.size(), back.size());
        for (int i = 0; i < after.size(); i++) {
            assertEquals(after.get(i), new Timed(back.get(i).time(), back.get(i).command()));
            assertEquals(1 + before.size() + i, back.get(i).seq());
        }
    }

    @Example
    void theFirstTimeIsStoredWholeAndLaterTimesAsShortDeltas() {
        // A group commit of thousands of orders a millisecond apart should cost a byte of time each, not eight.
        JournalBatch batch = new JournalBatch();
        batch.start(1);
        long t0 = 1_764_000_000_123L;
        batch.add(t0, new AdvanceClock());
        batch.add(t0 + 1, new AdvanceClock());
        batch.add(t0 + 1, new AdvanceClock());
        batch.add(t0 - 2, new AdvanceClock());

        byte[] payload = batch.payload();
        assertEquals(t0, ByteBuffer.wrap(payload, 0, 8).getLong(), "the first time leads the payload, big-endian");
        assertEquals(8 + 2 + 3 * (1 + 2), payload.length,
                "8 bytes of first time, then a 1-byte delta (after the first), a 1-byte empty key and 1 tag byte each");
        List<Long> times = new ArrayList<>();
        JournalBatch.read(1, payload, e -> times.add(e.time()));
        assertEquals(List.of(t0, t0 + 1, t0 + 1, t0 - 2), times);
    }

    @Example
    void aBatchReportsFullBeforeTheLargestAcceptableCommandCouldPushItPastTheLimit() {
        // The largest command the exchange accepts: a member name of 40 three-byte characters and a token hash
        // of 128 characters, with the widest actor and time delta a varint can need.
        RegisterMember largest = new RegisterMember(Long.MIN_VALUE, "\u20ac".repeat(40), "f".repeat(128));
        JournalBatch batch = new JournalBatch();
        batch.start(1);
        long time = 0;
        int added = 0;
        while (!batch.full()) {
            assertTrue(batch.size() <= JournalBatch.MAX_BYTES - JournalBatch.MAX_COMMAND_BYTES,
                    "not full yet means there is room for one more of the largest commands");
            time = time == 0 ? Long.MAX_VALUE : (time == Long.MAX_VALUE ? Long.MIN_VALUE : Long.MAX_VALUE);
            batch.add(time, largest);
            added++;
        }
        assertTrue(batch.size() <= JournalBatch.MAX_BYTES, "a full batch is still within MAX_BYTES, at " + batch.size());
        assertTrue(added > 1000, "a batch holds many commands before it is full, not " + added);
        assertEquals(added, batch.count());

        batch.start(added + 1);
        assertFalse(batch.full(), "a restarted batch is empty again");
        assertEquals(0, batch.count());
        assertEquals(0, batch.payload().length);
    }

    @Example
    void anUnknownTagIsRefusedWithASentenceNamingIt() {
        JournalBatch batch = new JournalBatch();
        batch.start(1);
        batch.add(5, new AdvanceClock());
        byte[] payload = batch.payload();
        payload[9] = (byte) 99; // the tag byte of the first command, after its fixed time and its (empty) key

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JournalBatch.read(1, payload, entry -> { }));
        assertEquals("unknown command tag 99 in the journal", e.getMessage());
    }

    @Example
    void everyTagIsDistinctSoNoKindIsReadBackAsAnother() {
        // The tags are the file format: two kinds sharing one would silently turn one command into another.
        Set<Integer> tags = new HashSet<>();
        List<Command> oneOfEach = List.of(
                PlaceOrder.limit(2, 1, Side.BID, 10, 1, TimeInForce.GTC), new CancelOrder(2, 1, 3),
                new ReplaceOrder(2, 1, 3, 4, 5), new CancelAll(2, 0), new RegisterMember(0, "a", ""),
                new AdmitMember(1, 2), new SuspendMember(1, 2), new LeaveExchange(2), new DeclareCapacity(2, 4),
                new MintCredits(1, 2, 100), new CreateMarket(1, MarketSpec.spot("X", 10, 1, 1, 100)),
                new HaltMarket(1, 1), new ResumeMarket(1, 1), new SetFees(1, 1, 2, 3), new AdvanceClock(),
                new EndLease(2, 7, LeaseEnd.SELLER_WITHDREW), new AdoptDeliveryRules(1, 2),
                new com.cyclex.api.SubmitJob(3, 7, "a".repeat(64), List.of("p", "1"), "b".repeat(64)),
                new com.cyclex.api.ClaimJob(2, 9),
                new com.cyclex.api.ReportJob(2, 9, com.cyclex.job.JobCode.OK, 0, "c".repeat(64), 5, null, 1, 2),
                new com.cyclex.api.ReportVerification(1, 9, com.cyclex.job.JobCode.TRAP, -1, null),
                new com.cyclex.api.SetVerification(1, 500, -77));
        assertEquals(Command.class.getPermittedSubclasses().length, oneOfEach.size(), "one of each command kind");
        for (Command c : oneOfEach) {
            JournalBatch batch = new JournalBatch();
            batch.start(1);
            batch.add(0, c);
            assertTrue(tags.add(batch.payload()[9] & 0xFF), "tag of " + c + " is used twice");
        }
    }

    // ---- generators ---------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Timed>> timedCommands() {
        // Times mostly close together (as the sequencer makes them) but any long at all now and then, so the
        // deltas run through overflow in both directions.
        Arbitrary<Long> times = Arbitraries.oneOf(
                Arbitraries.longs().between(1_764_000_000_000L, 1_764_000_100_000L),
                Arbitraries.longs());
        return Combinators.combine(times, anyCommand()).as(Timed::new).list();
    }

    static Arbitrary<Command> anyCommand() {
        Arbitrary<Long> l = Arbitraries.longs();
        Arbitrary<Integer> i = Arbitraries.integers();
        Arbitrary<Side> side = Arbitraries.of(Side.class).injectNull(0.15);
        Arbitrary<OrderType> type = Arbitraries.of(OrderType.class).injectNull(0.15);
        Arbitrary<TimeInForce> tif = Arbitraries.of(TimeInForce.class).injectNull(0.15);
        Arbitrary<String> text = text().injectNull(0.15);
        List<Arbitrary<? extends Command>> kinds = List.of(
                Combinators.combine(l, i, side, type, tif, l, l).as(PlaceOrder::new),
                Combinators.combine(l, i, l).as(CancelOrder::new),
                Combinators.combine(l, i, l, l, l).as(ReplaceOrder::new),
                Combinators.combine(l, i).as(CancelAll::new),
                Combinators.combine(l, text, text).as(RegisterMember::new),
                Combinators.combine(l, l).as(AdmitMember::new),
                Combinators.combine(l, l).as(SuspendMember::new),
                l.map(LeaveExchange::new),
                Combinators.combine(l, i).as(DeclareCapacity::new),
                Combinators.combine(l, l, l).as(MintCredits::new),
                Combinators.combine(l, spec().injectNull(0.15)).as(CreateMarket::new),
                Combinators.combine(l, i).as(HaltMarket::new),
                Combinators.combine(l, i).as(ResumeMarket::new),
                Combinators.combine(l, i, i, i).as(SetFees::new),
                Arbitraries.just(new AdvanceClock()),
                Combinators.combine(l, l, Arbitraries.of(LeaseEnd.class).injectNull(0.1)).as(EndLease::new),
                Combinators.combine(l, i).as(AdoptDeliveryRules::new),
                Combinators.combine(l, l, text, text().list().ofMaxSize(5).injectNull(0.1), text)
                        .as(com.cyclex.api.SubmitJob::new),
                Combinators.combine(l, l).as(com.cyclex.api.ClaimJob::new),
                Combinators.combine(l, l, Arbitraries.of(com.cyclex.job.JobCode.class).injectNull(0.1), i, text, l, text, l)
                        .as((a, j, c, e, o, b, s, cpu) -> new com.cyclex.api.ReportJob(a, j, c, e, o, b, s, cpu, cpu / 2)),
                Combinators.combine(l, l, Arbitraries.of(com.cyclex.job.JobCode.class).injectNull(0.1), i, text)
                        .as(com.cyclex.api.ReportVerification::new),
                Combinators.combine(l, i, l).as(com.cyclex.api.SetVerification::new));
        return Arbitraries.oneOf(kinds);
    }

    /** Every field of a market definition, each free to be null, negative or huge. */
    static Arbitrary<MarketSpec> spec() {
        Arbitrary<Long> l = Arbitraries.longs();
        Arbitrary<Integer> i = Arbitraries.integers();
        Arbitrary<Tuple2<String, Resource>> head = Combinators.combine(text().injectNull(0.1),
                Arbitraries.of(Resource.class).injectNull(0.2)).as(Tuple::of);
        Arbitrary<Delivery> delivery = Arbitraries.of(Delivery.class).injectNull(0.2);
        return Combinators.combine(head, delivery, l, i, l, l, l, l).flatAs((h, d, windowStart, term, tick, min, max, pmin) ->
                Combinators.combine(l, i, i, l).as((pmax, maker, taker, protection) ->
                        new MarketSpec(h.get1(), h.get2(), d, windowStart, term, tick, min, max, pmin, pmax, maker, taker,
                                protection)));
    }

    /**
     * Any well-formed text: ASCII, accented letters, CJK and characters outside the basic plane (surrogate
     * pairs in Java), up to a few hundred characters.
     */
    static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(2, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(300).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Example
    void theTextGeneratorReachesCharactersOutsideTheBasicPlane() {
        // Guards the generator itself: a property over text that never leaves ASCII proves little.
        boolean[] seen = new boolean[1];
        text().sampleStream().limit(200).forEach(s -> seen[0] |= s.codePoints().anyMatch(cp -> cp > 0xFFFF));
        assertTrue(seen[0]);
    }
}
