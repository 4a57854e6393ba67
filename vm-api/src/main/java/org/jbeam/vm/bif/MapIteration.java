package org.jbeam.vm.bif;

import java.math.BigInteger;
import java.util.Arrays;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erts_internal:map_next(Path, Map, Acc)}, the step under {@code maps:next/1},
 * {@code maps:fold/3}, {@code maps:to_list/1} and friends, as OTP 25's {@code erl_map.c} does
 * it. With {@code Acc = iterator} it answers {@code {K1,V1,{K2,V2,... none | [Path | Map]}}};
 * with a list, {@code [Path, Map | Pairs]} or, at the end, just {@code Pairs}, the pairs consed
 * onto {@code Acc} in walk order.
 *
 * <p>A flatmap is returned whole. A trie is walked from its lowest slot up, a batch at a time:
 * a quarter of the caller's reductions left (at least 1), at most 32 on the first call, and the
 * reductions are charged. The path names the next leaf: the item index at each level, four bits
 * per level from the lowest bits up, levels below the stored ones taken as 0.
 */
final class MapIteration {
    private MapIteration() {}

    private static final int BITS_PER_LEVEL = 4;
    /** Levels whose path still fits a small integer (60-bit signed). */
    private static final int SMALL_LEVELS = 14;

    static void register(BifTable t) {
        AtomTable atoms = t.atoms();
        long iterator = atoms.atom("iterator");
        long none = atoms.atom("none");
        t.register("erts_internal", "map_next", 3, (p, a) -> next(p, a[0], a[1], a[2], iterator, none));
    }

    private static long next(ErlangProcess p, long path, long map, long acc, long iterator, long none) {
        boolean iterating = acc == iterator;
        if (!Maps.isMap(map) || (!iterating && !TermTags.isNil(acc) && !TermTags.isList(acc))) {
            throw ErlangException.badarg("erts_internal:map_next/3: not a map, or a bad accumulator");
        }
        if (Maps.isFlatmap(map)) {
            if (!TermTags.isSmall(path) || TermTags.smallValue(path) < 0
                    || TermTags.smallValue(path) > Maps.flatmapSize(map)) {
                throw ErlangException.badarg("erts_internal:map_next/3: bad path for a flatmap");
            }
            return flatmap(p.heap(), map, iterating ? none : acc, iterating);
        }
        if (!Integers.isInteger(path) || Integers.toBigInteger(path).signum() < 0) {
            throw ErlangException.badarg("erts_internal:map_next/3: bad path");
        }
        long size = Maps.size(map);
        long elements = Math.min(Math.max(p.reductions() / 4, 1), size);
        if (path == TermTags.makeSmall(0)) {
            elements = Math.min(elements, Maps.FLATMAP_LIMIT);
        }
        TriePath at = TriePath.decode(path);
        if (at.leaf(map) == TermTags.NON_VALUE) {
            throw ErlangException.badarg("erts_internal:map_next/3: the path names no leaf");
        }
        p.consumeReductions((int) (4 * elements));
        return iterating ? trieIterator(p.heap(), map, at, elements, none) : trieList(p.heap(), map, at, elements, acc);
    }

    /** The whole flatmap: nested triples ending in {@code none}, or pairs consed in key order. */
    private static long flatmap(HeapAllocator heap, long map, long tail, boolean iterating) {
        long keys = Maps.flatmapKeys(map);
        long result = tail;
        for (int i = (int) Maps.flatmapSize(map) - 1; i >= 0; i--) {
            long key = Tuples.element(keys, i + 1);
            long value = Maps.flatmapValue(map, i);
            result = iterating ? Tuples.make(heap, key, value, result)
                    : Lists.cons(heap, Tuples.make(heap, key, value), result);
        }
        return result;
    }

