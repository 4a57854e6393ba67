package org.jbeam.vm.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Maps against the real erl: for maps of 1 to 2000 keys of several kinds, erl prints
 * {@code maps:keys(maps:from_list(L))}; jbeam builds the map from the same keys in another
 * order and must iterate them in erl's order, find each, and miss the absent ones.
 *
 * <p>Atom keys hash by their atom index, so erl also prints each atom key's internal hash;
 * the test recovers erl's index from it and gives the atom the same index here.
 */
class MapsOracleTest {
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();
    private static final HeapFragments HEAP = new HeapFragments();
    private static final TermOrder ORDER = new TermOrder(ATOMS);
    private static final List<Case> CASES = new ArrayList<>();

    private record Case(String name, long[] keys, String[] texts, long[] absent) {}

    @BeforeAll
    static void askErl() {
        List<String> lines = ErlOracle.run("maps");
        placeAtomsAsErlDoes(lines);
        ErlTermText parser = new ErlTermText(ORDER, HEAP, EXPORTS, FUNS);
        int at = 0;
        while (at < lines.size()) {
            String name = lines.get(at++);
            int size = Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
            while (lines.get(at).startsWith("H ")) {
                at++;
            }
            long[] keys = new long[size];
            String[] texts = new String[size];
            for (int i = 0; i < size; i++) {
                texts[i] = lines.get(at++);
                keys[i] = parser.parse(texts[i]);
            }
            int absentCount = Integer.parseInt(lines.get(at++).substring(2));
            long[] absent = new long[absentCount];
            for (int i = 0; i < absentCount; i++) {
                absent[i] = parser.parse(lines.get(at++));
            }
            CASES.add(new Case(name, keys, texts, absent));
        }
        assertTrue(CASES.size() >= 60, "erl printed too few cases");
    }

    /** Interns erl's atom keys at erl's own indices (recovered from their internal hashes). */
    private static void placeAtomsAsErlDoes(List<String> lines) {
        Map<Integer, Integer> indexByHash = new HashMap<>();
        for (int index = 0; index < (1 << 18); index++) {
            indexByHash.put(InternalHash.hash(TermTags.makeAtom(index)), index);
        }
        TreeMap<Integer, String> atomsByIndex = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("H ")) {
                String[] parts = line.split(" ");
                Integer index = indexByHash.get((int) Long.parseLong(parts[2]));
                if (index == null) {
                    fail("no atom index has erl's internal hash " + line);
                }
                atomsByIndex.put(index, parts[1].substring(1, parts[1].length() - 1));
            }
        }
        ErlTermText namer = new ErlTermText(ORDER, HEAP, EXPORTS, FUNS);
        int filler = 0;
        for (Map.Entry<Integer, String> atom : atomsByIndex.entrySet()) {
            while (ATOMS.size() < atom.getKey()) {
                ATOMS.atom("jbeam_filler_" + filler++);
            }
            long term = namer.atom(atom.getValue());
            assertEquals(atom.getKey().intValue(), TermTags.atomIndex(term), "cannot place atom " + atom.getValue());
        }
    }

    @AfterAll
    static void free() {
        HEAP.close();
        EXPORTS.close();
        FUNS.close();
    }

    private static long[] shuffled(long[] keys, long seed) {
        List<Long> list = new ArrayList<>();
        for (long key : keys) {
            list.add(key);
        }
        Collections.shuffle(list, new Random(seed));
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] valuesFor(long[] keys) {
        long[] values = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = Tuples.make(HEAP, TermTags.makeSmall(i), keys[i]);
        }
        return values;
    }

    @Test
    void iterationOrderIsErls() {
        for (Case c : CASES) {
            long map = Maps.fromPairs(ORDER, HEAP, shuffled(c.keys, c.keys.length), valuesFor(c.keys));
            assertEquals(c.keys.length, Maps.size(map), c.name);
            assertEquals(c.keys.length > Maps.FLATMAP_LIMIT, !Maps.isFlatmap(map), c.name);
            long[] mine = Maps.entries(map)[0];
            for (int i = 0; i < mine.length; i++) {
                int ii = i;
                assertTrue(ORDER.exactEquals(c.keys[i], mine[i]), () -> c.name + ": key " + ii + " should be " + c.texts[ii]);
            }
        }
    }

    @Test
    void getFindsEveryKeyAndMissesAbsentOnes() {
        for (Case c : CASES) {
            long[] shuffledKeys = shuffled(c.keys, 7);
            long[] values = valuesFor(shuffledKeys);
            long map = Maps.fromPairs(ORDER, HEAP, shuffledKeys, values);
            for (int i = 0; i < shuffledKeys.length; i++) {
                assertEquals(values[i], Maps.get(map, shuffledKeys[i]), c.name);
            }
            for (long key : c.absent) {
                assertEquals(TermTags.NON_VALUE, Maps.get(map, key), c.name);
            }
        }
    }

    @Test
    void laterDuplicatesWinAndPutMatchesFromPairs() {
        for (Case c : CASES) {
            int n = c.keys.length;
            long[] keys = new long[n * 2];
            long[] values = new long[n * 2];
            for (int i = 0; i < n; i++) {
                keys[i] = c.keys[i];
                values[i] = TermTags.makeSmall(i);
                keys[n + i] = c.keys[n - 1 - i];
                values[n + i] = TermTags.makeSmall(-i);
            }
            long map = Maps.fromPairs(ORDER, HEAP, keys, values);
            assertEquals(n, Maps.size(map), c.name);
            for (int i = 0; i < n; i++) {
                assertEquals(TermTags.makeSmall(-i), Maps.get(map, c.keys[n - 1 - i]), c.name);
            }
            if (n <= 100) {
                long grown = Maps.empty(HEAP);
                for (int i = 0; i < n; i++) {
                    grown = Maps.put(ORDER, HEAP, grown, c.keys[i], TermTags.makeSmall(i));
                }
                long built = Maps.fromPairs(ORDER, HEAP, c.keys, valuesFor(c.keys));
                assertEquals(Maps.size(built), Maps.size(grown), c.name);
                long[] grownKeys = Maps.entries(grown)[0];
                for (int i = 0; i < n; i++) {
                    assertTrue(ORDER.exactEquals(c.keys[i], grownKeys[i]), c.name);
                }
            }
        }
    }
}
