package org.jbeam.vm.code;

import org.jbeam.vm.memory.NativeMemory;

/**
 * The native layout of a fun entry: what every fun made from one {@code fun} expression of a
 * module shares (an entry of the {@code FunT} chunk), found by module, index and unique md5.
 *
 * <pre>
 * [0] module atom  [1] index  [2] old uniq (32 bits)  [3] arity, free variables included
 * [4] uniq md5 high 64 bits   [5] uniq md5 low 64 bits  [6] old index
 * [7] tier id (0 while its module is not loaded)      [8] code position in that tier
 * </pre>
 */
public final class FunEntry {
    private FunEntry() {}

    public static final int MODULE = 0;
    public static final int INDEX = 1;
    public static final int OLD_UNIQ = 2;
    public static final int ARITY = 3;
    public static final int UNIQ_HIGH = 4;
    public static final int UNIQ_LOW = 5;
    public static final int OLD_INDEX = 6;
    public static final int TIER = 7;
    public static final int CODE = 8;
    public static final int WORDS = 9;

    public static long module(long entry) {
        return NativeMemory.wordAt(entry, MODULE);
    }

    public static int index(long entry) {
        return (int) NativeMemory.wordAt(entry, INDEX);
    }

    public static long oldUniq(long entry) {
        return NativeMemory.wordAt(entry, OLD_UNIQ);
    }

    public static int oldIndex(long entry) {
        return (int) NativeMemory.wordAt(entry, OLD_INDEX);
    }

    public static int arity(long entry) {
        return (int) NativeMemory.wordAt(entry, ARITY);
    }

    /** The 16-byte md5 of the module the fun was compiled in, as the external format writes it. */
    public static byte[] uniq(long entry) {
        byte[] md5 = new byte[16];
        long high = NativeMemory.wordAt(entry, UNIQ_HIGH);
        long low = NativeMemory.wordAt(entry, UNIQ_LOW);
        for (int i = 0; i < 8; i++) {
            md5[i] = (byte) (high >>> (56 - 8 * i));
            md5[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return md5;
    }

    public static int tier(long entry) {
        return (int) NativeMemory.wordAt(entry, TIER);
    }

    public static long code(long entry) {
        return NativeMemory.wordAt(entry, CODE);
    }

    public static void bind(long entry, int tier, long code) {
        NativeMemory.setWordAt(entry, CODE, code);
        NativeMemory.setWordAt(entry, TIER, tier);
    }
}
