package org.jbeam.vm.bif;

import java.util.HashMap;
import java.util.Map;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.ets.HashKey;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * List BIFs beyond {@link ListsBifs}: {@code erlang:'++'/2}, {@code erlang:'--'/2} and the
 * {@code lists} searches OTP implements in C ({@code erl_bif_lists.c}): {@code member/2}
 * (exact equality), {@code keyfind/3}, {@code keymember/3}, {@code keysearch/3} (arithmetic
 * equality, {@code ==}). An improper list is {@code badarg} once the search reaches its end.
 */
final class ListBifs {
    private ListBifs() {}

    static void register(BifTable t) {
        long value = t.atoms().atom("value");
        t.register("erlang", "++", 2, (p, a) -> append(p, a[0], a[1]));
        t.register("erlang", "append", 2, (p, a) -> append(p, a[0], a[1]));
        t.register("erlang", "length", 1, (p, a) -> {
            p.setX(0, a[0]);
            p.setX(1, a[0]);
            p.setX(2, TermTags.makeSmall(0));
            return length(p, a);
        });
        t.register("erlang", "--", 2, (p, a) -> subtract(p, a[0], a[1]));
        t.register("lists", "member", 2, (p, a) -> Atoms.bool(member(p.order(), a[0], a[1])));
        t.register("lists", "keyfind", 3, (p, a) -> {
            long found = keyFind(p.order(), a[0], a[1], a[2]);
            return found == TermTags.NON_VALUE ? Atoms.FALSE : found;
        });
        t.register("lists", "keymember", 3,
                (p, a) -> Atoms.bool(keyFind(p.order(), a[0], a[1], a[2]) != TermTags.NON_VALUE));
        t.register("lists", "keysearch", 3, (p, a) -> {
            long found = keyFind(p.order(), a[0], a[1], a[2]);
            return found == TermTags.NON_VALUE ? Atoms.FALSE : Tuples.make(p.heap(), value, found);
        });
    }

    /** {@code A ++ B} reversing {@code A}: X0, X1 the operands, X2 the rest of A, X3 its reversed part. */
    private static final BifTrap APPEND_REVERSING = new BifTrap(ListBifs::appendReversing, 4);
    /** {@code A ++ B} rebuilding: X0, X1 the operands, X2 the rest of A's reversal, X3 the result so far. */
    private static final BifTrap APPEND_REBUILDING = new BifTrap(ListBifs::appendRebuilding, 4);
    /** {@code length(List)} under way: X0 the list, X1 the rest, X2 the count so far. */
    private static final BifTrap COUNTING = new BifTrap(ListBifs::length, 3);

    /**
     * {@code A ++ B}: copies {@code A} (a proper list) in front of {@code B}, which may be
     * anything. When {@code A} is longer than the slice pays for, the copy traps as OTP's does:
     * {@code A} is reversed, then the reversal reversed onto {@code B}, a slice at a time.
     */
    private static long append(ErlangProcess p, long front, long back) {
        int budget = p.workBudget();
        long rest = front;
        int length = 0;
        while (TermTags.isList(rest) && length < budget) {
            rest = Lists.tail(rest);
            length++;
        }
        p.chargeWork(length);
        if (rest == TermTags.NIL) {
            return append(p.heap(), front, back, length);
        }
        TermText.require(TermTags.isList(rest), "left operand of ++ is not a proper list");
        return appendReversing(p, front, back, front, TermTags.NIL);
    }

    private static long appendReversing(ErlangProcess p, long[] a) {
        return appendReversing(p, a[0], a[1], a[2], a[3]);
    }

    private static long appendReversing(ErlangProcess p, long front, long back, long rest, long reversed) {
        ListSlices.Reversal step = ListSlices.reverseOnto(p, rest, reversed);
        if (!step.done()) {
            return p.trap(APPEND_REVERSING, front, back, step.rest(), step.reversed());
        }
        TermText.require(step.rest() == TermTags.NIL, "left operand of ++ is not a proper list");
        return appendRebuilding(p, new long[] {front, back, step.reversed(), back});
    }

