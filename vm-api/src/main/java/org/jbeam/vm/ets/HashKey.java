package org.jbeam.vm.ets;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.InternalHash;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;

/**
 * A key of a hash table ({@code set}, {@code bag}, {@code duplicate_bag}) as a Java map key:
 * keys there are the same when they are {@code =:=} (so {@code 1} and {@code 1.0} are two
 * keys), as {@code erl_db_hash.c} compares them with {@code EQ}.
 *
 * <p>A probe key ({@link #HashKey(long)}) borrows the caller's term. The key a table files its
 * objects under ({@link #owned}) holds a copy of its own, because the objects it was taken from
 * come and go (a {@code set} replaces its object, a {@code bag} loses its first) while the key
 * stays; {@link #free} releases the copy when the table forgets the key.
 */
public final class HashKey {
    private final long term;
    private final int hash;
    private final HeapFragments memory;

    public HashKey(long term) {
        this(term, null);
    }

    private HashKey(long term, HeapFragments memory) {
        this.term = term;
        this.hash = InternalHash.hash(term);
        this.memory = memory;
    }

    /** A key that owns a copy of {@code term} (immediates need none). */
    static HashKey owned(long term) {
        if (TermTags.isImmediate(term)) {
            return new HashKey(term, null);
        }
        HeapFragments memory = new HeapFragments(16);
        return new HashKey(TermCopier.copy(term, memory), memory);
    }

    /** Releases an owned key's copy. */
    void free() {
        if (memory != null) {
            memory.close();
        }
    }

    public long term() {
        return term;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashKey key && key.hash == hash && TermEquality.exactEquals(key.term, term);
    }
}
