package org.jbeam.vm.ets;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.Tuples;

/**
 * One object a table holds: a deep copy of the inserted tuple in a fragment of its own, so
 * that deleting the object frees exactly its memory (OTP keeps each object in its own
 * {@code DbTerm} allocation for the same reason).
 */
final class StoredObject {
    private final long term;
    private final HeapFragments memory;

    private StoredObject(long term, HeapFragments memory) {
        this.term = term;
        this.memory = memory;
    }

    /** A table-owned copy of {@code tuple}, which the caller checked is a tuple. */
    static StoredObject copyOf(long tuple) {
        HeapFragments memory = new HeapFragments(Math.max(16, Tuples.arity(tuple) + 1));
        return new StoredObject(TermCopier.copy(tuple, memory), memory);
    }

    /** The stored tuple (valid until {@link #free}). */
    long term() {
        return term;
    }

    /** Element {@code keypos} of the stored tuple. */
    long key(int keypos) {
        return Tuples.element(term, keypos);
    }

    /** Frees the copy: called once the table no longer holds the object and no reader uses it. */
    void free() {
        memory.close();
    }
}
