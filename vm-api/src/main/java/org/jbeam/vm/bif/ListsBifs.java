package org.jbeam.vm.bif;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code lists} functions OTP implements as BIFs ({@code erl_bif_lists.c}); their Erlang
 * definitions in {@code lists.erl} are stubs.
 */
final class ListsBifs {
    private ListsBifs() {}

    /** Elements {@code lists:reverse/2} moves per call before it traps; each ten cost a reduction. */
    static final int REVERSE_CHUNK = 4000;

    static void register(BifTable t) {
        t.register("lists", "reverse", 2, ListsBifs::reverseInChunks);
    }

    /**
     * {@code lists:reverse/2} a chunk at a time, as OTP traps it: when more than a chunk is
     * left, the rest and the reversed part so far go back into X0 and X1 and the call traps.
     */
    private static long reverseInChunks(ErlangProcess p, long[] a) {
        long result = a[1];
        long rest = a[0];
        int moved = 0;
        while (TermTags.isList(rest) && moved < REVERSE_CHUNK) {
            result = Lists.cons(p.heap(), Lists.head(rest), result);
            rest = Lists.tail(rest);
            moved++;
        }
        p.consumeReductions(moved / 10);
        if (TermTags.isList(rest)) {
            p.setX(0, rest);
            p.setX(1, result);
            return Bif.TRAP;
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("lists:reverse/2 of an improper list");
        }
        return result;
    }

    /** {@code lists:reverse(List, Tail)}: {@code badarg} when {@code List} is not a proper list. */
    static long reverse(HeapAllocator heap, long list, long tail) {
        long result = tail;
        long rest = list;
        while (TermTags.isList(rest)) {
            result = Lists.cons(heap, Lists.head(rest), result);
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("lists:reverse/2 of an improper list");
        }
        return result;
    }
}
