package org.jbeam.vm.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Maps, laid out as OTP 25's {@code erl_map.h} lays them out, and the operations every tier
 * and BIF shares: build, look up, count, iterate, update.
 *
 * <pre>
 * flatmap   [header(MAP, type 0)] [size] [keys tuple] [value 1] ... [value n]     n &lt;= 32
 * </pre>
 *
 * A flatmap's keys are sorted in the map key order ({@link TermOrder#compareExact}: the
 * standard order, but every integer before every float) and its header is exactly
 * {@link #FLATMAP_HEADER}. Larger maps are hash-array-mapped tries, see {@link HashMaps}.
 * As in OTP, a map of at most 32 keys is always a flatmap and a larger one always a trie.
 *
 * <p>Iteration ({@link #forEach}, {@link #entries}) follows OTP's order, the order of
 * {@code maps:to_list/1}: key order for flatmaps, the trie's slot order for larger maps.
 * Building and updating need a {@link TermOrder} (to sort flatmap keys by atom text); reading
 * needs none.
 */
public final class Maps {
    private Maps() {}

    /** OTP's {@code MAP_SMALL_MAP_LIMIT}. */
    public static final int FLATMAP_LIMIT = 32;
    /** Bits of the map header (above the 6 subtag bits) that tell the node type. */
    public static final int HEADER_TYPE_BITS = 2;
    public static final int TYPE_FLATMAP = 0x0;
    public static final int TYPE_HAMT_NODE_BITMAP = 0x1;
    public static final int TYPE_HAMT_HEAD_ARRAY = 0x2;
    public static final int TYPE_HAMT_HEAD_BITMAP = 0x3;
    public static final long FLATMAP_HEADER = TermTags.makeHeader(TYPE_FLATMAP, TermTags.MAP_SUBTAG);

    public static boolean isMap(long term) {
        return TermTags.isBoxed(term) && TermTags.headerSubtag(Boxed.header(term)) == TermTags.MAP_SUBTAG;
    }

    /** The node type of a map header: one of the {@code TYPE_} constants. */
    public static int headerType(long header) {
        return (int) (TermTags.headerArity(header) & 0x3);
    }

    public static boolean isFlatmap(long map) {
        return Boxed.header(map) == FLATMAP_HEADER;
    }

    public static long flatmapSize(long flatmap) {
        return Boxed.field(flatmap, 1);
    }

    public static long flatmapKeys(long flatmap) {
        return Boxed.field(flatmap, 2);
    }

    /** Value {@code index} (from 0) of a flatmap, paired with key {@code index + 1} of its keys tuple. */
    public static long flatmapValue(long flatmap, int index) {
        return Boxed.field(flatmap, 3 + index);
    }

    /** The empty map {@code #{}}. */
    public static long empty(HeapAllocator heap) {
        return flatmap(heap, new long[0], new long[0], 0);
    }

    /**
     * The map of {@code keys[i] => values[i]}; of keys that are {@code =:=}, the last one's
     * value wins, as in {@code maps:from_list/1}.
     */
    public static long fromPairs(TermOrder order, HeapAllocator heap, long[] keys, long[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys but " + values.length + " values");
        }
        long[][] unique = withoutDuplicates(keys, values);
        int count = unique[0].length;
        if (count > FLATMAP_LIMIT) {
            return HashMaps.build(heap, unique[0], unique[1], count);
        }
        Integer[] byKey = new Integer[count];
        for (int i = 0; i < count; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, (x, y) -> order.compareExact(unique[0][x], unique[0][y]));
        long[] sortedKeys = new long[count];
        long[] sortedValues = new long[count];
        for (int i = 0; i < count; i++) {
            sortedKeys[i] = unique[0][byKey[i]];
            sortedValues[i] = unique[1][byKey[i]];
        }
        return flatmap(heap, sortedKeys, sortedValues, count);
    }

    /** First occurrences of each key, in input order, each with its last value. */
    private static long[][] withoutDuplicates(long[] keys, long[] values) {
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        long[] uniqueKeys = new long[keys.length];
        long[] uniqueValues = new long[keys.length];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            List<Integer> sameHash = byHash.computeIfAbsent(InternalHash.hash(keys[i]), h -> new ArrayList<>(1));
            int found = -1;
            for (int slot : sameHash) {
                if (TermEquality.exactEquals(uniqueKeys[slot], keys[i])) {
                    found = slot;
                    break;
                }
            }
            if (found >= 0) {
                uniqueValues[found] = values[i];
            } else {
                sameHash.add(count);
                uniqueKeys[count] = keys[i];
                uniqueValues[count] = values[i];
                count++;
            }
        }
        return new long[][] {Arrays.copyOf(uniqueKeys, count), Arrays.copyOf(uniqueValues, count)};
    }

    /** A flatmap of keys already sorted in map key order and distinct. */
    private static long flatmap(HeapAllocator heap, long[] sortedKeys, long[] values, int count) {
        long keyTuple = Tuples.make(heap, Arrays.copyOf(sortedKeys, count));
        long address = heap.allocate(3 + count);
        NativeMemory.setWord(address, FLATMAP_HEADER);
        NativeMemory.setWordAt(address, 1, count);
        NativeMemory.setWordAt(address, 2, keyTuple);
        for (int i = 0; i < count; i++) {
            NativeMemory.setWordAt(address, 3 + i, values[i]);
        }
        return TermTags.makeBoxed(address);
    }

    /** The number of keys ({@code map_size/1}). */
    public static long size(long map) {
        return isFlatmap(map) ? flatmapSize(map) : HashMaps.size(map);
    }

    /** The value under {@code key} (matched with {@code =:=}), or {@link TermTags#NON_VALUE}. */
    public static long get(long map, long key) {
        if (!isFlatmap(map)) {
            return HashMaps.get(map, key);
        }
        long keys = flatmapKeys(map);
        int size = (int) flatmapSize(map);
        for (int i = 0; i < size; i++) {
            long candidate = Tuples.element(keys, i + 1);
            if (candidate == key || TermEquality.exactEquals(candidate, key)) {
                return flatmapValue(map, i);
            }
        }
        return TermTags.NON_VALUE;
    }

    /**
     * Calls {@code visitor(key, value)} for every entry in OTP's iteration order, stopping at
     * the first nonzero result.
     *
     * @return the nonzero result that stopped the walk, or 0
     */
    public static long forEach(long map, LongBinaryOperator visitor) {
        if (!isFlatmap(map)) {
            return HashMaps.forEach(map, visitor);
        }
        long keys = flatmapKeys(map);
        int size = (int) flatmapSize(map);
        for (int i = 0; i < size; i++) {
            long stop = visitor.applyAsLong(Tuples.element(keys, i + 1), flatmapValue(map, i));
            if (stop != 0) {
                return stop;
            }
        }
        return 0;
    }

    /** {@code {keys, values}} in iteration order: the order of {@code maps:to_list/1} and {@code maps:keys/1}. */
    public static long[][] entries(long map) {
        int size = (int) size(map);
        long[] keys = new long[size];
        long[] values = new long[size];
        int[] at = {0};
        forEach(map, (k, v) -> {
            keys[at[0]] = k;
            values[at[0]] = v;
            at[0]++;
            return 0;
        });
        return new long[][] {keys, values};
    }

    /**
     * {@code {keys, values}} in the order of {@code maps:iterator/1} and {@code maps:next/1},
     * which is also the order {@code io_lib} prints a map in. For a trie OTP 25 walks the
     * iterator from the lowest slot up, the reverse of {@link #entries}; a flatmap iterates in
     * its key order either way.
     */
    public static long[][] entriesInIteratorOrder(long map) {
        long[][] entries = entries(map);
        if (!isFlatmap(map)) {
            for (int i = 0, j = entries[0].length - 1; i < j; i++, j--) {
                swap(entries[0], i, j);
                swap(entries[1], i, j);
            }
        }
        return entries;
    }

    private static void swap(long[] words, int i, int j) {
        long word = words[i];
        words[i] = words[j];
        words[j] = word;
    }

    /** {@code {keys, values}} sorted in map key order (what term comparison walks). */
    public static long[][] entriesInKeyOrder(TermOrder order, long map) {
        long[][] entries = entries(map);
        if (isFlatmap(map)) {
            return entries;
        }
        int size = entries[0].length;
        Integer[] byKey = new Integer[size];
        for (int i = 0; i < size; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, (x, y) -> order.compareExact(entries[0][x], entries[0][y]));
        long[][] sorted = new long[2][size];
        for (int i = 0; i < size; i++) {
            sorted[0][i] = entries[0][byKey[i]];
            sorted[1][i] = entries[1][byKey[i]];
        }
        return sorted;
    }

    /**
     * {@code map} with {@code key => value} added or replaced ({@code maps:put/3}); the old map
     * is untouched. A flatmap is rebuilt (at most 33 keys); a trie copies only the path to the
     * key.
     */
    public static long put(TermOrder order, HeapAllocator heap, long map, long key, long value) {
        return update(order, heap, map, new long[] {key}, new long[] {value});
    }

    /**
     * {@code map} with every {@code keys[i] => values[i]} put, in order (of pairs with
     * {@code =:=} keys the last wins): the update of {@code put_map_assoc} and
     * {@code put_map_exact}; the old map is untouched. A flatmap whose keys all exist already
     * keeps its keys tuple and gets new values, as OTP's update shares the tuple; new keys are
     * merged into the sorted ones (a trie past {@link #FLATMAP_LIMIT}); a trie copies only the
     * path to each key.
     */
    public static long update(TermOrder order, HeapAllocator heap, long map, long[] keys, long[] values) {
        if (!isFlatmap(map)) {
            long result = map;
            for (int i = 0; i < keys.length; i++) {
                result = HashMaps.put(heap, result, keys[i], values[i]);
            }
            return result;
        }
        long keyTuple = flatmapKeys(map);
        int size = (int) flatmapSize(map);
        long[] newValues = new long[size];
        for (int i = 0; i < size; i++) {
            newValues[i] = flatmapValue(map, i);
        }
        long[] extraKeys = new long[keys.length];
        long[] extraValues = new long[keys.length];
        int extra = 0;
        for (int i = 0; i < keys.length; i++) {
            int at = indexOfKey(keyTuple, size, keys[i]);
            if (at >= 0) {
                newValues[at] = values[i];
                continue;
            }
            int again = indexOf(extraKeys, extra, keys[i]);
            if (again >= 0) {
                extraValues[again] = values[i];
            } else {
                extraKeys[extra] = keys[i];
                extraValues[extra++] = values[i];
            }
        }
        if (extra == 0) {
            return flatmapOfKeys(heap, keyTuple, newValues);
        }
        int count = size + extra;
        long[] allKeys = new long[count];
        long[] allValues = new long[count];
        for (int i = 0; i < size; i++) {
            allKeys[i] = Tuples.element(keyTuple, i + 1);
        }
        System.arraycopy(newValues, 0, allValues, 0, size);
        System.arraycopy(extraKeys, 0, allKeys, size, extra);
        System.arraycopy(extraValues, 0, allValues, size, extra);
        if (count > FLATMAP_LIMIT) {
            return HashMaps.build(heap, allKeys, allValues, count);
        }
        // The old keys are sorted already: insert each new one where the order puts it.
        for (int i = size; i < count; i++) {
            long key = allKeys[i];
            long value = allValues[i];
            int j = i;
            for (; j > 0 && order.compareExact(allKeys[j - 1], key) > 0; j--) {
                allKeys[j] = allKeys[j - 1];
                allValues[j] = allValues[j - 1];
            }
            allKeys[j] = key;
            allValues[j] = value;
        }
        return flatmap(heap, allKeys, allValues, count);
    }

    /** Where {@code key} is ({@code =:=}) in a flatmap's keys tuple of {@code size} keys, or -1. */
    private static int indexOfKey(long keyTuple, int size, long key) {
        for (int i = 0; i < size; i++) {
            long candidate = Tuples.element(keyTuple, i + 1);
            if (candidate == key || TermEquality.exactEquals(candidate, key)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(long[] keys, int count, long key) {
        for (int i = 0; i < count; i++) {
            if (keys[i] == key || TermEquality.exactEquals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    /** A flatmap with the (sorted, distinct) keys of {@code keyTuple}, shared, and {@code values}. */
    private static long flatmapOfKeys(HeapAllocator heap, long keyTuple, long[] values) {
        long address = heap.allocate(3 + values.length);
        NativeMemory.setWord(address, FLATMAP_HEADER);
        NativeMemory.setWordAt(address, 1, values.length);
        NativeMemory.setWordAt(address, 2, keyTuple);
        for (int i = 0; i < values.length; i++) {
            NativeMemory.setWordAt(address, 3 + i, values[i]);
        }
        return TermTags.makeBoxed(address);
    }

    /**
     * {@code map} without {@code key} ({@code maps:remove/2}), {@code map} itself when the key
     * is absent. A trie that falls to {@link #FLATMAP_LIMIT} keys becomes a flatmap, as OTP's
     * {@code hashmap_delete} makes it.
     */
    public static long remove(TermOrder order, HeapAllocator heap, long map, long key) {
        if (get(map, key) == TermTags.NON_VALUE) {
            return map;
        }
        if (!isFlatmap(map) && size(map) - 1 > FLATMAP_LIMIT) {
            return HashMaps.remove(heap, map, key);
        }
        long[][] entries = entries(map);
        int size = entries[0].length;
        long[] keys = new long[size - 1];
        long[] values = new long[size - 1];
        int at = 0;
        for (int i = 0; i < size; i++) {
            if (!TermEquality.exactEquals(entries[0][i], key)) {
                keys[at] = entries[0][i];
                values[at++] = entries[1][i];
            }
        }
        return fromPairs(order, heap, keys, values);
    }
}
