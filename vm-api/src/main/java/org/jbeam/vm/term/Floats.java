package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/** Floats: a header of arity 1 and the IEEE 754 double. Erlang has no NaN or infinity. */
public final class Floats {
    private Floats() {}

    public static boolean isFloat(long term) {
        return TermTags.isBoxed(term) && TermTags.headerSubtag(Boxed.header(term)) == TermTags.FLOAT_SUBTAG;
    }

    public static long make(HeapAllocator heap, double value) {
        long address = heap.allocate(2);
        NativeMemory.setWord(address, TermTags.makeHeader(1, TermTags.FLOAT_SUBTAG));
        NativeMemory.setDoubleAt(address + NativeMemory.WORD_BYTES, value);
        return TermTags.makeBoxed(address);
    }

    public static double value(long floatTerm) {
        return NativeMemory.doubleAt(TermTags.pointer(floatTerm) + NativeMemory.WORD_BYTES);
    }
}
