package org.jbeam.arch.x86_64.asm;

/**
 * A field in the emitted code whose value is known only when labels are bound or the load
 * address is chosen; {@link Assembler#assemble} writes it.
 */
sealed interface Fixup {

    /** Where the field starts in the code. */
    int at();

    /**
     * A relative displacement of {@code width} bytes (1 or 4) to {@code target}, counted from
     * {@code origin} (the end of the instruction, as the CPU counts it).
     */
    record ToLabel(int at, int width, Label target, int origin) implements Fixup {}

    /** A 4-byte relative displacement to an absolute address, counted from {@code origin}. */
    record ToAddress(int at, long target, int origin) implements Fixup {}

    /** A 4-byte signed distance from {@code base} to {@code target} (a jump-table entry). */
    record LabelDistance(int at, Label target, Label base) implements Fixup {}
}
