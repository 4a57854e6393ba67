package org.jbeam.arch.x86_64.asm;

import java.util.List;

import org.jbeam.arch.x86_64.asm.Width.Bits32;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Width.Bits8;

/**
 * The general registers by name, one constant per register and width (Intel SDM vol. 1,
 * table 3-2). Only byte registers that need no high-byte encoding exist: {@code ah..bh} are
 * left out, so {@code spl, bpl, sil, dil} are always reachable (with a REX prefix).
 */
public final class Registers {
    public static final Gp<Bits64> RAX = q(0, "rax"), RCX = q(1, "rcx"), RDX = q(2, "rdx"), RBX = q(3, "rbx");
    public static final Gp<Bits64> RSP = q(4, "rsp"), RBP = q(5, "rbp"), RSI = q(6, "rsi"), RDI = q(7, "rdi");
    public static final Gp<Bits64> R8 = q(8, "r8"), R9 = q(9, "r9"), R10 = q(10, "r10"), R11 = q(11, "r11");
    public static final Gp<Bits64> R12 = q(12, "r12"), R13 = q(13, "r13"), R14 = q(14, "r14"), R15 = q(15, "r15");

    public static final Gp<Bits32> EAX = d(0, "eax"), ECX = d(1, "ecx"), EDX = d(2, "edx"), EBX = d(3, "ebx");
    public static final Gp<Bits32> ESP = d(4, "esp"), EBP = d(5, "ebp"), ESI = d(6, "esi"), EDI = d(7, "edi");
    public static final Gp<Bits32> R8D = d(8, "r8d"), R9D = d(9, "r9d"), R10D = d(10, "r10d"), R11D = d(11, "r11d");
    public static final Gp<Bits32> R12D = d(12, "r12d"), R13D = d(13, "r13d"), R14D = d(14, "r14d"), R15D = d(15, "r15d");

    public static final Cl CL = new Cl();
    public static final Gp<Bits8> AL = b(0, "al"), DL = b(2, "dl"), BL = b(3, "bl");
    public static final Gp<Bits8> SPL = b(4, "spl"), BPL = b(5, "bpl"), SIL = b(6, "sil"), DIL = b(7, "dil");
    public static final Gp<Bits8> R8B = b(8, "r8b"), R9B = b(9, "r9b"), R10B = b(10, "r10b"), R11B = b(11, "r11b");
    public static final Gp<Bits8> R12B = b(12, "r12b"), R13B = b(13, "r13b"), R14B = b(14, "r14b"), R15B = b(15, "r15b");

    private static final List<Gp<Bits64>> QWORDS = List.of(RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
            R8, R9, R10, R11, R12, R13, R14, R15);
    private static final List<Gp<Bits32>> DWORDS = List.of(EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI,
            R8D, R9D, R10D, R11D, R12D, R13D, R14D, R15D);
    private static final List<Gp<Bits8>> BYTES = List.of(AL, CL, DL, BL, SPL, BPL, SIL, DIL,
            R8B, R9B, R10B, R11B, R12B, R13B, R14B, R15B);

    private Registers() {}

    /** The 64-bit register numbered {@code code} (0..15). */
    public static Gp<Bits64> gp64(int code) {
        return QWORDS.get(code);
    }

    /** The 32-bit register numbered {@code code} (0..15). */
    public static Gp<Bits32> gp32(int code) {
        return DWORDS.get(code);
    }

    /** The byte register numbered {@code code} (0..15; 4..7 are spl, bpl, sil, dil). */
    public static Gp<Bits8> gp8(int code) {
        return BYTES.get(code);
    }

    private static Gp<Bits64> q(int code, String name) {
        return new Gp<>(code, 64, name);
    }

    private static Gp<Bits32> d(int code, String name) {
        return new Gp<>(code, 32, name);
    }

    private static Gp<Bits8> b(int code, String name) {
        return new Gp<>(code, 8, name);
    }
}
