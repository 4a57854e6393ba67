package org.jbeam.vm.term;

import java.util.function.LongBinaryOperator;

import org.jbeam.vm.heap.HeapAllocator;
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
 * ({@link InternalHash}). The 32 bits last eight levels; level {@code L >= 8} uses the hash
 * salted with {@code L div 8} instead, OTP's rehash ({@code hashmap_restore_hash}), so two
 * different keys always part somewhere. A slot holding
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

    /**
     * Bits {@code 4 level ..} of {@code key}'s hash: OTP's {@code hashmap_restore_hash}. Past
     * the first 32 bits the key is hashed again with salt {@code level div 8}.
     */
    static int levelHash(long key, int level) {
        return InternalHash.hash(key, level >>> 3) >>> (4 * (level & 7));
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

    private static long allocateNode(HeapAllocator heap, boolean head, int bitmap, long size, long[] items) {
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

    /**
     * The trie with {@code key => value} added or replaced, sharing every node off the path to
     * the key ({@code hashmap_insert}): O(depth). The result is the same trie {@link #build}
     * makes for the new key set, since OTP's trie is a function of its keys.
     */
    static long put(HeapAllocator heap, long head, long key, long value) {
        return insert(heap, head, key, value, InternalHash.hash(key), 0, new int[1]);
    }

    /** The node with the key placed in it; {@code grew[0]} is set when the key is new. */
    private static long insert(HeapAllocator heap, long node, long key, long value, int hash, int level, int[] grew) {
        long header = Boxed.header(node);
        boolean head = level == 0;
        int bitmap = bitmap(header);
        int bit = 1 << (hash & 0xF);
        int position = Integer.bitCount(bitmap & (bit - 1));
        long[] items = items(node);
        if ((bitmap & bit) == 0) {
            grew[0] = 1;
            return allocateNode(heap, head, bitmap | bit, head ? size(node) + grew[0] : 0, inserted(items, position,
                    Lists.cons(heap, key, value)));
        }
        long item = items[position];
        long replacement;
        if (!TermTags.isList(item)) {
            int next = level + 1;
            replacement = insert(heap, item, key, value, (next & 7) != 0 ? hash >>> 4 : levelHash(key, next), next, grew);
        } else if (TermEquality.exactEquals(Lists.head(item), key)) {
            if (Lists.tail(item) == value) {
                return node;
            }
            replacement = Lists.cons(heap, key, value);
        } else {
            grew[0] = 1;
            replacement = pair(heap, item, Lists.cons(heap, key, value), level + 1);
        }
        if (replacement == item) {
            return node;
        }
        items[position] = replacement;
        return allocateNode(heap, head, bitmap, head ? size(node) + grew[0] : 0, items);
    }

    /** The subtree at {@code level} holding two leaves of different keys. */
    private static long pair(HeapAllocator heap, long first, long second, int level) {
        int a = levelHash(Lists.head(first), level) & 0xF;
        int b = levelHash(Lists.head(second), level) & 0xF;
        if (a == b) {
            return allocateNode(heap, false, 1 << a, 0, new long[] {pair(heap, first, second, level + 1)});
        }
        long[] items = a < b ? new long[] {first, second} : new long[] {second, first};
        return allocateNode(heap, false, (1 << a) | (1 << b), 0, items);
    }

    /**
     * The trie without {@code key} ({@code hashmap_delete}), sharing the nodes off the path,
     * or {@code head} itself when the key is absent. The caller turns a trie that falls to
     * {@link Maps#FLATMAP_LIMIT} keys into a flatmap, as OTP does.
     */
    static long remove(HeapAllocator heap, long head, long key) {
        return delete(heap, head, key, InternalHash.hash(key), 0);
    }

    /**
     * The node without the key: the node itself when the key is not under it,
     * {@link TermTags#NON_VALUE} when nothing is left, a lone leaf when one leaf is left (it
     * moves up a level, keeping the trie canonical), else a copy without it.
     */
    private static long delete(HeapAllocator heap, long node, long key, int hash, int level) {
        long header = Boxed.header(node);
        boolean head = level == 0;
        int bitmap = bitmap(header);
        int bit = 1 << (hash & 0xF);
        if ((bitmap & bit) == 0) {
            return node;
        }
        int position = Integer.bitCount(bitmap & (bit - 1));
        long[] items = items(node);
        long item = items[position];
        long replacement;
        if (TermTags.isList(item)) {
            if (!TermEquality.exactEquals(Lists.head(item), key)) {
                return node;
            }
            replacement = TermTags.NON_VALUE;
        } else {
            int next = level + 1;
            replacement = delete(heap, item, key, (next & 7) != 0 ? hash >>> 4 : levelHash(key, next), next);
            if (replacement == item) {
                return node;
            }
        }
        if (replacement != TermTags.NON_VALUE) {
            if (!head && items.length == 1 && TermTags.isList(replacement)) {
                return replacement;
            }
            items[position] = replacement;
            return allocateNode(heap, head, bitmap, head ? size(node) - 1 : 0, items);
        }
        long[] rest = removed(items, position);
        if (!head && rest.length == 0) {
            return TermTags.NON_VALUE;
        }
        if (!head && rest.length == 1 && TermTags.isList(rest[0])) {
            return rest[0];
        }
        return allocateNode(heap, head, bitmap & ~bit, head ? size(node) - 1 : 0, rest);
    }

    private static long[] items(long node) {
        long header = Boxed.header(node);
        int first = firstItemWord(header);
        long[] items = new long[itemCount(header)];
        for (int i = 0; i < items.length; i++) {
            items[i] = Boxed.field(node, first + i);
        }
        return items;
    }

    private static long[] inserted(long[] items, int position, long item) {
        long[] result = new long[items.length + 1];
        System.arraycopy(items, 0, result, 0, position);
        result[position] = item;
        System.arraycopy(items, position, result, position + 1, items.length - position);
        return result;
    }

    private static long[] removed(long[] items, int position) {
        long[] result = new long[items.length - 1];
        System.arraycopy(items, 0, result, 0, position);
        System.arraycopy(items, position + 1, result, position, result.length - position);
        return result;
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
