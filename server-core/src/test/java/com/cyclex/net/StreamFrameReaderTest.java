package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.market.CancelReason;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The client's one-pass reader of stream frames reads every frame the host writes of the kinds it knows exactly as
 * the mapper does, and leaves everything else (hostile or just newer) to the mapper: it never reads a message
 * differently, and never accepts one the mapper refuses.
 */
class StreamFrameReaderTest {
    private static final ObjectReader MAPPER = Wire.hostReader().forType(StreamFrame.class);

    /** Sentences of any characters: quotes, escapes, line breaks, accents, emoji, nothing. */
    private static Arbitrary<String> sentences() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), Arbitraries.of("Done.", "", "\"quoted\" \\ back",
                "line\nbreak\ttab", "é — ü 😀", "\u0000\u001f\u007f"));
    }

    @Provide
    Arbitrary<StreamFrame> frames() {
        Arbitrary<StreamFrame> batch = Combinators.combine(WireArbitraries.longs(), WireArbitraries.longs(), WireArbitraries.orderAndAccountEvents().list().ofMaxSize(12))
                .as(StreamFrame::batch);
        Arbitrary<StreamFrame> result = Combinators.combine(WireArbitraries.longs().injectNull(0.05), WireArbitraries.ints(), Arbitraries.strings().alpha()
                        .ofMaxLength(20).injectNull(0.1), sentences().injectNull(0.1), WireArbitraries.longs(), WireArbitraries.longs(), WireArbitraries.longs())
                .as((ref, code, name, sentence, id, filled, open) -> StreamFrame.result(ref,
                        new WireResult(code, name, sentence, id, filled, open)));
        Arbitrary<StreamFrame> other = Arbitraries.oneOf(WireArbitraries.longs().map(StreamFrame::ping),
                Combinators.combine(WireArbitraries.longs(), Arbitraries.of("PENDING", "ACTIVE"), WireArbitraries.longs()).as(StreamFrame::hello),
                Combinators.combine(WireArbitraries.longs(), sentences()).as(StreamFrame::reset));
        return Arbitraries.oneOf(batch, result, other);
    }

    @Property(tries = 2_000)
    void everyFrameOfTheKnownKindsIsReadInOnePassAsTheMapperReadsIt(@ForAll("frames") StreamFrame frame) throws Exception {
        String text = Wire.writeString(frame);
        StreamFrame quick = StreamFrameReader.quick(text);
        boolean known = (frame.type().equals("batch") || frame.type().equals("result"))
                && (frame.result() == null || plain(frame.result().name()) && plain(frame.result().sentence()));
        Statistics.label("of the kinds read in one pass").collect(known);
        if (known) {
            assertNotNull(quick, text);
        }
        if (quick != null) {
            assertEquals(MAPPER.readValue(text), quick, text);
            assertEquals(frame, quick, text);
        }
    }

    /** Text JSON writes as it is: the pass leaves a string with an escape in it to the mapper. */
    private static boolean plain(String s) {
        return s == null || s.chars().noneMatch(c -> c < 0x20 || c == '"' || c == '\\');
    }

    /** Mostly the first value, sometimes one of the others. */
    private static Arbitrary<String> mostly(String good, String... others) {
        return Arbitraries.frequencyOf(Tuple.of(others.length * 2, Arbitraries.just(good)), Tuple.of(others.length, Arbitraries.of(others)));
    }

    private static final String ORDER = "{\"id\":7,\"market\":1,\"memberId\":2,\"side\":\"BID\",\"price\":5,\"openUnits\":1,"
            + "\"filledUnits\":0,\"timeInForce\":\"GTC\",\"reserve\":0,\"resting\":true}";
    private static final String ACCOUNT = "{\"memberId\":2,\"available\":10,\"held\":1,\"declaredCores\":0,\"askCores\":0,"
            + "\"leasedCores\":0}";

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> order = mostly(ORDER, ORDER.replace("\"price\":5", "\"price\":\"5\""), ORDER.replace("\"price\":5", "\"price\":5.0"),
                ORDER.replace("\"market\":1", "\"market\":4294967296"), ORDER.replace("\"side\":\"BID\"", "\"side\":\"bid\""),
                ORDER.replace("\"side\":\"BID\"", "\"side\":null"), ORDER.replace(",\"reserve\":0", ""),
                ORDER.replace("\"resting\":true", "\"resting\":1"), ORDER.replace("\"id\":7", "\"id\":7,\"id\":8"),
                ORDER.replace("\"id\":7", "\"id\":99999999999999999999"), ORDER.replace("}", ",\"extra\":1}"),
                ORDER.replace("\"timeInForce\":\"GTC\"", "\"timeInForce\":0"), "null", "[]", "{}");
        Arbitrary<String> account = mostly(ACCOUNT, ACCOUNT.replace("\"held\":1", "\"held\":-1e2"),
                ACCOUNT.replace("\"declaredCores\":0", "\"declaredCores\":2147483648"), ACCOUNT.replace(",\"askCores\":0", ""),
                ACCOUNT.replace("\"held\":1", "\"held\":null"), ACCOUNT.replace("}", ",\"held\":3}"), "null");
        Arbitrary<String> event = Arbitraries.oneOf(
                Combinators.combine(order, mostly("", ",\"lastCancel\":\"CANCELLED\"", ",\"lastCancel\":null",
                        ",\"lastCancel\":\"GONE\"", ",\"lastCancel\":3", ",\"order\":" + ORDER)).as((o, tail) ->
                        "{\"event\":\"OrderUpdated\",\"order\":" + o + tail + "}"),
                account.map(a -> "{\"event\":\"AccountUpdated\",\"account\":" + a + "}"),
                Arbitraries.of("{\"account\":" + ACCOUNT + ",\"event\":\"AccountUpdated\"}", "{\"event\":\"Unknown\"}",
                        "{\"event\":\"MarketUpdated\",\"market\":{}}", "{\"event\":null}", "{}", "null", "1"));
        Arbitrary<String> eventList = event.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> type = mostly("\"batch\"", "\"result\"", "\"ping\"", "null", "1", "\"other\"");
        Arbitrary<String> seq = mostly("12", "-1", "9223372036854775808", "1.5", "\"12\"", "null", "true");
        Arbitrary<String> result = mostly("{\"code\":0,\"name\":\"OK\",\"sentence\":\"Done.\",\"id\":1,\"filledUnits\":0,\"openUnits\":1}",
                "{\"code\":0,\"name\":\"OK\",\"id\":1,\"filledUnits\":0,\"openUnits\":1}",
                "{\"code\":0,\"name\":\"OK\",\"sentence\":5,\"id\":1,\"filledUnits\":0,\"openUnits\":1}",
                "{\"code\":2147483648,\"name\":\"OK\",\"id\":1,\"filledUnits\":0,\"openUnits\":1}",
                "{\"code\":0,\"name\":\"OK\",\"sentence\":null,\"id\":1,\"openUnits\":1}",
                "{\"code\":0,\"code\":1,\"id\":1,\"filledUnits\":0,\"openUnits\":1}", "null", "[]");
        Arbitrary<String> extra = Arbitraries.of("\"status\":\"ACTIVE\"", "\"status\":3", "\"sentence\":\"s\"", "\"t\":5",
                "\"extra\":true", "\"memberId\":4", "\"events\":[]", "\"type\":\"batch\"", "\"ref\":8", "\"lastSeq\":\"x\"");
        Arbitrary<List<String>> fields = Combinators.combine(type, seq, eventList, result, extra.injectNull(0.7),
                Arbitraries.integers().between(0, 3), Arbitraries.longs()).as((t, s, ev, r, x, shape, seed) -> {
                    List<String> f = new ArrayList<>(List.of("\"type\":" + t));
                    if (shape != 1) {
                        f.add("\"firstSeq\":" + s);
                        f.add("\"lastSeq\":12");
                        f.add("\"events\":" + ev);
                    }
                    if (shape != 0) {
                        f.add("\"ref\":" + s);
                        f.add("\"result\":" + r);
                    }
                    if (x != null) {
                        f.add(x);
                    }
                    if (shape == 3) {
                        Collections.shuffle(f, new Random(seed));
                    }
                    return f;
                });
        return Combinators.combine(fields, mostly("", " ", " {}", "x", "]", "\n")).as((f, end) -> "{" + String.join(",", f) + "}" + end);
    }

    @Property(tries = 3_000)
    void whatThePassDoesNotKnowInFullIsLeftToTheMapper(@ForAll("hostile") String message) {
        StreamFrame quick = StreamFrameReader.quick(message);
        StreamFrame mapped;
        try {
            mapped = MAPPER.readValue(message);
        } catch (Exception refused) {
            mapped = null;
        }
        Statistics.label("read in one pass").collect(quick != null);
        Statistics.label("the mapper refused").collect(mapped == null);
        if (mapped == null) {
            assertNull(quick, "the mapper refuses it, so the pass must leave it: " + message);
        } else if (quick != null) {
            assertEquals(mapped, quick, message);
        }
    }

    @Example
    void aBatchInTheHostsLayoutIsReadInOnePassAndInAnyOtherOrderByTheMapper() throws Exception {
        List<String> fields = new ArrayList<>(List.of("\"type\":\"batch\"", "\"firstSeq\":3", "\"lastSeq\":4",
                "\"events\":[{\"event\":\"OrderUpdated\",\"order\":" + ORDER + ",\"lastCancel\":\"REDUCED\"},"
                        + "{\"event\":\"AccountUpdated\",\"account\":" + ACCOUNT + "}]"));
        StreamFrame expected = null;
        for (int i = 0; i < 4; i++) {
            String message = "{" + String.join(",", fields) + "}";
            StreamFrame read = StreamFrameReader.read(message);
            assertEquals(MAPPER.readValue(message), read);
            if (i == 0) {
                assertNotNull(StreamFrameReader.quick(message), "the host's own layout: " + message);
                expected = read;
            } else {
                assertNull(StreamFrameReader.quick(message), message);
                assertEquals(expected, read);
            }
            Collections.rotate(fields, 1);
        }
        assertEquals(CancelReason.REDUCED, ((ExchangeEvent.OrderUpdated) expected.events().get(0)).lastCancel());
        assertEquals(10, ((ExchangeEvent.AccountUpdated) expected.events().get(1)).account().available());
    }

    @Example
    void anotherEventKindIsReadByTheMapper() throws Exception {
        String message = Wire.writeString(StreamFrame.batch(3, 3, List.of(new ExchangeEvent.MemberUpdated(
                new MemberInfo(2, "b", MemberStatus.ACTIVE, 4, 1, 0, 1_000)))));
        assertNull(StreamFrameReader.quick(message));
        StreamFrame read = StreamFrameReader.read(message);
        assertEquals(MAPPER.readValue(message), read);
    }
}
