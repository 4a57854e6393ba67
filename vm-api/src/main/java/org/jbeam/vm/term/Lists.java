package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/** Cons cells: two words, head then tail, pointed to by a list-tagged term. */
public final class Lists {
    private Lists() {}

    public static long cons(HeapAllocator heap, long head, long tail) {
        long address = heap.allocate(2);
        NativeMemory.setWord(address, head);
        NativeMemory.setWordAt(address, 1, tail);
        return TermTags.makeList(address);
    }

    public static long head(long cons) {
        return NativeMemory.word(TermTags.pointer(cons));
    }

    public static long tail(long cons) {
        return NativeMemory.wordAt(TermTags.pointer(cons), 1);
    }

    /** A proper list of {@code elements}. */
    public static long of(HeapAllocator heap, long... elements) {
        long list = TermTags.NIL;
        for (int i = elements.length - 1; i >= 0; i--) {
            list = cons(heap, elements[i], list);
        }
        return list;
    }

    /** The length of a proper list, or -1 when {@code term} is not one. */
    public static long properLength(long term) {
        long length = 0;
        while (TermTags.isList(term)) {
            length++;
            term = tail(term);
        }
        return term == TermTags.NIL ? length : -1;
    }
}
