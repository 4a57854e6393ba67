package org.jbeam.vm.code;

import org.jbeam.vm.memory.NativeMemory;

/**
 * The native layout of an export entry (contract 3: calls go through export entries that
 * know the callee's tier).
 *
 * <pre>
 * [0] module atom   [1] function atom   [2] arity
 * [3] tier id (0 while the function is not loaded)   [4] code position in that tier
 * </pre>
 */
public final class ExportEntry {
    private ExportEntry() {}

    public static final int MODULE = 0;
    public static final int FUNCTION = 1;
    public static final int ARITY = 2;
    public static final int TIER = 3;
    public static final int CODE = 4;
    public static final int WORDS = 5;

    public static long module(long entry) {
        return NativeMemory.wordAt(entry, MODULE);
    }

    public static long function(long entry) {
        return NativeMemory.wordAt(entry, FUNCTION);
    }

    public static int arity(long entry) {
        return (int) NativeMemory.wordAt(entry, ARITY);
    }

    public static int tier(long entry) {
        return (int) NativeMemory.wordAt(entry, TIER);
    }

    public static long code(long entry) {
        return NativeMemory.wordAt(entry, CODE);
    }

    /** Points the entry at loaded code; {@code tier} 0 marks it not loaded again. */
    public static void bind(long entry, int tier, long code) {
        NativeMemory.setWordAt(entry, CODE, code);
        NativeMemory.setWordAt(entry, TIER, tier);
    }
}
