package org.jbeam.arch.x86_64.asm;

/** The factor an index register is multiplied by in a memory operand (the SIB byte's bits 7..6). */
public enum Scale {
    TIMES_1, TIMES_2, TIMES_4, TIMES_8;

    /** The 2-bit SIB encoding: log2 of the factor. */
    int bits() {
        return ordinal();
    }

    /** The factor: 1, 2, 4 or 8. */
    public int factor() {
        return 1 << ordinal();
    }
}
