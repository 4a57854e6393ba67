package org.jbeam.vm.bif;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The tuple-building BIFs of {@code erlang} ({@code bif.c}, {@code erl_bif_info.c}):
 * {@code tuple_to_list}, {@code list_to_tuple}, {@code make_tuple/2,3},
 * {@code append_element}, {@code insert_element} and {@code delete_element}. Bad indices and
 * non-tuples are {@code badarg}.
 */
final class TupleBifs {
    private TupleBifs() {}

    /** BEAM's {@code MAX_ARITYVAL}: the largest tuple the header can describe. */
    static final long MAX_ARITY = (1L << 24) - 1;

    static void register(BifTable t) {
        t.register("erlang", "tuple_to_list", 1, (p, a) -> tupleToList(p.heap(), a[0]));
        t.register("erlang", "list_to_tuple", 1, (p, a) -> listToTuple(p.heap(), a[0]));
        t.register("erlang", "make_tuple", 2, (p, a) -> makeTuple(p.heap(), a[0], a[1], TermTags.NIL));
        t.register("erlang", "make_tuple", 3, (p, a) -> makeTuple(p.heap(), a[0], a[1], a[2]));
        t.register("erlang", "append_element", 2, (p, a) -> {
            requireTuple(a[0]);
            return insert(p.heap(), a[0], Tuples.arity(a[0]) + 1, a[1]);
        });
        t.register("erlang", "insert_element", 3, (p, a) -> {
            requireTuple(a[1]);
            return insert(p.heap(), a[1], index(a[0], Tuples.arity(a[1]) + 1), a[2]);
        });
        t.register("erlang", "delete_element", 2, (p, a) -> {
            requireTuple(a[1]);
            return delete(p.heap(), a[1], index(a[0], Tuples.arity(a[1])));
        });
    }

    private static void requireTuple(long term) {
        TermText.require(Tuples.isTuple(term), "not a tuple");
    }

    /** A 1-based index in {@code [1, max]}; else {@code badarg}. */
    private static int index(long index, int max) {
        TermText.require(TermTags.isSmall(index), "index is not an integer");
        long i = TermTags.smallValue(index);
        TermText.require(i >= 1 && i <= max, "index out of range");
        return (int) i;
    }

    private static long tupleToList(HeapAllocator heap, long tuple) {
        requireTuple(tuple);
        long list = TermTags.NIL;
        for (int i = Tuples.arity(tuple); i >= 1; i--) {
            list = Lists.cons(heap, Tuples.element(tuple, i), list);
        }
        return list;
    }

    private static long listToTuple(HeapAllocator heap, long list) {
        long length = Lists.properLength(list);
        TermText.require(length >= 0, "not a proper list");
        if (length > MAX_ARITY) {
            throw ErlangException.systemLimit("tuple too large");
        }
        long tuple = Tuples.allocate(heap, (int) length);
        long rest = list;
        for (int i = 1; i <= length; i++) {
            Tuples.setElement(tuple, i, Lists.head(rest));
            rest = Lists.tail(rest);
        }
        return tuple;
    }

    /** {@code make_tuple(N, Default, [{Pos, Term}])}: later pairs win over earlier ones. */
    private static long makeTuple(HeapAllocator heap, long size, long initial, long pairs) {
        TermText.require(TermTags.isSmall(size) && TermTags.smallValue(size) >= 0, "bad tuple size");
        long arity = TermTags.smallValue(size);
        if (arity > MAX_ARITY) {
            throw ErlangException.systemLimit("tuple too large");
        }
        TermText.require(Lists.properLength(pairs) >= 0, "not a proper list");
        for (long rest = pairs; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            long pair = Lists.head(rest);
            TermText.require(Tuples.isTuple(pair) && Tuples.arity(pair) == 2, "not a {Pos, Term} pair");
            index(Tuples.element(pair, 1), (int) arity);
        }
        long tuple = Tuples.allocate(heap, (int) arity);
        for (int i = 1; i <= arity; i++) {
            Tuples.setElement(tuple, i, initial);
        }
        for (long rest = pairs; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            long pair = Lists.head(rest);
            Tuples.setElement(tuple, (int) TermTags.smallValue(Tuples.element(pair, 1)), Tuples.element(pair, 2));
        }
        return tuple;
    }

    private static long insert(HeapAllocator heap, long tuple, int at, long value) {
        int arity = Tuples.arity(tuple);
        if (arity + 1L > MAX_ARITY) {
            throw ErlangException.systemLimit("tuple too large");
        }
        long copy = Tuples.allocate(heap, arity + 1);
        for (int i = 1, from = 1; i <= arity + 1; i++) {
            Tuples.setElement(copy, i, i == at ? value : Tuples.element(tuple, from++));
        }
        return copy;
    }

    private static long delete(HeapAllocator heap, long tuple, int at) {
        int arity = Tuples.arity(tuple);
        long copy = Tuples.allocate(heap, arity - 1);
        for (int i = 1, to = 1; i <= arity; i++) {
            if (i != at) {
                Tuples.setElement(copy, to++, Tuples.element(tuple, i));
            }
        }
        return copy;
    }
}
