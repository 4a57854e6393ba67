package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/** Tuples: a header of arity N and subtag 0, then the N elements. */
public final class Tuples {
    private Tuples() {}

    public static boolean isTuple(long term) {
        return TermTags.isBoxed(term) && TermTags.headerSubtag(Boxed.header(term)) == TermTags.TUPLE_SUBTAG;
    }

    public static long make(HeapAllocator heap, long... elements) {
        long address = heap.allocate(elements.length + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(elements.length, TermTags.TUPLE_SUBTAG));
        for (int i = 0; i < elements.length; i++) {
            NativeMemory.setWordAt(address, i + 1, elements[i]);
        }
        return TermTags.makeBoxed(address);
    }

    /** A tuple of {@code arity} elements, each set to {@code []}, for the caller to fill. */
    public static long allocate(HeapAllocator heap, int arity) {
        long address = heap.allocate(arity + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(arity, TermTags.TUPLE_SUBTAG));
        for (int i = 1; i <= arity; i++) {
            NativeMemory.setWordAt(address, i, TermTags.NIL);
        }
        return TermTags.makeBoxed(address);
    }

    public static int arity(long tuple) {
        return (int) TermTags.headerArity(Boxed.header(tuple));
    }

    /** Element {@code index}, counted from 1 as {@code element/2} counts. */
    public static long element(long tuple, int index) {
        return Boxed.field(tuple, index);
    }

    public static void setElement(long tuple, int index, long value) {
        Boxed.setField(tuple, index, value);
    }
}
