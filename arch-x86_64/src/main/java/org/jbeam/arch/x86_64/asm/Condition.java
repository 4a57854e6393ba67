package org.jbeam.arch.x86_64.asm;

/**
 * A condition code of {@code jcc}, {@code setcc} and {@code cmovcc} (Intel SDM vol. 1,
 * appendix B): its 4-bit number is added to the opcode ({@code 70+cc}, {@code 0F 80+cc},
 * {@code 0F 90+cc}, {@code 0F 40+cc}). Unsigned comparisons are B/BE/A/AE, signed ones L/LE/G/GE.
 */
public enum Condition {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    /** The condition's 4-bit number. */
    int code() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not (flips the low bit). */
    public Condition negate() {
        return values()[ordinal() ^ 1];
    }
}
