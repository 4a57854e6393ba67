package org.jbeam.vm.ets;

import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code ets:update_counter/3,4} and {@code ets:update_element/3} ({@code erl_db.c}'s
 * {@code do_update_counter} and {@code ets_update_element_3}): the object's elements are
 * changed in a copy, every operation checked, and the new object replaces the old one only
 * when all of them were valid. Both work on {@code set} and {@code ordered_set} tables only.
 */
final class EtsCounters {
    private EtsCounters() {}

    /**
     * Applies the counter operations {@code ops} (an increment, a {@code {Pos, Incr}} or
     * {@code {Pos, Incr, Threshold, SetValue}} tuple, or a list of tuples) to the object with key
     * {@code key}, or to {@code fallback} (with its key set to {@code key}) when there is none
     * and {@code fallback} is not {@code NON_VALUE}.
     */
    static long updateCounter(EtsTable table, HeapAllocator heap, TermOrder order, long key, long ops, long fallback) {
        long[] elements = elementsToUpdate(table, key, fallback);
        if (elements == null) {
            throw ErlangException.badarg("ets:update_counter: no object with that key");
        }
        long result;
        if (Integers.isInteger(ops)) {
            result = apply(table, heap, order, elements, Tuples.make(heap, TermTags.makeSmall(table.keypos() + 1), ops));
        } else if (Tuples.isTuple(ops)) {
            result = apply(table, heap, order, elements, ops);
        } else if (Lists.properLength(ops) >= 0) {
            long length = Lists.properLength(ops);
            long[] results = new long[(int) length];
            long rest = ops;
            for (int i = 0; i < length; i++, rest = Lists.tail(rest)) {
                results[i] = apply(table, heap, order, elements, Lists.head(rest));
            }
            result = Lists.of(heap, results);
        } else {
            throw ErlangException.badarg("ets:update_counter: bad operation");
        }
        table.insert(Tuples.make(heap, elements));
        return result;
    }

    /** Sets elements as {@code ops} ({@code {Pos, Value}} or a list of them) says; false when the key is missing. */
    static boolean updateElement(EtsTable table, HeapAllocator heap, long key, long ops) {
        long[] elements = elementsToUpdate(table, key, TermTags.NON_VALUE);
        if (elements == null) {
            return false;
        }
        if (Tuples.isTuple(ops)) {
            setElement(table, elements, ops);
        } else if (Lists.properLength(ops) >= 0) {
            for (long rest = ops; TermTags.isList(rest); rest = Lists.tail(rest)) {
                setElement(table, elements, Lists.head(rest));
            }
        } else {
            throw ErlangException.badarg("ets:update_element/3: bad operation");
        }
        table.insert(Tuples.make(heap, elements));
        return true;
    }

    private static long[] elementsToUpdate(EtsTable table, long key, long fallback) {
        if (!table.type().isSetLike()) {
            throw ErlangException.badarg("ets: counters and elements are updated in set tables only");
        }
        var found = table.lookup(key);
        long base;
        if (!found.isEmpty()) {
            base = found.get(0).term();
        } else if (fallback == TermTags.NON_VALUE) {
            return null;
        } else if (!Tuples.isTuple(fallback) || Tuples.arity(fallback) < table.keypos()) {
            throw ErlangException.badarg("ets:update_counter/4: bad default object");
        } else {
            base = fallback;
        }
        long[] elements = new long[Tuples.arity(base)];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = Tuples.element(base, i + 1);
        }
        if (found.isEmpty()) {
            elements[table.keypos() - 1] = key;
        }
        return elements;
    }

    private static int position(EtsTable table, long[] elements, long pos) {
        if (!TermTags.isSmall(pos) || TermTags.smallValue(pos) < 1 || TermTags.smallValue(pos) > elements.length
                || TermTags.smallValue(pos) == table.keypos()) {
            throw ErlangException.badarg("ets: bad element position");
        }
        return (int) TermTags.smallValue(pos) - 1;
    }

    private static long apply(EtsTable table, HeapAllocator heap, TermOrder order, long[] elements, long op) {
        int arity = Tuples.isTuple(op) ? Tuples.arity(op) : 0;
        if (arity != 2 && arity != 4) {
            throw ErlangException.badarg("ets:update_counter: bad operation");
        }
        int index = position(table, elements, Tuples.element(op, 1));
        long increment = Tuples.element(op, 2);
        if (!Integers.isInteger(increment) || !Integers.isInteger(elements[index])) {
            throw ErlangException.badarg("ets:update_counter: not an integer");
        }
        long value = Arithmetic.add(heap, elements[index], increment);
        if (arity == 4) {
            long threshold = Tuples.element(op, 3);
            long setValue = Tuples.element(op, 4);
            if (!Integers.isInteger(threshold) || !Integers.isInteger(setValue)) {
                throw ErlangException.badarg("ets:update_counter: bad threshold");
            }
            boolean upward = order.compare(increment, TermTags.makeSmall(0)) >= 0;
            int side = order.compare(value, threshold);
            if (upward ? side > 0 : side < 0) {
                value = setValue;
            }
        }
        elements[index] = value;
        return value;
    }

    private static void setElement(EtsTable table, long[] elements, long op) {
        if (!Tuples.isTuple(op) || Tuples.arity(op) != 2) {
            throw ErlangException.badarg("ets:update_element/3: bad operation");
        }
        elements[position(table, elements, Tuples.element(op, 1))] = Tuples.element(op, 2);
    }
}
