package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The host's writer of order and account events and of results writes exactly what the mapper writes, character
 * for character, and leaves to the mapper whatever it cannot write so; what it writes the client's one-pass reader
 * reads back.
 */
class StreamFrameWriterTest {
    @Provide
    Arbitrary<ExchangeEvent> events() {
        return WireArbitraries.orderAndAccountEvents();
    }

    @Example
    void anOrderWithoutASideIsTheMappersToWrite() {
        OrderInfo o = new OrderInfo(1, 1, 2, Side.BID, 5, 1, 0, TimeInForce.GTC, 0, true);
        assertNotNull(StreamFrameWriter.event(new ExchangeEvent.OrderUpdated(o, null)));
        assertNull(StreamFrameWriter.event(new ExchangeEvent.OrderUpdated(new OrderInfo(1, 1, 2, null, 5, 1, 0,
                TimeInForce.GTC, 0, true), null)));
        assertNull(StreamFrameWriter.event(new ExchangeEvent.OrderUpdated(null, null)));
        assertNull(StreamFrameWriter.event(new ExchangeEvent.AccountUpdated(null)));
    }

    @Property(tries = 2_000)
    void anEventIsWrittenAsTheMapperWritesIt(@ForAll("events") ExchangeEvent event) {
        String quick = StreamFrameWriter.event(event);
        assertNotNull(quick);
        assertEquals(Wire.writeString(event), quick);
        String frame = Wire.writeString(StreamFrame.batch(1, 1, List.of(event))).replace(Wire.writeString(event), quick);
        assertEquals(StreamFrame.batch(1, 1, List.of(event)), StreamFrameReader.quick(frame), "read back in one pass");
    }

    @Provide
    Arbitrary<StreamFrame> results() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), Arbitraries.of("Done.", "",
                "\"quoted\"", "back\\slash", "tab\there", "é — ü 😀 \u2028", "\u007f/</script>")).injectNull(0.15);
        return Combinators.combine(WireArbitraries.longs().injectNull(0.1), WireArbitraries.ints(), text, text, WireArbitraries.longs(), WireArbitraries.longs(), WireArbitraries.longs(),
                        Arbitraries.of(true, false))
                .as((ref, code, name, sentence, id, filled, open, refused) -> {
                    WireResult r = new WireResult(code, name, sentence, id, filled, open);
                    return refused ? StreamFrame.refused(ref, r) : StreamFrame.result(ref, r);
                });
    }

    @Property(tries = 2_000)
    void aResultIsWrittenAsTheMapperWritesItOrLeftToTheMapper(@ForAll("results") StreamFrame frame) {
        String quick = StreamFrameWriter.frame(frame);
        Statistics.label("written here").collect(quick != null);
        boolean plain = plain(frame.result().name()) && plain(frame.result().sentence());
        assertEquals(plain, quick != null, "plain text is written here, text JSON escapes is not: " + frame);
        if (quick != null) {
            assertEquals(Wire.writeString(frame), quick);
            assertEquals(frame, StreamFrameReader.quick(quick), "read back in one pass");
        }
    }

    private static boolean plain(String s) {
        return s == null || s.chars().noneMatch(c -> c < 0x20 || c == '"' || c == '\\');
    }

    @Example
    void otherKindsAreTheMappersToWrite() {
        assertNull(StreamFrameWriter.event(new ExchangeEvent.MemberUpdated(
                new MemberInfo(2, "b", MemberStatus.ACTIVE, 4, 1, 0, 1_000))));
        assertNull(StreamFrameWriter.frame(StreamFrame.ping(5)));
        assertNull(StreamFrameWriter.frame(StreamFrame.hello(2, "ACTIVE", 9)));
        assertNull(StreamFrameWriter.frame(StreamFrame.reset(9, "Too far behind.")));
        assertNull(StreamFrameWriter.frame(StreamFrame.batch(1, 2, List.of())));
    }
}
