package org.jbeam.arch.x86_64.asm;

/**
 * The operand width of a general register or memory access, as a type: the phantom type
 * parameter of {@link Gp} and {@link Mem} that lets javac reject mixed-width forms such as
 * {@code mov rax, ecx}. {@link Wide} is the widths that every instruction accepts; a few
 * instructions ({@code imul}, {@code cmov}, {@code movzx}'s destination) have no byte form.
 */
public sealed interface Width {

    /** Widths of 32 and 64 bits: the operand sizes every integer instruction has. */
    sealed interface Wide extends Width {}

    /** Byte operands ({@code al}, {@code BYTE PTR}). */
    final class Bits8 implements Width {
        private Bits8() {}
    }

    /** Doubleword operands ({@code eax}, {@code DWORD PTR}); writing one zeroes bits 63..32. */
    final class Bits32 implements Wide {
        private Bits32() {}
    }

    /** Quadword operands ({@code rax}, {@code QWORD PTR}); need REX.W. */
    final class Bits64 implements Wide {
        private Bits64() {}
    }
}