    private static long trieIterator(HeapAllocator heap, long map, TriePath at, long elements, long none) {
        long[] keys = new long[(int) elements];
        long[] values = new long[keys.length];
        boolean more = true;
        int taken = 0;
        while (taken < keys.length && more) {
            long leaf = at.leaf(map);
            keys[taken] = Lists.head(leaf);
            values[taken++] = Lists.tail(leaf);
            more = at.advance(map);
        }
        long result = more ? Lists.cons(heap, at.encode(heap), map) : none;
        for (int i = taken - 1; i >= 0; i--) {
            result = Tuples.make(heap, keys[i], values[i], result);
        }
        return result;
    }

    private static long trieList(HeapAllocator heap, long map, TriePath at, long elements, long acc) {
        boolean more = true;
        for (long n = 0; n < elements && more; n++) {
            long leaf = at.leaf(map);
            acc = Lists.cons(heap, Tuples.make(heap, Lists.head(leaf), Lists.tail(leaf)), acc);
            more = at.advance(map);
        }
        return more ? Lists.cons(heap, at.encode(heap), Lists.cons(heap, map, acc)) : acc;
    }

    /**
     * The item index at each level of a trie, from the head down, for the walk's current leaf;
     * levels past the stored ones are 0.
     */
    private static final class TriePath {
        private int[] positions;
        /** Levels down to the current leaf (set by {@link #leaf}). */
        private int depth;

        private TriePath(int[] positions) {
            this.positions = positions;
        }

        static TriePath decode(long path) {
            BigInteger bits = Integers.toBigInteger(path);
            int levels = Math.max(1, (bits.bitLength() + BITS_PER_LEVEL - 1) / BITS_PER_LEVEL);
            int[] positions = new int[levels + 8];
            for (int level = 0; level < levels; level++) {
                positions[level] = bits.shiftRight(level * BITS_PER_LEVEL).intValue() & 0xF;
            }
            return new TriePath(positions);
        }

        long encode(HeapAllocator heap) {
            if (depth <= SMALL_LEVELS) {
                long bits = 0;
                for (int level = depth - 1; level >= 0; level--) {
                    bits = (bits << BITS_PER_LEVEL) | positions[level];
                }
                return TermTags.makeSmall(bits);
            }
            BigInteger bits = BigInteger.ZERO;
            for (int level = depth - 1; level >= 0; level--) {
                bits = bits.shiftLeft(BITS_PER_LEVEL).or(BigInteger.valueOf(positions[level]));
            }
            return Integers.fromBigInteger(heap, bits);
        }

        /** The leaf the path names (first items below the stored levels), or NON_VALUE when an index is past its node. */
        long leaf(long map) {
            long node = map;
            for (int level = 0; ; level++) {
                if (level >= positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                long header = Boxed.header(node);
                if (positions[level] >= itemCount(header)) {
                    return TermTags.NON_VALUE;
                }
                long item = Boxed.field(node, firstItem(header) + positions[level]);
                if (TermTags.isList(item)) {
                    depth = level + 1;
                    return item;
                }
                node = item;
            }
        }

        /** Moves to the next leaf in slot order; false when the walk is done. */
        boolean advance(long map) {
            long[] nodes = new long[depth];
            long node = map;
            for (int level = 0; level < depth; level++) {
                nodes[level] = node;
                if (level + 1 < depth) {
                    node = Boxed.field(node, firstItem(Boxed.header(node)) + positions[level]);
                }
            }
            for (int level = depth - 1; level >= 0; level--) {
                if (positions[level] + 1 < itemCount(Boxed.header(nodes[level]))) {
                    positions[level]++;
                    Arrays.fill(positions, level + 1, positions.length, 0);
                    leaf(map);
                    return true;
                }
            }
            return false;
        }

        private static int firstItem(long header) {
            return Maps.headerType(header) == Maps.TYPE_HAMT_NODE_BITMAP ? 1 : 2;
        }

        private static int itemCount(long header) {
            return Integer.bitCount((int) (TermTags.headerArity(header) >>> 10) & 0xFFFF);
        }
    }
}
