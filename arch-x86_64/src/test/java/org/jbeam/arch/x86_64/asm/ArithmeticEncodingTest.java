package org.jbeam.arch.x86_64.asm;

import static org.jbeam.arch.x86_64.asm.Golden.assertListing;
import static org.jbeam.arch.x86_64.asm.Mem.bytePtr;
import static org.jbeam.arch.x86_64.asm.Mem.dwordPtr;
import static org.jbeam.arch.x86_64.asm.Mem.qwordPtr;
import static org.jbeam.arch.x86_64.asm.OperandText.BYTE;
import static org.jbeam.arch.x86_64.asm.OperandText.DISPLACEMENTS;
import static org.jbeam.arch.x86_64.asm.OperandText.DWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.QWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.address;
import static org.jbeam.arch.x86_64.asm.Registers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.arch.x86_64.asm.Width.Bits32;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Width.Bits8;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Golden tests of the two-operand ALU family (add, sub, and, or, xor, cmp) and test. */
class ArithmeticEncodingTest {

    /** One ALU mnemonic with every form the assembler has for it. */
    enum Alu {
        ADD, SUB, AND, OR, XOR, CMP;

        String mnemonic() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        void rr64(Assembler a, Gp<Bits64> d, Gp<Bits64> s) {
            switch (this) {
                case ADD -> a.add(d, s);
                case SUB -> a.sub(d, s);
                case AND -> a.and(d, s);
                case OR -> a.or(d, s);
                case XOR -> a.xor(d, s);
                case CMP -> a.cmp(d, s);
            }
        }

        void rr32(Assembler a, Gp<Bits32> d, Gp<Bits32> s) {
            switch (this) {
                case ADD -> a.add(d, s);
                case SUB -> a.sub(d, s);
                case AND -> a.and(d, s);
                case OR -> a.or(d, s);
                case XOR -> a.xor(d, s);
                case CMP -> a.cmp(d, s);
            }
        }

        void rr8(Assembler a, Gp<Bits8> d, Gp<Bits8> s) {
            switch (this) {
                case ADD -> a.add(d, s);
                case SUB -> a.sub(d, s);
                case AND -> a.and(d, s);
                case OR -> a.or(d, s);
                case XOR -> a.xor(d, s);
                case CMP -> a.cmp(d, s);
            }
        }

        void rm(Assembler a, Gp<Bits64> d, Mem<Bits64> s) {
            switch (this) {
                case ADD -> a.add(d, s);
                case SUB -> a.sub(d, s);
                case AND -> a.and(d, s);
                case OR -> a.or(d, s);
                case XOR -> a.xor(d, s);
                case CMP -> a.cmp(d, s);
            }
        }

        void mr(Assembler a, Mem<Bits32> d, Gp<Bits32> s) {
            switch (this) {
                case ADD -> a.add(d, s);
                case SUB -> a.sub(d, s);
                case AND -> a.and(d, s);
                case OR -> a.or(d, s);
                case XOR -> a.xor(d, s);
                case CMP -> a.cmp(d, s);
            }
        }

        void ri8(Assembler a, Gp<Bits64> d, Imm8 i) {
            switch (this) {
                case ADD -> a.add(d, i);
                case SUB -> a.sub(d, i);
                case AND -> a.and(d, i);
                case OR -> a.or(d, i);
                case XOR -> a.xor(d, i);
                case CMP -> a.cmp(d, i);
            }
        }

        void ri32(Assembler a, Gp<Bits32> d, Imm32 i) {
            switch (this) {
                case ADD -> a.add(d, i);
                case SUB -> a.sub(d, i);
                case AND -> a.and(d, i);
                case OR -> a.or(d, i);
                case XOR -> a.xor(d, i);
                case CMP -> a.cmp(d, i);
            }
        }

        void mi8(Assembler a, Mem<Bits8> d, Imm8 i) {
            switch (this) {
                case ADD -> a.add(d, i);
                case SUB -> a.sub(d, i);
                case AND -> a.and(d, i);
                case OR -> a.or(d, i);
                case XOR -> a.xor(d, i);
                case CMP -> a.cmp(d, i);
            }
        }

        void mi32(Assembler a, Mem<Bits64> d, Imm32 i) {
            switch (this) {
                case ADD -> a.add(d, i);
                case SUB -> a.sub(d, i);
                case AND -> a.and(d, i);
                case OR -> a.or(d, i);
                case XOR -> a.xor(d, i);
                case CMP -> a.cmp(d, i);
            }
        }

