package org.jbeam.vm.term;

import org.jbeam.vm.memory.NativeMemory;

/** Reading boxed terms: the header word a boxed pointer points to, and its fields. */
public final class Boxed {
    private Boxed() {}

    public static long header(long boxedTerm) {
        return NativeMemory.word(TermTags.pointer(boxedTerm));
    }

    /** The header subtag of a boxed term, or -1 when {@code term} is not boxed. */
    public static int subtag(long term) {
        return TermTags.isBoxed(term) ? TermTags.headerSubtag(header(term)) : -1;
    }

    /** Word {@code index} of a boxed object, the header being word 0. */
    public static long field(long boxedTerm, int index) {
        return NativeMemory.wordAt(TermTags.pointer(boxedTerm), index);
    }

    public static void setField(long boxedTerm, int index, long value) {
        NativeMemory.setWordAt(TermTags.pointer(boxedTerm), index, value);
    }
}
