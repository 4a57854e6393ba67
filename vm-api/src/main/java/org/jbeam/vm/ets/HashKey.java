package org.jbeam.vm.ets;

import org.jbeam.vm.term.InternalHash;
import org.jbeam.vm.term.TermEquality;

/**
 * A key of a hash table ({@code set}, {@code bag}, {@code duplicate_bag}) as a Java map key:
 * keys there are the same when they are {@code =:=} (so {@code 1} and {@code 1.0} are two
 * keys), as {@code erl_db_hash.c} compares them with {@code EQ}.
 */
final class HashKey {
    private final long term;
    private final int hash;

    HashKey(long term) {
        this.term = term;
        this.hash = InternalHash.hash(term);
    }

    long term() {
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