        void mi8Wide(Assembler a, Mem<Bits64> d, Imm8 i) {
            switch (this) {
                case ADD -> a.add(d, i);
                case SUB -> a.sub(d, i);
                case AND -> a.and(d, i);
                case OR -> a.or(d, i);
                case XOR -> a.xor(d, i);
                case CMP -> a.cmp(d, i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Alu.class)
    void registerPairsOfEveryWidth(Alu op) {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        String m = op.mnemonic() + " ";
        for (int d = 0; d < 16; d++) {
            for (int s = 0; s < 16; s++) {
                op.rr64(a, gp64(d), gp64(s));
                expected.add(m + QWORD.get(d) + "," + QWORD.get(s));
                op.rr32(a, gp32(d), gp32(s));
                expected.add(m + DWORD.get(d) + "," + DWORD.get(s));
                op.rr8(a, gp8(d), gp8(s));
                expected.add(m + BYTE.get(d) + "," + BYTE.get(s));
            }
        }
        assertListing(a, expected);
    }

    @ParameterizedTest
    @EnumSource(Alu.class)
    void memoryAndImmediateForms(Alu op) {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        String m = op.mnemonic() + " ";
        for (int r = 0; r < 16; r++) {
            int disp = DISPLACEMENTS[r % DISPLACEMENTS.length];
            op.rm(a, gp64(r), qwordPtr(gp64(15 - r), disp));
            expected.add(m + QWORD.get(r) + ",QWORD PTR " + address(15 - r, disp));
            op.mr(a, dwordPtr(gp64(r), disp), gp32(15 - r));
            expected.add(m + "DWORD PTR " + address(r, disp) + "," + DWORD.get(15 - r));
            op.ri8(a, gp64(r), new Imm8(127));
            expected.add(m + QWORD.get(r) + ",0x7f");
            op.ri8(a, gp64(r), new Imm8(-128));
            expected.add(m + QWORD.get(r) + ",0xffffffffffffff80");
            op.ri32(a, gp32(r), new Imm32(128));
            expected.add(m + DWORD.get(r) + ",0x80");
            op.ri32(a, gp32(r), new Imm32(-129));
            expected.add(m + DWORD.get(r) + ",0xffffff7f");
            op.mi8(a, bytePtr(gp64(r), disp), new Imm8(0xff));
            expected.add(m + "BYTE PTR " + address(r, disp) + ",0xff");
            op.mi8Wide(a, qwordPtr(gp64(r), disp), new Imm8(-1));
            expected.add(m + "QWORD PTR " + address(r, disp) + ",0xffffffffffffffff");
            op.mi32(a, qwordPtr(gp64(r), disp), new Imm32(0x12345678));
            expected.add(m + "QWORD PTR " + address(r, disp) + ",0x12345678");
        }
        assertListing(a, expected);
    }

    @Test
    void aluBytes() {
        Assembler a = new Assembler();
        a.add(RAX, RCX);
        a.sub(R14, new Imm8(1));
        a.and(EAX, new Imm32(0x3f));
        a.or(R8, qwordPtr(RBX, 16));
        a.xor(EAX, EAX);
        a.cmp(R15, qwordPtr(RBP, 0x10));
        a.cmp(qwordPtr(R12, 0), new Imm8(0));
        a.add(dwordPtr(RSP, 4), new Imm32(1000));
        a.cmp(AL, new Imm8(0x3b));
        a.sub(qwordPtr(RAX, 8), RDX);
        assertListing(a,
                "48 01 c8 | add rax,rcx",
                "49 83 ee 01 | sub r14,0x1",
                "81 e0 3f 00 00 00 | and eax,0x3f",
                "4c 0b 43 10 | or r8,QWORD PTR [rbx+0x10]",
                "31 c0 | xor eax,eax",
                "4c 3b 7d 10 | cmp r15,QWORD PTR [rbp+0x10]",
                "49 83 3c 24 00 | cmp QWORD PTR [r12],0x0",
                "81 44 24 04 e8 03 00 00 | add DWORD PTR [rsp+0x4],0x3e8",
                "80 f8 3b | cmp al,0x3b",
                "48 29 50 08 | sub QWORD PTR [rax+0x8],rdx");
    }

    @Test
    void testInEveryForm() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.test(gp64(r), gp64(15 - r));
            expected.add("test " + QWORD.get(r) + "," + QWORD.get(15 - r));
            a.test(gp32(r), gp32(r));
            expected.add("test " + DWORD.get(r) + "," + DWORD.get(r));
            a.test(gp8(r), gp8(15 - r));
            expected.add("test " + BYTE.get(r) + "," + BYTE.get(15 - r));
            a.test(gp8(r), new Imm8(3));
            expected.add("test " + BYTE.get(r) + ",0x3");
            a.test(gp64(r), new Imm32(0x100));
            expected.add("test " + QWORD.get(r) + ",0x100");
            a.test(qwordPtr(gp64(r), 8), gp64(r));
            expected.add("test QWORD PTR " + address(r, 8) + "," + QWORD.get(r));
            a.test(bytePtr(gp64(r), 0), new Imm8(1));
            expected.add("test BYTE PTR " + address(r, 0) + ",0x1");
            a.test(dwordPtr(gp64(r), -4), new Imm32(7));
            expected.add("test DWORD PTR " + address(r, -4) + ",0x7");
        }
        a.test(DIL, new Imm8(3));
        expected.add("40 f6 c7 03 | test dil,0x3");
        a.test(RAX, RAX);
        expected.add("48 85 c0 | test rax,rax");
        a.test(R9, new Imm32(1));
        expected.add("49 f7 c1 01 00 00 00 | test r9,0x1");
        assertListing(a, expected);
    }

    @Test
    void anImm8TheCpuWouldSignExtendMustFitASignedByte() {
        Assembler a = new Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.add(RAX, new Imm8(200)));
        assertThrows(IllegalArgumentException.class, () -> a.cmp(qwordPtr(RAX, 0), new Imm8(128)));
        a.add(AL, new Imm8(200));
        assertListing(a, "80 c0 c8 | add al,0xc8");
    }
}
