package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Maps#put} and {@link Maps#remove} on tries copy one path, yet must leave exactly the
 * trie that building the new key set from scratch gives (OTP's trie is a function of its keys,
 * and erl's iteration order and external format depend on its shape). Each step of a random
 * sequence of puts and removes is compared node for node with {@link Maps#fromPairs} of the
 * same pairs, across the flatmap/trie boundary at 32 keys.
 */
class MapUpdatesTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final TermOrder ORDER = new TermOrder(ATOMS);
    private static final HeapFragments HEAP = new HeapFragments();
    private static final Map<Integer, Long> TUPLE_KEYS = new java.util.HashMap<>();
    private static final Map<Integer, Long> FLOAT_KEYS = new java.util.HashMap<>();

    @AfterAll
    static void free() {
        HEAP.close();
    }

    @Test
    void randomPutsAndRemovesLeaveTheCanonicalTrie() {
        Random random = new Random(42);
        Map<Long, Long> model = new LinkedHashMap<>();
        long map = Maps.empty(HEAP);
        for (int step = 0; step < 6000; step++) {
            long key = randomKey(random, step < 3000 ? 400 : 60);
            if (random.nextInt(3) > 0 || model.isEmpty()) {
                long value = TermTags.makeSmall(random.nextInt(1000));
                map = Maps.put(ORDER, HEAP, map, key, value);
                model.put(key, value);
            } else {
                map = Maps.remove(ORDER, HEAP, map, key);
                model.remove(key);
            }
            assertSameShape(canonical(model), map, "step " + step);
        }
    }

    @Test
    void updatesOfSeveralPairsLeaveWhatBuildingTheirKeysGives() {
        // Several pairs at once (put_map_assoc/exact), duplicates among them, keys old and new,
        // integers and floats that are == but not =:=, across the 32-key boundary.
        Random random = new Random(11);
        Map<Long, Long> model = new LinkedHashMap<>();
        long map = Maps.empty(HEAP);
        for (int step = 0; step < 3000; step++) {
            int pairs = 1 + random.nextInt(5);
            long[] keys = new long[pairs];
            long[] values = new long[pairs];
            for (int k = 0; k < pairs; k++) {
                keys[k] = random.nextInt(8) == 0 ? FLOAT_KEYS.computeIfAbsent(random.nextInt(20),
                        n -> Floats.make(HEAP, n)) : randomKey(random, step < 1500 ? 40 : 20);
                values[k] = TermTags.makeSmall(random.nextInt(1000));
                model.put(keys[k], values[k]);
            }
            long before = map;
            long kept = canonical(model);
            map = Maps.update(ORDER, HEAP, map, keys, values);
            assertSameShape(kept, map, "step " + step);
            if (Maps.isFlatmap(before) && Maps.isFlatmap(map) && Maps.size(before) == Maps.size(map)) {
                assertEquals(Maps.flatmapKeys(before), Maps.flatmapKeys(map), "no new key: the keys tuple is shared");
            }
            if (model.size() > 36) {
                model.clear();
                map = Maps.empty(HEAP);
            }
        }
    }

    @Test
    void putOfTheSameValueAndRemoveOfAnAbsentKeyGiveTheMapItself() {
        Map<Long, Long> model = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            model.put(TermTags.makeSmall(i), TermTags.makeSmall(i * i));
        }
        long map = canonical(model);
        assertEquals(map, Maps.put(ORDER, HEAP, map, TermTags.makeSmall(7), TermTags.makeSmall(49)));
        assertEquals(map, Maps.remove(ORDER, HEAP, map, TermTags.makeSmall(1000)));
    }

    @Test
    void keysWhoseFirstHashesCollideSplitBelowTheEighthLevel() {
        // Bignums and tuples hash through the salted rehash past level 8 only when their first
        // 32 bits agree; a large random key set makes deep paths likely enough to cover pair().
        Random random = new Random(7);
        Map<Long, Long> model = new LinkedHashMap<>();
        long map = Maps.empty(HEAP);
        for (int i = 0; i < 20000; i++) {
            long key = Tuples.make(HEAP, TermTags.makeSmall(random.nextInt(100000)), TermTags.makeSmall(i % 3));
            map = Maps.put(ORDER, HEAP, map, key, TermTags.NIL);
            model.put(key, TermTags.NIL);
        }
        // Equal tuples built twice are two model entries but one map key, as in the canonical map.
        assertSameShape(canonical(model), map, "20000 tuple keys");
    }

    private static long randomKey(Random random, int range) {
        return switch (random.nextInt(3)) {
            case 0 -> TermTags.makeSmall(random.nextInt(range));
            case 1 -> ATOMS.atom("k" + random.nextInt(range));
            // One word per tuple key, so that the Java model's keys are the map's keys.
            default -> TUPLE_KEYS.computeIfAbsent(random.nextInt(range), n -> Tuples.make(HEAP, TermTags.makeSmall(n)));
        };
    }

    private static long canonical(Map<Long, Long> model) {
        long[] keys = new long[model.size()];
        long[] values = new long[model.size()];
        int i = 0;
        for (Map.Entry<Long, Long> entry : model.entrySet()) {
            keys[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return Maps.fromPairs(ORDER, HEAP, keys, values);
    }

    /** Header for header, leaf for leaf (keys and values compared with =:=). */
    private static void assertSameShape(long expected, long actual, String where) {
        assertEquals(Boxed.header(expected), Boxed.header(actual), where + ": node header");
        if (Maps.isFlatmap(expected)) {
            assertTrue(TermEquality.exactEquals(expected, actual), where + ": flatmap contents");
            return;
        }
        long header = Boxed.header(expected);
        int first = HashMaps.firstItemWord(header);
        if (first == 2) {
            assertEquals(Boxed.field(expected, 1), Boxed.field(actual, 1), where + ": size");
        }
        for (int i = 0; i < HashMaps.itemCount(header); i++) {
            long e = Boxed.field(expected, first + i);
            long a = Boxed.field(actual, first + i);
            assertEquals(TermTags.isList(e), TermTags.isList(a), where + ": item kind");
            if (TermTags.isList(e)) {
                assertTrue(TermEquality.exactEquals(Lists.head(e), Lists.head(a)), where + ": leaf key");
                assertTrue(TermEquality.exactEquals(Lists.tail(e), Lists.tail(a)), where + ": leaf value");
            } else {
                assertSameShape(e, a, where);
            }
        }
    }
}
