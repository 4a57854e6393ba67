package org.jbeam.arch.x86_64.asm;

/**
 * A general-purpose register of one width (Intel SDM vol. 1, 3.4.1): its 4-bit number (the
 * low 3 bits go in ModRM/SIB/opcode, the high bit in a REX prefix) and its width {@code W}.
 * The instances are the constants of {@link Registers}.
 */
public sealed class Gp<W extends Width> permits Cl {
    private final int code;
    private final int bits;
    private final String name;

    Gp(int code, int bits, String name) {
        this.code = code;
        this.bits = bits;
        this.name = name;
    }

    /** The register number, 0 ({@code rax}) to 15 ({@code r15}). */
    public int code() {
        return code;
    }

    /** The operand width in bits: 8, 32 or 64. */
    public int bits() {
        return bits;
    }

    /**
     * Whether the byte register needs a REX prefix even without extension bits: numbers 4..7
     * name {@code spl, bpl, sil, dil} only with REX; without one they are {@code ah..bh}.
     */
    boolean needsRex() {
        return bits == 8 && code >= 4 && code < 8;
    }

    @Override
    public String toString() {
        return name;
    }
}
