package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Funs and external funs.
 *
 * <pre>
 * local fun  [header(4 + free, FUN)] [fun entry address] [arity] [free count] [creator pid] [free 1] ...
 * export     [header(1, EXPORT)] [export entry address]                        fun M:F/A
 * </pre>
 *
 * {@code arity} is what callers pass (the entry's arity less the free variables); the
 * entry and export layouts are in {@link org.jbeam.vm.code.FunEntry} and
 * {@link org.jbeam.vm.code.ExportEntry}.
 */
public final class Funs {
    private Funs() {}

    private static final int FIXED_WORDS = 5;

    public static long makeLocal(HeapAllocator heap, long funEntry, int arity, long creator, long[] free) {
        long address = heap.allocate(FIXED_WORDS + free.length);
        NativeMemory.setWord(address, TermTags.makeHeader(FIXED_WORDS - 1 + free.length, TermTags.FUN_SUBTAG));
        NativeMemory.setWordAt(address, 1, funEntry);
        NativeMemory.setWordAt(address, 2, arity);
        NativeMemory.setWordAt(address, 3, free.length);
        NativeMemory.setWordAt(address, 4, creator);
        for (int i = 0; i < free.length; i++) {
            NativeMemory.setWordAt(address, FIXED_WORDS + i, free[i]);
        }
        return TermTags.makeBoxed(address);
    }

    public static long makeExport(HeapAllocator heap, long exportEntry) {
        long address = heap.allocate(2);
        NativeMemory.setWord(address, TermTags.makeHeader(1, TermTags.EXPORT_SUBTAG));
        NativeMemory.setWordAt(address, 1, exportEntry);
        return TermTags.makeBoxed(address);
    }

    public static boolean isLocalFun(long term) {
        return Boxed.subtag(term) == TermTags.FUN_SUBTAG;
    }

    public static boolean isExport(long term) {
        return Boxed.subtag(term) == TermTags.EXPORT_SUBTAG;
    }

    public static boolean isFun(long term) {
        int subtag = Boxed.subtag(term);
        return subtag == TermTags.FUN_SUBTAG || subtag == TermTags.EXPORT_SUBTAG;
    }

    public static long funEntry(long localFun) {
        return Boxed.field(localFun, 1);
    }

    public static int arity(long localFun) {
        return (int) Boxed.field(localFun, 2);
    }

    public static int freeCount(long localFun) {
        return (int) Boxed.field(localFun, 3);
    }

    public static long creator(long localFun) {
        return Boxed.field(localFun, 4);
    }

    public static long freeVariable(long localFun, int index) {
        return Boxed.field(localFun, FIXED_WORDS + index);
    }

    /** The address of free variable {@code index}, for code that fills a fun in place. */
    public static long freeVariableAddress(long localFun, int index) {
        return TermTags.pointer(localFun) + (long) (FIXED_WORDS + index) * NativeMemory.WORD_BYTES;
    }

    public static long exportEntry(long export) {
        return Boxed.field(export, 1);
    }
}
