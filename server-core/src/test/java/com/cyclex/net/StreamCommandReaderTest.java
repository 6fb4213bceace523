package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The one-pass reader of stream commands accepts nothing the tree-reading route would refuse, and reads what it
 * accepts exactly as the route would: hostile messages built from good and bad pieces, in any order, repeated.
 */
class StreamCommandReaderTest {
    private static final String PLACE = "{\"command\":\"PlaceOrder\",\"market\":1,\"side\":\"BID\",\"type\":\"LIMIT\","
            + "\"timeInForce\":\"GTC\",\"price\":5,\"units\":1}";

    /** Mostly the first value, sometimes one of the others. */
    private static Arbitrary<String> mostly(String good, String... others) {
        return Arbitraries.frequencyOf(Tuple.of(others.length * 2, Arbitraries.just(good)), Tuple.of(others.length, Arbitraries.of(others)));
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> type = mostly("\"command\"", "\"ping\"", "1", "null", "\"Command\"", "[\"command\"]");
        Arbitrary<String> ref = mostly("7", "-3", "0", "9223372036854775807", "9223372036854775808", "1.0", "\"7\"", "null", "1e3",
                "-9223372036854775809");
        Arbitrary<String> key = mostly("\"k-1\"", "\"\"", "5", "null", "{}", "\"" + "k".repeat(5_000) + "\"", "\"\\u00e9\"");
        Arbitrary<String> command = mostly(PLACE, "{\"command\":\"CancelAll\",\"market\":1}",
                "{\"command\":\"CancelAll\",\"market\":1,\"extra\":1}", "{\"command\":\"CancelAll\",\"market\":1,\"market\":2}",
                PLACE.replace("\"price\":5", "\"price\":\"5\""), PLACE.replace("\"units\":1", "\"units\":1.5"),
                PLACE.replace(",\"units\":1", ""), "{\"command\":\"MintCredits\",\"member\":2,\"amount\":10}", "null", "[]", "\"x\"",
                "{\"command\":\"Steal\"}", "{}", "{\"market\":1,\"command\":\"CancelAll\"}");
        Arbitrary<String> extra = Arbitraries.of("\"t\":5", "\"extra\":true", "\"Ref\":1", "\"type\":\"command\"", "\"ref\":8",
                "\"command\":" + PLACE, "\"key\":\"k-2\"");
        Arbitrary<List<String>> fields = Combinators.combine(type, ref, command, key.injectNull(0.4), extra.injectNull(0.8),
                Arbitraries.longs()).as((t, r, c, k, x, seed) -> {
                    List<String> f = new ArrayList<>(List.of("\"type\":" + t, "\"ref\":" + r, "\"command\":" + c));
                    if (k != null) {
                        f.add("\"key\":" + k);
                    }
                    if (x != null) {
                        f.add(x);
                    }
                    Collections.shuffle(f, new Random(seed));
                    return f;
                });
        Arbitrary<String> suffix = mostly("", " ", "\n", " {}", "x", "]");
        return Combinators.combine(fields, suffix, Arbitraries.integers().between(0, 9))
                .as((f, end, shape) -> shape == 0 ? "[" + String.join(",", f) + "]" : "{" + String.join(",", f) + "}" + end);
    }

    @Property(tries = 3_000)
    void whatTheReaderAcceptsTheTreeReadsTheSame(@ForAll("messages") String message) {
        StreamCommandReader.CommandMessage fast = StreamCommandReader.read(message);
        Statistics.label("read in one pass").collect(fast != null);
        if (fast != null) {
            assertEquals(viaTree(message), fast, message);
        }
    }

    @Example
    void aPlainCommandIsReadInOnePassWhateverTheOrderOfItsFields() {
        List<String> fields = new ArrayList<>(List.of("\"type\":\"command\"", "\"ref\":41", "\"key\":\"order-41\"",
                "\"command\":" + PLACE));
        for (int i = 0; i < 24; i++) {
            Collections.rotate(fields, 1);
            if (i % 4 == 0) {
                Collections.swap(fields, 0, 2);
            }
            String message = "{" + String.join(",", fields) + "}";
            StreamCommandReader.CommandMessage fast = StreamCommandReader.read(message);
            assertNotNull(fast, message);
            assertEquals(viaTree(message), fast);
            assertEquals(41, fast.ref());
            assertEquals("order-41", fast.key());
            assertTrue(fast.command() instanceof WireCommand.Place, fast.command().toString());
        }
        assertNotNull(StreamCommandReader.read("{\"type\":\"command\",\"ref\":1,\"command\":" + PLACE + "}"), "the key is optional");
    }

    @Example
    void whatIsNotAPlainCommandIsLeftToTheTree() {
        String good = "{\"type\":\"command\",\"ref\":1,\"command\":" + PLACE + "}";
        assertNotNull(StreamCommandReader.read(good));
        for (String bad : List.of(good.replace("\"ref\":1", "\"ref\":1,\"ref\":2"), good.replace("\"ref\":1", "\"ref\":\"1\""),
                good.replace("\"ref\":1,", ""), good + "{}", good.replace("\"command\",", "\"ping\","),
                good.replace("\"ref\":1", "\"ref\":1,\"key\":null"), good.replace("\"ref\":1", "\"ref\":1,\"t\":3"),
                good.replace("\"price\":5", "\"price\":5.0"), "[" + good + "]", "")) {
            assertNull(StreamCommandReader.read(bad), bad);
        }
    }

    /** The route's reading: a tree, its ref, and the command converted from it (or a refusal, thrown). */
    private static StreamCommandReader.CommandMessage viaTree(String message) {
        JsonNode frame = Wire.tree(message);
        assertTrue(frame.isObject() && "command".equals(frame.path("type").asText()), "the tree reads a command: " + message);
        return StreamCommandReader.fromTree(frame, StreamCommandReader.ref(frame));
    }
}
