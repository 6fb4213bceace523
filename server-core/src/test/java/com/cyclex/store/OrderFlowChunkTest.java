package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.OrderInfo;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** A chunk of the order flow is the only copy of the events in it: each must come back exactly as it went in. */
class OrderFlowChunkTest {
    private static final long MEMBER = 42;

    /** One event as the writer adds it: steps of seq and time from the one before, and any order at all. */
    record Step(long seqStep, long atStep, long id, int market, Side side, long price, long open, long filled,
                TimeInForce tif, boolean resting, CancelReason reason) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> anyLong = Arbitraries.longs().edgeCases(c -> c.add(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
        Arbitrary<Step> head = Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 86_400_000L),
                anyLong, Arbitraries.integers(), Arbitraries.of(Side.class), anyLong, anyLong, anyLong)
                .as((seq, at, id, market, side, price, open, filled) -> new Step(seq, at, id, market, side, price, open, filled,
                        TimeInForce.GTC, false, null));
        Arbitrary<Step> step = Combinators.combine(head, Arbitraries.of(TimeInForce.class), Arbitraries.of(true, false),
                Arbitraries.of(CancelReason.class).injectNull(0.3))
                .as((h, tif, resting, reason) -> new Step(h.seqStep(), h.atStep(), h.id(), h.market(), h.side(), h.price(), h.open(),
                        h.filled(), tif, resting, reason));
        return step.list().ofMinSize(1).ofMaxSize(OrderFlowChunk.MAX_EVENTS);
    }

    @Property(tries = 300)
    void everyEventComesBackAsItWentIn(@ForAll("steps") List<Step> steps, @ForAll long firstSeq, @ForAll long firstAt) {
        OrderFlowChunk chunk = new OrderFlowChunk(MEMBER);
        List<OrderFlowChunk.Event> written = new ArrayList<>();
        long seq = firstSeq;
        long at = firstAt;
        for (Step s : steps) {
            seq += s.seqStep();
            at += s.atStep();
            OrderInfo o = new OrderInfo(s.id(), s.market(), MEMBER, s.side(), s.price(), s.open(), s.filled(), s.tif(), 0, s.resting());
            chunk.add(seq, at, o, s.reason());
            written.add(new OrderFlowChunk.Event(seq, at, o, s.reason()));
        }
        List<OrderFlowChunk.Event> read = new ArrayList<>();
        OrderFlowChunk.read(MEMBER, chunk.data(), read::add);
        assertEquals(written, read);
        assertEquals(steps.size(), chunk.events());
        assertEquals(written.get(0).seq(), chunk.firstSeq());
        assertEquals(written.get(0).at(), chunk.firstAt());
        assertEquals(written.get(written.size() - 1).at(), chunk.lastAt());
        assertEquals(steps.size() == OrderFlowChunk.MAX_EVENTS, chunk.full());
    }

    @Example
    void aChunkOfAFormatThisVersionDoesNotKnowIsRefusedWithASentence(@ForAll @Size(max = 20) List<Byte> rest) {
        byte[] data = new byte[rest.size() + 1];
        data[0] = 2;
        StoreException e = assertThrows(StoreException.class, () -> OrderFlowChunk.read(MEMBER, data, x -> { }));
        assertTrue(e.getMessage().contains("format 2"), e.getMessage());
        assertTrue(e.getMessage().contains("newer Cyclex"), e.getMessage());
    }

    @Example
    void everyEnumConstantHasItsOwnCode() {
        // The tables are checked when the class loads; a constant added to an enum without a code fails here.
        OrderFlowChunk chunk = new OrderFlowChunk(MEMBER);
        for (Side side : Side.values()) {
            for (TimeInForce tif : TimeInForce.values()) {
                for (CancelReason reason : CancelReason.values()) {
                    chunk.add(1, 1, new OrderInfo(7, 1, MEMBER, side, 100, 1, 0, tif, 0, true), reason);
                }
            }
        }
        List<OrderFlowChunk.Event> read = new ArrayList<>();
        OrderFlowChunk.read(MEMBER, chunk.data(), read::add);
        int i = 0;
        for (Side side : Side.values()) {
            for (TimeInForce tif : TimeInForce.values()) {
                for (CancelReason reason : CancelReason.values()) {
                    OrderFlowChunk.Event e = read.get(i++);
                    assertEquals(side, e.order().side());
                    assertEquals(tif, e.order().timeInForce());
                    assertEquals(reason, e.reason());
                }
            }
        }
    }
}
