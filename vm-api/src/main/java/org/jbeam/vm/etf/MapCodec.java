package org.jbeam.vm.etf;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;

/**
 * Maps in the external format ({@code MAP_EXT}): which order the pairs are written in, and
 * building a map from decoded pairs.
 *
 * <p>OTP 25 writes a map's pairs in its internal iteration order (a flatmap's key order, a
 * trie's slot order: the order of {@code maps:to_list/1}), or, with {@code deterministic},
 * sorted in map key order. Reading, OTP rejects a map whose keys repeat.
 */
final class MapCodec {
    private MapCodec() {}

    /** The pairs of {@code map} as {@code key1, value1, key2, value2, ...} in writing order. */
    static long[] pairs(TermOrder order, long map, boolean deterministic) {
        long[][] entries = deterministic ? Maps.entriesInKeyOrder(order, map) : Maps.entries(map);
        long[] pairs = new long[2 * entries[0].length];
        for (int i = 0; i < entries[0].length; i++) {
            pairs[2 * i] = entries[0][i];
            pairs[2 * i + 1] = entries[1][i];
        }
        return pairs;
    }

    /**
     * The map of {@code size} pairs decoded into the words at {@code scratch} (key, value,
     * key, value, ...).
     *
     * @throws ErlangException {@code badarg} when two keys are {@code =:=}
     */
    static long build(TermOrder order, HeapAllocator heap, long scratch, int size) {
        long[] keys = new long[size];
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = NativeMemory.wordAt(scratch, 2L * i);
            values[i] = NativeMemory.wordAt(scratch, 2L * i + 1);
        }
        long map = Maps.fromPairs(order, heap, keys, values);
        if (Maps.size(map) != size) {
            throw ErlangException.badarg("MAP_EXT repeats a key");
        }
        return map;
    }
}
