package org.jbeam.arch.x86_64.asm;

import static org.jbeam.arch.x86_64.asm.Golden.assertListing;
import static org.jbeam.arch.x86_64.asm.Mem.bytePtr;
import static org.jbeam.arch.x86_64.asm.Mem.dwordPtr;
import static org.jbeam.arch.x86_64.asm.Mem.qwordPtr;
import static org.jbeam.arch.x86_64.asm.OperandText.BYTE;
import static org.jbeam.arch.x86_64.asm.OperandText.CONDITIONS;
import static org.jbeam.arch.x86_64.asm.OperandText.DWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.QWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.address;
import static org.jbeam.arch.x86_64.asm.Registers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Golden tests of inc/dec/neg/not, the shifts, imul, cqo/cdq/idiv, setcc and cmovcc. */
class UnaryShiftMultiplyEncodingTest {

    @Test
    void unaryOperationsOnEveryRegisterAndWidth() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.inc(gp64(r));
            expected.add("inc " + QWORD.get(r));
            a.dec(gp32(r));
            expected.add("dec " + DWORD.get(r));
            a.neg(gp8(r));
            expected.add("neg " + BYTE.get(r));
            a.not(gp64(r));
            expected.add("not " + QWORD.get(r));
            a.inc(bytePtr(gp64(r), 1));
            expected.add("inc BYTE PTR " + address(r, 1));
            a.dec(qwordPtr(gp64(r), 0));
            expected.add("dec QWORD PTR " + address(r, 0));
            a.neg(dwordPtr(gp64(r), 0x200));
            expected.add("neg DWORD PTR " + address(r, 0x200));
            a.not(qwordPtr(gp64(r), -8));
            expected.add("not QWORD PTR " + address(r, -8));
        }
        a.inc(R14);
        expected.add("49 ff c6 | inc r14");
        a.dec(R14D);
        expected.add("41 ff ce | dec r14d");
        a.neg(RAX);
        expected.add("48 f7 d8 | neg rax");
        a.not(SIL);
        expected.add("40 f6 d6 | not sil");
        a.dec(qwordPtr(RBP, 0x40));
        expected.add("48 ff 4d 40 | dec QWORD PTR [rbp+0x40]");
        assertListing(a, expected);
    }

    @Test
    void shiftsByImmediateAndByClOnEveryRegister() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.shl(gp64(r), new Imm8(4));
            expected.add("shl " + QWORD.get(r) + ",0x4");
            a.shr(gp32(r), new Imm8(31));
            expected.add("shr " + DWORD.get(r) + ",0x1f");
            a.sar(gp64(r), new Imm8(63));
            expected.add("sar " + QWORD.get(r) + ",0x3f");
            a.shl(gp8(r), new Imm8(1));
            expected.add("shl " + BYTE.get(r) + ",0x1");
            a.shl(gp64(r), CL);
            expected.add("shl " + QWORD.get(r) + ",cl");
            a.shr(gp8(r), CL);
            expected.add("shr " + BYTE.get(r) + ",cl");
            a.sar(gp32(r), CL);
            expected.add("sar " + DWORD.get(r) + ",cl");
        }
        a.sar(RAX, new Imm8(4));
        expected.add("48 c1 f8 04 | sar rax,0x4");
        a.shl(R11, CL);
        expected.add("49 d3 e3 | shl r11,cl");
        a.shr(EDX, new Imm8(2));
        expected.add("c1 ea 02 | shr edx,0x2");
        assertListing(a, expected);
    }

    @Test
    void shiftCountsBeyondTheWidthAreRefused() {
        Assembler a = new Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.shl(RAX, new Imm8(64)));
        assertThrows(IllegalArgumentException.class, () -> a.shr(EAX, new Imm8(32)));
        assertThrows(IllegalArgumentException.class, () -> a.sar(AL, new Imm8(8)));
        assertEquals(0, a.position());
    }

    @Test
    void multiplyAndDivide() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.imul(gp64(r), gp64(15 - r));
            expected.add("imul " + QWORD.get(r) + "," + QWORD.get(15 - r));
            a.imul(gp32(r), gp32(r));
            expected.add("imul " + DWORD.get(r) + "," + DWORD.get(r));
            a.imul(gp64(r), qwordPtr(gp64(15 - r), 16));
            expected.add("imul " + QWORD.get(r) + ",QWORD PTR " + address(15 - r, 16));
            a.imul(gp64(r), gp64(15 - r), new Imm8(-3));
            expected.add("imul " + QWORD.get(r) + "," + QWORD.get(15 - r) + ",0xfffffffffffffffd");
            a.imul(gp32(r), gp32(15 - r), new Imm32(1000));
            expected.add("imul " + DWORD.get(r) + "," + DWORD.get(15 - r) + ",0x3e8");
            a.idiv(gp64(r));
            expected.add("idiv " + QWORD.get(r));
            a.idiv(gp32(r));
            expected.add("idiv " + DWORD.get(r));
            a.idiv(qwordPtr(gp64(r), 0));
            expected.add("idiv QWORD PTR " + address(r, 0));
        }
        a.imul(RAX, RCX);
        expected.add("48 0f af c1 | imul rax,rcx");
        a.imul(RAX, RCX, new Imm8(5));
        expected.add("48 6b c1 05 | imul rax,rcx,0x5");
        a.imul(R8, R9, new Imm32(0x10000));
        expected.add("4d 69 c1 00 00 01 00 | imul r8,r9,0x10000");
        a.cqo();
        expected.add("48 99 | cqo");
        a.cdq();
        expected.add("99 | cdq");
        a.idiv(RCX);
        expected.add("48 f7 f9 | idiv rcx");
        a.idiv(R10D);
        expected.add("41 f7 fa | idiv r10d");
        assertListing(a, expected);
    }

    @Test
    void setccAndCmovccForEveryCondition() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (Condition c : Condition.values()) {
            String cc = CONDITIONS.get(c.ordinal());
            for (int r = 0; r < 16; r++) {
                a.setcc(c, gp8(r));
                expected.add("set" + cc + " " + BYTE.get(r));
                a.cmovcc(c, gp64(r), gp64(15 - r));
                expected.add("cmov" + cc + " " + QWORD.get(r) + "," + QWORD.get(15 - r));
            }
            a.cmovcc(c, EAX, ECX);
            expected.add("cmov" + cc + " eax,ecx");
            a.cmovcc(c, R9, qwordPtr(R12, 8));
            expected.add("cmov" + cc + " r9,QWORD PTR [r12+0x8]");
        }
        a.setcc(Condition.E, SIL);
        expected.add("40 0f 94 c6 | sete sil");
        a.setcc(Condition.L, AL);
        expected.add("0f 9c c0 | setl al");
        a.cmovcc(Condition.G, RAX, R11);
        expected.add("49 0f 4f c3 | cmovg rax,r11");
        assertListing(a, expected);
    }

    @Test
    void negatedConditionsAreComplementary() {
        assertEquals(Condition.NE, Condition.E.negate());
        assertEquals(Condition.GE, Condition.L.negate());
        assertEquals(Condition.BE, Condition.A.negate());
        assertEquals(Condition.NO, Condition.O.negate());
    }
}
