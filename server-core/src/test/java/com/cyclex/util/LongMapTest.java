package com.cyclex.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** LongMap against java.util.HashMap, with keys picked so that probe chains collide and wrap. */
class LongMapTest {

    /** How many keys of each cluster: enough to fill the smallest tables and force growth. */
    private static final int CLUSTER = 48;

    /** Keys whose home slot is 0 in every table up to 64 slots: one long probe chain. */
    private static final List<Long> AT_SLOT_ZERO = keysWithHome(0);
    /** Keys whose home slot is the last one in a 64-slot table, so their chain wraps into slot 0's. */
    private static final List<Long> AT_LAST_SLOT = keysWithHome(63);

    // ---- a few examples ----

    @Test
    void longMinValueIsNotAKey() {
        LongMap<String> map = new LongMap<>();
        assertThrows(IllegalArgumentException.class, () -> map.put(Long.MIN_VALUE, "x"));
        assertThrows(IllegalArgumentException.class, () -> map.get(Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> map.remove(Long.MIN_VALUE));
        assertEquals(0, map.size());
    }

    @Test
    void putReturnsTheValueItReplaced() {
        LongMap<String> map = new LongMap<>();
        assertNull(map.put(7, "a"));
        assertEquals("a", map.put(7, "b"));
        assertEquals("b", map.get(7));
        assertEquals(1, map.size());
    }

    @Test
    void removeReturnsTheValueOrNullWhenAbsent() {
        LongMap<String> map = new LongMap<>();
        map.put(-1, "minus one");
        map.put(Long.MAX_VALUE, "max");
        assertNull(map.remove(0));
        assertEquals("minus one", map.remove(-1));
        assertNull(map.remove(-1));
        assertNull(map.get(-1));
        assertEquals("max", map.get(Long.MAX_VALUE));
        assertEquals(1, map.size());
    }

    @Test
    void removingTheHeadOfACollidingChainKeepsTheRestFindable() {
        LongMap<Long> map = new LongMap<>(4);
        // One chain that wraps from the last slot round to the first ones, then its middle removed.
        List<Long> chain = new ArrayList<>(AT_LAST_SLOT.subList(0, 2));
        chain.addAll(AT_SLOT_ZERO.subList(0, 2));
        chain.forEach(k -> map.put(k, k));
        map.remove(chain.get(0));
        map.remove(chain.get(2));
        assertNull(map.get(chain.get(0)));
        assertEquals(chain.get(1), map.get(chain.get(1)));
        assertNull(map.get(chain.get(2)));
        assertEquals(chain.get(3), map.get(chain.get(3)));
        assertEquals(2, map.size());
    }

    @Test
    void growingFromATinyTableKeepsEveryEntry() {
        LongMap<Long> map = new LongMap<>(1);
        for (long k = -5_000; k < 5_000; k++) {
            map.put(k * 7919, k);
        }
        assertEquals(10_000, map.size());
        for (long k = -5_000; k < 5_000; k++) {
            assertEquals(k, map.get(k * 7919));
        }
        List<Long> seen = new ArrayList<>();
        map.forEachValue(seen::add);
        assertEquals(10_000, seen.size());
    }

    @Test
    void clearEmptiesTheMapAndItCanBeFilledAgain() {
        LongMap<String> map = new LongMap<>();
        map.put(1, "a");
        map.put(2, "b");
        map.clear();
        assertEquals(0, map.size());
        assertNull(map.get(1));
        map.put(2, "c");
        assertEquals("c", map.get(2));
        assertEquals(1, map.size());
    }

    // ---- random operations against HashMap ----

    enum Kind { PUT, GET, REMOVE, CLEAR }

    record Op(Kind kind, long key, int value) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        // Colliding clusters, a few special keys, and keys from anywhere.
        Arbitrary<Long> keys = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(AT_SLOT_ZERO)),
                Tuple.of(3, Arbitraries.of(AT_LAST_SLOT)),
                Tuple.of(1, Arbitraries.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE + 1)),
                Tuple.of(3, Arbitraries.longs().between(-2_000, 2_000).withDistribution(RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.longs().filter(k -> k != Long.MIN_VALUE)));
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(60, Kind.PUT), Tuple.of(25, Kind.GET), Tuple.of(25, Kind.REMOVE), Tuple.of(1, Kind.CLEAR));
        return Combinators.combine(kinds, keys, Arbitraries.integers()).as(Op::new)
                .list().ofMinSize(1).ofMaxSize(600).withSizeDistribution(RandomDistribution.uniform())
                // Edge cases would be a single repeated operation; the examples above cover the small cases.
                .withoutEdgeCases();
    }

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll("operations") List<Op> ops, @ForAll @IntRange(min = 1, max = 40) int expected) {
        LongMap<Integer> map = new LongMap<>(expected);
        Map<Long, Integer> model = new HashMap<>();
        int maxSize = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String where = "op " + i + " " + op;
            switch (op.kind()) {
                case PUT -> assertEquals(model.put(op.key(), op.value()), map.put(op.key(), op.value()), where);
                case GET -> assertEquals(model.get(op.key()), map.get(op.key()), where);
                case REMOVE -> assertEquals(model.remove(op.key()), map.remove(op.key()), where);
                case CLEAR -> {
                    model.clear();
                    map.clear();
                }
            }
            assertEquals(model.size(), map.size(), where);
            maxSize = Math.max(maxSize, model.size());
        }
        // Every key the map might have lost or kept by mistake, and the values it holds, must match.
        for (long key : AT_SLOT_ZERO) {
            assertEquals(model.get(key), map.get(key), "cluster key " + key);
        }
        for (long key : AT_LAST_SLOT) {
            assertEquals(model.get(key), map.get(key), "wrapping key " + key);
        }
        for (Map.Entry<Long, Integer> e : model.entrySet()) {
            assertEquals(e.getValue(), map.get(e.getKey()), "key " + e.getKey());
        }
        List<Integer> values = new ArrayList<>();
        map.forEachValue(values::add);
        List<Integer> expectedValues = new ArrayList<>(model.values());
        values.sort(null);
        expectedValues.sort(null);
        assertEquals(expectedValues, values);
        Statistics.label("largest size").collect(maxSize < 8 ? "<8" : maxSize < 32 ? "<32" : maxSize < 100 ? "<100" : ">=100");
    }

    /** Keys whose hash puts them in {@code slot} of a 64-slot table (and so slot & mask of any smaller one). */
    private static List<Long> keysWithHome(int slot) {
        try {
            Method mix = LongMap.class.getDeclaredMethod("mix", long.class);
            mix.setAccessible(true);
            List<Long> keys = new ArrayList<>();
            for (long k = 1; keys.size() < CLUSTER; k++) {
                if (((int) mix.invoke(null, k) & 63) == slot) {
                    keys.add(k);
                }
            }
            return List.copyOf(keys);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LongMap's hash is needed to pick colliding keys", e);
        }
    }
}
