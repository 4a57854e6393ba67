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

    /** {@code lists:reverse/2} under way: X0, X1 the call's arguments, X2 the rest, X3 the reversed part. */
    private static final BifTrap REVERSING = new BifTrap(ListsBifs::reverseFurther, 4);

    static void register(BifTable t) {
        t.register("lists", "reverse", 2, (p, a) -> reverse(p, a[0], a[1], a[0], a[1]));
    }

    private static long reverseFurther(ErlangProcess p, long[] a) {
        return reverse(p, a[0], a[1], a[2], a[3]);
    }

    /**
     * {@code lists:reverse(List, Tail)} as much as the slice pays for, as OTP traps it: when more
     * is left, the call traps with the rest and the reversed part so far.
     */
    private static long reverse(ErlangProcess p, long list, long tail, long rest, long result) {
        ListSlices.Reversal step = ListSlices.reverseOnto(p, rest, result);
        if (!step.done()) {
            return p.trap(REVERSING, list, tail, step.rest(), step.reversed());
        }
        if (step.rest() != TermTags.NIL) {
            throw ErlangException.badarg("lists:reverse/2 of an improper list");
        }
        return step.reversed();
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
