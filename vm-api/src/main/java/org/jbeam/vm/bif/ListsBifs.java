package org.jbeam.vm.bif;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code lists} functions OTP implements as BIFs ({@code erl_bif_lists.c}); their Erlang
 * definitions in {@code lists.erl} are stubs.
 */
final class ListsBifs {
    private ListsBifs() {}

    static void register(BifTable t) {
        t.register("lists", "reverse", 2, (p, a) -> reverse(p.heap(), a[0], a[1]));
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
