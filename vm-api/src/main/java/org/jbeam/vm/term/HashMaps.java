package org.jbeam.vm.term;

import java.util.function.LongBinaryOperator;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Maps of more than {@link Maps#FLATMAP_LIMIT} keys: OTP 25's hash-array-mapped trie
 * ({@code erl_map.c}, {@code erl_map.h}), laid out word for word as OTP lays it out.
 *
 * <pre>
 * head, all 16 slots used  [header(HEAD_ARRAY, arity 1, 0xffff)] [size] [item 0] ... [item 15]
 * head, some slots used    [header(HEAD_BITMAP, arity 1, bitmap)] [size] [item] ...   one per bit
 * inner node               [header(NODE_BITMAP, arity 0, bitmap)] [item] ...          one per bit
 * map header word          (bitmap &lt;&lt; 10 | arity &lt;&lt; 2 | type) &lt;&lt; 6 | MAP subtag
 * item                     a cons [Key | Value] (a leaf), or a boxed inner node
 * </pre>
 *
 * A key's slot at level {@code L} is bits {@code 4L .. 4L+3} of its 32-bit internal hash
 * ({@link InternalHash}). The 32 bits last eight levels; level {@code L >= 8} uses the hash of
 * the improper list {@code [L div 8 | Key]} instead, OTP's salted rehash
 * ({@code hashmap_restore_hash}), so two different keys always part somewhere. A slot holding
 * one key holds its leaf; a slot holding more holds a node one level down. The trie is thus a
 * function of its key set, and iteration (depth first, slots in descending order) visits keys
 * in the same order as OTP's {@code maps:to_list/1}.
 */
public final class HashMaps {
    private HashMaps() {}

    static final int HEADER_ARITY_SHIFT = 2;
    static final int HEADER_VALUE_SHIFT = 10;
    private static final int SLOTS = 16;

    /** OTP's {@code MAKE_MAP_HEADER(type, arity, value)}. */
    static long header(int type, int arity, int value) {
        return TermTags.makeHeader(((long) value << HEADER_VALUE_SHIFT) | ((long) arity << HEADER_ARITY_SHIFT) | type,
                TermTags.MAP_SUBTAG);
    }

    /** The 16-bit bitmap of a node's header (0xffff for a head array). */
    static int bitmap(long header) {
        return (int) (TermTags.headerArity(header) >>> HEADER_VALUE_SHIFT) & 0xFFFF;
    }

    /** The word (counted from the header) holding a node's first item. */
    static int firstItemWord(long header) {
        return Maps.headerType(header) == Maps.TYPE_HAMT_NODE_BITMAP ? 1 : 2;
    }

    static int itemCount(long header) {
        return Integer.bitCount(bitmap(header));
    }

    /** Bits {@code 4 level ..} of {@code key}'s hash: OTP's {@code hashmap_restore_hash}. */
    static int levelHash(long key, int level) {
        if (level < 8) {
            return InternalHash.hash(key) >>> (4 * level);
        }
        return saltedHash(key, level >>> 3) >>> (4 * (level & 7));
    }

    /** The hash of {@code [generation | key]}, which takes over when 32 bits are used up. */
    private static int saltedHash(long key, int generation) {
        try (HeapFragments scratch = new HeapFragments(16)) {
            return InternalHash.hash(Lists.cons(scratch, TermTags.makeSmall(generation), key));
        }
    }

    /** Builds the trie of {@code count} distinct keys (no two {@code =:=}). */
    static long build(HeapAllocator heap, long[] keys, long[] values, int count) {
        int[] indices = new int[count];
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
            hashes[i] = InternalHash.hash(keys[i]);
        }
        return node(heap, keys, values, indices, hashes, 0, true);
    }

    /**
     * One node of the trie for the keys {@code indices}, whose {@code hashes} are at
     * {@code level} (their low 4 bits pick the slot).
     */
    private static long node(HeapAllocator heap, long[] keys, long[] values, int[] indices, int[] hashes,
                             int level, boolean head) {
        int[] slotCounts = new int[SLOTS];
        for (int hash : hashes) {
            slotCounts[hash & 0xF]++;
        }
        int bitmap = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (slotCounts[slot] > 0) {
                bitmap |= 1 << slot;
            }
        }
        long[] items = new long[Integer.bitCount(bitmap)];
        int item = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (slotCounts[slot] == 0) {
                continue;
            }
            items[item++] = slotItem(heap, keys, values, indices, hashes, level, slot, slotCounts[slot]);
        }
        return allocateNode(heap, head, bitmap, indices.length, items);
    }

    private static long slotItem(HeapAllocator heap, long[] keys, long[] values, int[] indices, int[] hashes,
                                 int level, int slot, int slotCount) {
        int[] subIndices = new int[slotCount];
        int[] subHashes = new int[slotCount];
        int n = 0;
        for (int i = 0; i < indices.length; i++) {
            if ((hashes[i] & 0xF) == slot) {
                subIndices[n] = indices[i];
                subHashes[n] = hashes[i];
                n++;
            }
        }
        if (slotCount == 1) {
            return Lists.cons(heap, keys[subIndices[0]], values[subIndices[0]]);
        }
        int next = level + 1;
        for (int i = 0; i < slotCount; i++) {
            subHashes[i] = (next & 7) != 0 ? subHashes[i] >>> 4 : levelHash(keys[subIndices[i]], next);
        }
        return node(heap, keys, values, subIndices, subHashes, next, false);
    }

    private static long allocateNode(HeapAllocator heap, boolean head, int bitmap, int size, long[] items) {
        int fixed = head ? 2 : 1;
        long address = heap.allocate(fixed + items.length);
        long header;
        if (!head) {
            header = header(Maps.TYPE_HAMT_NODE_BITMAP, 0, bitmap);
        } else if (bitmap == 0xFFFF) {
            header = header(Maps.TYPE_HAMT_HEAD_ARRAY, 1, 0xFFFF);
        } else {
            header = header(Maps.TYPE_HAMT_HEAD_BITMAP, 1, bitmap);
        }
        NativeMemory.setWord(address, header);
        if (head) {
            NativeMemory.setWordAt(address, 1, size);
        }
        for (int i = 0; i < items.length; i++) {
            NativeMemory.setWordAt(address, fixed + i, items[i]);
        }
        return TermTags.makeBoxed(address);
    }

    /** The number of keys of a trie's head. */
    static long size(long head) {
        return Boxed.field(head, 1);
    }

    /** The value under {@code key}, or {@link TermTags#NON_VALUE}. */
    static long get(long head, long key) {
        int hash = InternalHash.hash(key);
        int level = 0;
        long node = head;
        while (true) {
            long header = Boxed.header(node);
            int bitmap = bitmap(header);
            int slot = hash & 0xF;
            if ((bitmap & (1 << slot)) == 0) {
                return TermTags.NON_VALUE;
            }
            int position = Integer.bitCount(bitmap & ((1 << slot) - 1));
            long item = Boxed.field(node, firstItemWord(header) + position);
            if (TermTags.isList(item)) {
                return TermEquality.exactEquals(Lists.head(item), key) ? Lists.tail(item) : TermTags.NON_VALUE;
            }
            node = item;
            level++;
            hash = (level & 7) != 0 ? hash >>> 4 : levelHash(key, level);
        }
    }

    /**
     * Visits every entry in iteration order; stops early when {@code visitor} returns nonzero.
     *
     * @return the nonzero value that stopped the walk, or 0
     */
    static long forEach(long head, LongBinaryOperator visitor) {
        TermStack pending = new TermStack();
        stackItems(pending, head);
        while (!pending.isEmpty()) {
            long item = pending.pop();
            if (!TermTags.isList(item)) {
                stackItems(pending, item);
                continue;
            }
            long stop = visitor.applyAsLong(Lists.head(item), Lists.tail(item));
            if (stop != 0) {
                return stop;
            }
        }
        return 0;
    }

    /**
     * Stacks a node's items first to last, so that the highest slot comes off the stack first:
     * OTP lists a trie's entries from its highest slot down (maps:to_list/1 conses them up
     * while walking from the lowest).
     */
    private static void stackItems(TermStack pending, long node) {
        long header = Boxed.header(node);
        int first = firstItemWord(header);
        int count = itemCount(header);
        for (int i = 0; i < count; i++) {
            pending.push(Boxed.field(node, first + i));
        }
    }
}
