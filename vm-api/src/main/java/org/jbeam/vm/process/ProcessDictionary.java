package org.jbeam.vm.process;

import java.util.Arrays;
import java.util.function.LongUnaryOperator;

import org.jbeam.vm.term.InternalHash;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;

/**
 * A process's dictionary ({@code put/2}, {@code get/0,1}, {@code erase/0,1}, {@code get_keys}
 * of {@code erl_process_dict.c}): Key/Value term pairs, keys compared with {@code =:=}.
 *
 * <p>The pairs are plain term words held in Java arrays; the terms themselves stay where they
 * are (on the process heap, or in a literal area), exactly as BEAM's dictionary only points
 * at its terms. So the dictionary is a set of GC roots: a collector must call
 * {@link #forEachDictionaryTerm} and store back every moved term, as it does for the X and Y
 * registers. Hashes are of content, never of addresses, so moving a term does not disturb
 * the table.
 *
 * <p>The table is OTP's linear hash table, kept step for step so that {@code get/0} and
 * {@code process_info(P, dictionary)} list the pairs in erl's order: buckets addressed by
 * {@code hash & sizeMask} (folded below the split), each bucket a list with the newest key
 * first (an updated key keeps its place, as erl 25 shows), grown a few buckets at a time when
 * there are as many keys as buckets and shrunk when
 * fewer than half; the listing walks the buckets in order and comes out reversed. The hash is
 * OTP 25's {@code MAKE_HASH}: a small integer's value, an atom's index in the atom table, else
 * {@link InternalHash}. Atom indices depend on the order atoms were made, which differs
 * between jbeam and erl (and between two erl runs), so keys that are or hold atoms are listed
 * in an order of their own; integers, strings, binaries and floats are listed as erl does.
 */
public final class ProcessDictionary {
    /** OTP's {@code erts_pd_initial_size} default: the buckets a new dictionary starts with. */
    private static final int INITIAL_SIZE = 8;
    /** OTP's {@code MAX_HASH}: the table grows no further. */
    private static final int MAX_HASH = 1342177280;

    private final TermOrder order;
    private long[] keys = new long[8];
    private long[] values = new long[8];
    private int[] hashes = new int[8];
    private int[] freeSlots = new int[8];
    private int freeCount;
    private int slotCount;
    /** Bucket i lists its slots head first; {@code bucketSizes[i]} of them are in use. */
    private int[][] buckets;
    private int[] bucketSizes;
    private int usedSlots;
    private int sizeMask;
    private int splitPosition;
    private int size;
    /** The slots in {@code get/0}'s order; null when a change made it stale. */
    private int[] listing;

    public ProcessDictionary(TermOrder order) {
        this.order = order;
        clear();
    }

    public int size() {
        return size;
    }

    /** The key of the {@code index}-th pair in {@code get/0}'s order. */
    public long key(int index) {
        return keys[listing()[index]];
    }

    /** The value of the {@code index}-th pair in {@code get/0}'s order. */
    public long value(int index) {
        return values[listing()[index]];
    }

    /** The value under {@code key}, or {@link TermTags#NON_VALUE}. */
    public long get(long key) {
        int bucket = bucketOf(hash(key));
        int at = find(bucket, key);
        return at < 0 ? TermTags.NON_VALUE : values[buckets[bucket][at]];
    }

    /** Stores {@code value} under {@code key}; returns the old value or {@link TermTags#NON_VALUE}. */
    public long put(long key, long value) {
        int hash = hash(key);
        int bucket = bucketOf(hash);
        int at = find(bucket, key);
        listing = null;
        if (at >= 0) {
            int slot = buckets[bucket][at];
            long old = values[slot];
            keys[slot] = key;
            values[slot] = value;
            return old;
        }
        int slot = newSlot(key, value, hash);
        insertAt(bucket, 0, slot);
        size++;
        if (usedSlots <= size) {
            grow();
        }
        return TermTags.NON_VALUE;
    }

    /** Removes {@code key}; returns its value or {@link TermTags#NON_VALUE}. */
    public long erase(long key) {
        int bucket = bucketOf(hash(key));
        int at = find(bucket, key);
        if (at < 0) {
            return TermTags.NON_VALUE;
        }
        listing = null;
        int slot = buckets[bucket][at];
        long old = values[slot];
        removeAt(bucket, at);
        freeSlot(slot);
        size--;
        if (usedSlots > INITIAL_SIZE && usedSlots / 2 > size) {
            shrink();
        }
        return old;
    }

    /** {@code erase/0}: a fresh, empty table. */
    public void clear() {
        keys = new long[8];
        values = new long[8];
        hashes = new int[8];
        freeSlots = new int[8];
        freeCount = 0;
        slotCount = 0;
        buckets = new int[INITIAL_SIZE * 2][];
        bucketSizes = new int[INITIAL_SIZE * 2];
        usedSlots = INITIAL_SIZE;
        sizeMask = INITIAL_SIZE * 2 - 1;
        splitPosition = 0;
        size = 0;
        listing = null;
    }

    /**
     * The GC root walk: {@code visitor} gets every key and every value word and returns the
     * word to keep (the term's new address after a move, or the same word).
     */
    public void forEachDictionaryTerm(LongUnaryOperator visitor) {
        for (int b = 0; b < usedSlots; b++) {
            for (int i = 0; i < bucketSizes[b]; i++) {
                int slot = buckets[b][i];
                keys[slot] = visitor.applyAsLong(keys[slot]);
                values[slot] = visitor.applyAsLong(values[slot]);
            }
        }
    }

