package org.jbeam.arch.x86_64.asm;

/**
 * An immediate encoded in one byte. With a wider operand the CPU sign-extends it, so the value
 * must lie in -128..127; a byte operand also takes 128..255 (the same bits).
 */
public record Imm8(int value) {
    public Imm8 {
        if (value < -128 || value > 255) {
            throw new IllegalArgumentException("immediate " + value + " does not fit in 8 bits");
        }
    }

    /** Whether {@code value} survives being encoded in a sign-extended byte. */
    public static boolean fits(long value) {
        return value >= -128 && value <= 127;
    }

    /** Whether the immediate is valid where the CPU sign-extends it to a wider operand. */
    boolean signExtendable() {
        return fits(value);
    }
}
