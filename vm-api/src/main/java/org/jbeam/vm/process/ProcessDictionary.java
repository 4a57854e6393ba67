package org.jbeam.vm.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

import org.jbeam.vm.term.InternalHash;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;

/**
 * A process's dictionary ({@code put/2}, {@code get/1}, {@code erase/1} ... of
 * {@code erl_process_dict.c}): Key/Value term pairs, keys compared with {@code =:=}.
 *
 * <p>The pairs are plain term words held in Java arrays; the terms themselves stay where they
 * are (on the process heap, or in a literal area), exactly as BEAM's dictionary only points
 * at its terms. So the dictionary is a set of GC roots: a collector must call
 * {@link #forEachDictionaryTerm} and store back every moved term, as it does for the X and Y
 * registers. Lookup is by {@link InternalHash} (content, never address), so moving a term
 * does not disturb the index.
 *
 * <p>Slots are kept in insertion order with holes compacted away, so {@code get/0} lists the
 * pairs in a stable order (OTP's own order is its hash table's; programs must not rely on it).
 * Lookups go through a hash index, so {@code get}/{@code put} stay cheap for big
 * dictionaries; {@code erase/1} renumbers the later slots.
 */
public final class ProcessDictionary {
    private final TermOrder order;
    private long[] keys = new long[8];
    private long[] values = new long[8];
    private int[] hashes = new int[8];
    private int size;
    /** Slots by key hash; a bucket lists every slot whose key has that hash. */
    private final Map<Integer, List<Integer>> slotsByHash = new HashMap<>();

    public ProcessDictionary(TermOrder order) {
        this.order = order;
    }

    public int size() {
        return size;
    }

    public long key(int slot) {
        return keys[slot];
    }

    public long value(int slot) {
        return values[slot];
    }

    /** The value under {@code key}, or {@link TermTags#NON_VALUE}. */
    public long get(long key) {
        int slot = find(key);
        return slot < 0 ? TermTags.NON_VALUE : values[slot];
    }

    /** Stores {@code value} under {@code key}; returns the old value or {@link TermTags#NON_VALUE}. */
    public long put(long key, long value) {
        int slot = find(key);
        if (slot >= 0) {
            long old = values[slot];
            values[slot] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int hash = InternalHash.hash(key);
        keys[size] = key;
        values[size] = value;
        hashes[size] = hash;
        slotsByHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(size);
        size++;
        return TermTags.NON_VALUE;
    }

    /** Removes {@code key}; returns its value or {@link TermTags#NON_VALUE}. */
    public long erase(long key) {
        int slot = find(key);
        if (slot < 0) {
            return TermTags.NON_VALUE;
        }
        long old = values[slot];
        reindexFrom(slot, -1);
        int after = size - slot - 1;
        System.arraycopy(keys, slot + 1, keys, slot, after);
        System.arraycopy(values, slot + 1, values, slot, after);
        System.arraycopy(hashes, slot + 1, hashes, slot, after);
        size--;
        return old;
    }

    public void clear() {
        size = 0;
        slotsByHash.clear();
    }

    /** Erasing {@code slot} shifts the later slots down by one: drop it and renumber them. */
    private void reindexFrom(int slot, int shift) {
        List<Integer> bucket = slotsByHash.get(hashes[slot]);
        bucket.remove(Integer.valueOf(slot));
        if (bucket.isEmpty()) {
            slotsByHash.remove(hashes[slot]);
        }
        for (int i = slot + 1; i < size; i++) {
            List<Integer> later = slotsByHash.get(hashes[i]);
            later.set(later.indexOf(i), i + shift);
        }
    }

    /**
     * The GC root walk: {@code visitor} gets every key and every value word and returns the
     * word to keep (the term's new address after a move, or the same word).
     */
    public void forEachDictionaryTerm(LongUnaryOperator visitor) {
        for (int i = 0; i < size; i++) {
            keys[i] = visitor.applyAsLong(keys[i]);
            values[i] = visitor.applyAsLong(values[i]);
        }
    }

    private int find(long key) {
        List<Integer> bucket = slotsByHash.get(InternalHash.hash(key));
        if (bucket != null) {
            for (int slot : bucket) {
                if (keys[slot] == key || order.exactEquals(keys[slot], key)) {
                    return slot;
                }
            }
        }
        return -1;
    }
}