    private static long appendRebuilding(ErlangProcess p, long[] a) {
        ListSlices.Reversal step = ListSlices.reverseOnto(p, a[2], a[3]);
        return step.done() ? step.reversed() : p.trap(APPEND_REBUILDING, a[0], a[1], step.rest(), step.reversed());
    }

    static long append(HeapAllocator heap, long front, long back) {
        long length = Lists.properLength(front);
        TermText.require(length >= 0, "left operand of ++ is not a proper list");
        return append(heap, front, back, length);
    }

    private static long append(HeapAllocator heap, long front, long back, long length) {
        if (length == 0) {
            return back;
        }
        long[] elements = elements(front, (int) length);
        long result = back;
        for (int i = elements.length - 1; i >= 0; i--) {
            result = Lists.cons(heap, elements[i], result);
        }
        return result;
    }

    /**
     * {@code length(List)}, counting as far as the slice pays for and then trapping with the
     * count so far (OTP traps {@code length/1} the same way); {@code badarg} for an improper list.
     */
    private static long length(ErlangProcess p, long[] a) {
        long length = ListSlices.countFurther(p, 0);
        return length != TermTags.NON_VALUE ? length : p.trap(COUNTING, p.x(0), p.x(1), p.x(2));
    }


    /** {@code A -- B}: for each element of {@code B}, the first exactly equal element of {@code A} goes. */
    static long subtract(ErlangProcess process, long from, long remove) {
        long fromLength = Lists.properLength(from);
        long removeLength = Lists.properLength(remove);
        TermText.require(fromLength >= 0 && removeLength >= 0, "operand of -- is not a proper list");
        if (fromLength == 0 || removeLength == 0) {
            return from;
        }
        long[] kept = elements(from, (int) fromLength);
        // Each element of the right operand removes one =:= element, the first, from the left
        // one: counted in a hash map, so large operands cost O(n + m) as OTP's tree does.
        Map<HashKey, Integer> toRemove = new HashMap<>();
        for (long rest = remove; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            toRemove.merge(new HashKey(Lists.head(rest)), 1, Integer::sum);
        }
        boolean[] gone = new boolean[kept.length];
        for (int i = 0; i < kept.length && !toRemove.isEmpty(); i++) {
            HashKey key = new HashKey(kept[i]);
            Integer left = toRemove.get(key);
            if (left != null) {
                gone[i] = true;
                if (left == 1) {
                    toRemove.remove(key);
                } else {
                    toRemove.put(key, left - 1);
                }
            }
        }
        long result = TermTags.NIL;
        for (int i = kept.length - 1; i >= 0; i--) {
            if (!gone[i]) {
                result = Lists.cons(process.heap(), kept[i], result);
            }
        }
        return result;
    }

    private static long[] elements(long list, int length) {
        long[] out = new long[length];
        long rest = list;
        for (int i = 0; i < length; i++) {
            out[i] = Lists.head(rest);
            rest = Lists.tail(rest);
        }
        return out;
    }

    static boolean member(TermOrder order, long element, long list) {
        long rest = list;
        while (TermTags.isList(rest)) {
            if (order.exactEquals(Lists.head(rest), element)) {
                return true;
            }
            rest = Lists.tail(rest);
        }
        TermText.require(rest == TermTags.NIL, "not a proper list");
        return false;
    }

    /** The first tuple whose {@code position}-th element {@code ==} key, or NON_VALUE. */
    static long keyFind(TermOrder order, long key, long position, long list) {
        TermText.require(TermTags.isSmall(position) && TermTags.smallValue(position) >= 1, "bad key position");
        long n = TermTags.smallValue(position);
        long rest = list;
        while (TermTags.isList(rest)) {
            long tuple = Lists.head(rest);
            if (Tuples.isTuple(tuple) && n <= Tuples.arity(tuple)
                    && order.arithmeticEquals(Tuples.element(tuple, (int) n), key)) {
                return tuple;
            }
            rest = Lists.tail(rest);
        }
        TermText.require(rest == TermTags.NIL, "not a proper list");
        return TermTags.NON_VALUE;
    }
}
