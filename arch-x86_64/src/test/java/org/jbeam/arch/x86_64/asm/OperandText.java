package org.jbeam.arch.x86_64.asm;

import java.util.List;

/**
 * How objdump writes operands in Intel syntax, written out independently of the assembler so
 * the golden listings do not share its tables: register names and memory operands.
 */
final class OperandText {
    static final List<String> QWORD = List.of("rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
            "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15");
    static final List<String> DWORD = List.of("eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
            "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d");
    static final List<String> BYTE = List.of("al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
            "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b");
    /** Condition suffixes in condition-code order (0 = o ... 15 = g). */
    static final List<String> CONDITIONS = List.of("o", "no", "b", "ae", "e", "ne", "be", "a",
            "s", "ns", "p", "np", "l", "ge", "le", "g");
    /** Displacements that exercise every ModRM mod: none, disp8 at both ends, disp32 at both ends. */
    static final int[] DISPLACEMENTS = {0, 8, 127, -128, 128, -129, 0x12345678};

    private OperandText() {}

    /** {@code [base+disp]} as objdump prints it (rbp and r13 always show a displacement). */
    static String address(int base, int displacement) {
        String name = QWORD.get(base);
        if (displacement == 0 && (base & 7) != 5) {
            return "[" + name + "]";
        }
        return "[" + name + signedHex(displacement) + "]";
    }

    /** {@code [base+index*scale+disp]} as objdump prints it. */
    static String address(int base, int index, int scale, int displacement) {
        String prefix = "[" + QWORD.get(base) + "+" + QWORD.get(index) + "*" + scale;
        if (displacement == 0 && (base & 7) != 5) {
            return prefix + "]";
        }
        return prefix + signedHex(displacement) + "]";
    }

    static String signedHex(long value) {
        return value < 0 ? "-0x" + Long.toHexString(-value) : "+0x" + Long.toHexString(value);
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