    // OTP's MAKE_HASH and pd_hash_value_to_ix.

    private int hash(long key) {
        if (TermTags.isSmall(key)) {
            return (int) TermTags.smallValue(key);
        }
        if (TermTags.isAtom(key)) {
            return TermTags.atomIndex(key);
        }
        return InternalHash.hash(key);
    }

    private int bucketOf(int hash) {
        long unsigned = hash & 0xFFFF_FFFFL;
        long high = unsigned & sizeMask;
        return (int) (high >= usedSlots ? unsigned & (sizeMask >>> 1) : high);
    }

    private int find(int bucket, long key) {
        int[] slots = buckets[bucket];
        for (int i = 0; i < bucketSizes[bucket]; i++) {
            long stored = keys[slots[i]];
            if (stored == key || order.exactEquals(stored, key)) {
                return i;
            }
        }
        return -1;
    }

    // Linear hashing: OTP's grow() and shrink().

    private void grow() {
        int steps = (usedSlots / 4) & 0xF;
        if (steps == 0) {
            steps = 1;
        }
        if (MAX_HASH - steps <= usedSlots) {
            return;
        }
        int homeSize = usedSlots - splitPosition;
        for (int i = 0; i < steps; i++) {
            if (splitPosition == homeSize) {
                homeSize *= 2;
                sizeMask = homeSize * 2 - 1;
                splitPosition = 0;
            }
            int pos = splitPosition;
            splitPosition++;
            usedSlots++;
            ensureBuckets(usedSlots);
            split(pos, pos + homeSize);
        }
    }

    /** Moves the keys of bucket {@code pos} that now hash elsewhere to {@code high}; both lists come out reversed. */
    private void split(int pos, int high) {
        int count = bucketSizes[pos];
        int[] slots = Arrays.copyOf(buckets[pos] == null ? new int[0] : buckets[pos], count);
        bucketSizes[pos] = 0;
        for (int slot : slots) {
            insertAt(bucketOf(hashes[slot]) == pos ? pos : high, 0, slot);
        }
    }

    private void shrink() {
        int steps = usedSlots * 3 / 10;
        if (usedSlots - steps < INITIAL_SIZE) {
            steps = usedSlots - INITIAL_SIZE;
        }
        for (int i = 0; i < steps; i++) {
            if (splitPosition == 0) {
                sizeMask = usedSlots - 1;
                splitPosition = usedSlots / 2;
            }
            splitPosition--;
            merge(usedSlots - 1, splitPosition);
            usedSlots--;
        }
    }

    /** Folds bucket {@code hi} into {@code lo} the way OTP's shrink() conses them. */
    private void merge(int hi, int lo) {
        int hiCount = bucketSizes[hi];
        if (hiCount == 0) {
            return;
        }
        int loCount = bucketSizes[lo];
        int[] his = Arrays.copyOf(buckets[hi], hiCount);
        bucketSizes[hi] = 0;
        if (loCount == 0) {
            for (int i = hiCount - 1; i >= 0; i--) {
                insertAt(lo, 0, his[i]);
            }
        } else if (loCount == 1) {
            // [Lo | Hi], whether Hi is one pair or a list.
            for (int i = 0; i < hiCount; i++) {
                insertAt(lo, 1 + i, his[i]);
            }
        } else if (hiCount == 1) {
            insertAt(lo, 0, his[0]);
        } else {
            for (int slot : his) {
                insertAt(lo, 0, slot);
            }
        }
    }

    // Bucket lists.

    private void insertAt(int bucket, int index, int slot) {
        int[] slots = buckets[bucket];
        int count = bucketSizes[bucket];
        if (slots == null) {
            slots = new int[2];
        } else if (count == slots.length) {
            slots = Arrays.copyOf(slots, count * 2);
        }
        System.arraycopy(slots, index, slots, index + 1, count - index);
        slots[index] = slot;
        buckets[bucket] = slots;
        bucketSizes[bucket] = count + 1;
    }

    private void removeAt(int bucket, int index) {
        int[] slots = buckets[bucket];
        System.arraycopy(slots, index + 1, slots, index, bucketSizes[bucket] - index - 1);
        bucketSizes[bucket]--;
    }

    private void ensureBuckets(int count) {
        if (count > buckets.length) {
            int length = Math.max(count, buckets.length * 2);
            buckets = Arrays.copyOf(buckets, length);
            bucketSizes = Arrays.copyOf(bucketSizes, length);
        }
    }

    /** get/0's order: the buckets walked in order, each list head first, the whole reversed. */
    private int[] listing() {
        if (listing == null) {
            int[] walk = new int[size];
            int n = 0;
            for (int b = 0; b < usedSlots; b++) {
                for (int i = 0; i < bucketSizes[b]; i++) {
                    walk[n++] = buckets[b][i];
                }
            }
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int swap = walk[i];
                walk[i] = walk[j];
                walk[j] = swap;
            }
            listing = walk;
        }
        return listing;
    }

    // Slots.

    private int newSlot(long key, long value, int hash) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (slotCount == keys.length) {
                keys = Arrays.copyOf(keys, slotCount * 2);
                values = Arrays.copyOf(values, slotCount * 2);
                hashes = Arrays.copyOf(hashes, slotCount * 2);
            }
            slot = slotCount++;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
        return slot;
    }

    private void freeSlot(int slot) {
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
        keys[slot] = TermTags.NIL;
        values[slot] = TermTags.NIL;
    }
}
