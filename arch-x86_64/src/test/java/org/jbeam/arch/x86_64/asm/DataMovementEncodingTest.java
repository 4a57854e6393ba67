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

import org.junit.jupiter.api.Test;

/** Golden tests of mov in all its forms, movzx/movsx/movsxd, lea, push and pop. */
class DataMovementEncodingTest {

    @Test
    void movBetweenRegistersOfEveryWidthAndEveryPair() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
            for (int s = 0; s < 16; s++) {
                a.mov(gp64(d), gp64(s));
                expected.add("mov " + QWORD.get(d) + "," + QWORD.get(s));
                a.mov(gp32(d), gp32(s));
                expected.add("mov " + DWORD.get(d) + "," + DWORD.get(s));
                a.mov(gp8(d), gp8(s));
                expected.add("mov " + BYTE.get(d) + "," + BYTE.get(s));
            }
        }
        assertListing(a, expected);
    }

    @Test
    void movRegisterToRegisterBytes() {
        Assembler a = new Assembler();
        a.mov(RAX, RCX);
        a.mov(R12, R15);
        a.mov(EAX, ECX);
        a.mov(R9D, EDX);
        a.mov(DIL, SIL);
        a.mov(AL, R8B);
        a.mov(AL, BL);
        assertListing(a,
                "48 89 c8 | mov rax,rcx",
                "4d 89 fc | mov r12,r15",
                "89 c8 | mov eax,ecx",
                "41 89 d1 | mov r9d,edx",
                "40 88 f7 | mov dil,sil",
                "44 88 c0 | mov al,r8b",
                "88 d8 | mov al,bl");
    }

    @Test
    void movLoadsAndStoresWithEveryBaseAndDisplacementSize() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int base = 0; base < 16; base++) {
            for (int disp : DISPLACEMENTS) {
                int reg = (base + 3) % 16;
                a.mov(gp64(reg), qwordPtr(gp64(base), disp));
                expected.add("mov " + QWORD.get(reg) + ",QWORD PTR " + address(base, disp));
                a.mov(qwordPtr(gp64(base), disp), gp64(reg));
                expected.add("mov QWORD PTR " + address(base, disp) + "," + QWORD.get(reg));
                a.mov(gp32(reg), dwordPtr(gp64(base), disp));
                expected.add("mov " + DWORD.get(reg) + ",DWORD PTR " + address(base, disp));
                a.mov(dwordPtr(gp64(base), disp), gp32(reg));
                expected.add("mov DWORD PTR " + address(base, disp) + "," + DWORD.get(reg));
                a.mov(gp8(reg), bytePtr(gp64(base), disp));
                expected.add("mov " + BYTE.get(reg) + ",BYTE PTR " + address(base, disp));
                a.mov(bytePtr(gp64(base), disp), gp8(reg));
                expected.add("mov BYTE PTR " + address(base, disp) + "," + BYTE.get(reg));
            }
        }
        assertListing(a, expected);
    }

    @Test
    void movWithEveryIndexAndScale() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        Scale[] scales = Scale.values();
        for (int base = 0; base < 16; base++) {
            for (int index = 0; index < 16; index++) {
                if (index == 4) {
                    continue;
                }
                Scale scale = scales[(base + index) % 4];
                int disp = DISPLACEMENTS[(base * 16 + index) % DISPLACEMENTS.length];
                a.mov(RAX, qwordPtr(gp64(base), gp64(index), scale, disp));
                expected.add("mov rax,QWORD PTR " + address(base, index, scale.factor(), disp));
            }
        }
        assertListing(a, expected);
    }

    @Test
    void memoryOperandEdgeCasesBytes() {
        Assembler a = new Assembler();
        a.mov(RAX, qwordPtr(RSP, 0));
        a.mov(RAX, qwordPtr(R12, 0));
        a.mov(RAX, qwordPtr(RBP, 0));
        a.mov(RAX, qwordPtr(R13, 0));
        a.mov(RAX, qwordPtr(RAX, 127));
        a.mov(RAX, qwordPtr(RAX, 128));
        a.mov(RAX, qwordPtr(RAX, -128));
        a.mov(RAX, qwordPtr(RAX, -129));
        a.mov(R8, qwordPtr(RAX, RCX, Scale.TIMES_8, 16));
        a.mov(RAX, qwordPtr(R12, R13, Scale.TIMES_2, 0));
        a.mov(RAX, qwordPtr(R13, R12, Scale.TIMES_4, 0));
        a.mov(qwordPtr(RSP, 8), R15);
        assertListing(a,
                "48 8b 04 24 | mov rax,QWORD PTR [rsp]",
                "49 8b 04 24 | mov rax,QWORD PTR [r12]",
                "48 8b 45 00 | mov rax,QWORD PTR [rbp+0x0]",
                "49 8b 45 00 | mov rax,QWORD PTR [r13+0x0]",
                "48 8b 40 7f | mov rax,QWORD PTR [rax+0x7f]",
                "48 8b 80 80 00 00 00 | mov rax,QWORD PTR [rax+0x80]",
                "48 8b 40 80 | mov rax,QWORD PTR [rax-0x80]",
                "48 8b 80 7f ff ff ff | mov rax,QWORD PTR [rax-0x81]",
                "4c 8b 44 c8 10 | mov r8,QWORD PTR [rax+rcx*8+0x10]",
                "4b 8b 04 6c | mov rax,QWORD PTR [r12+r13*2]",
                "4b 8b 44 a5 00 | mov rax,QWORD PTR [r13+r12*4+0x0]",
                "4c 89 7c 24 08 | mov QWORD PTR [rsp+0x8],r15");
    }

    @Test
    void movImmediates() {
        Assembler a = new Assembler();
        a.mov(RAX, new Imm32(0x12345678));
        a.mov(R15, new Imm32(-1));
        a.mov(EAX, new Imm32(0x12345678));
        a.mov(R15D, new Imm32(-1));
        a.mov(AL, new Imm8(0x7f));
        a.mov(SIL, new Imm8(0xff));
        a.mov(R12B, new Imm8(1));
        a.mov(qwordPtr(RAX, 0), new Imm32(1));
        a.mov(qwordPtr(R12, 8), new Imm32(-2));
        a.mov(dwordPtr(RBP, 0), new Imm32(0x7fffffff));
        a.mov(bytePtr(R13, -1), new Imm8(5));
        a.movabs(RAX, new Imm64(0x1122334455667788L));
        a.movabs(R9, new Imm64(-1L));
        assertListing(a,
                "48 c7 c0 78 56 34 12 | mov rax,0x12345678",
                "49 c7 c7 ff ff ff ff | mov r15,0xffffffffffffffff",
                "b8 78 56 34 12 | mov eax,0x12345678",
                "41 bf ff ff ff ff | mov r15d,0xffffffff",
                "b0 7f | mov al,0x7f",
                "40 b6 ff | mov sil,0xff",
                "41 b4 01 | mov r12b,0x1",
                "48 c7 00 01 00 00 00 | mov QWORD PTR [rax],0x1",
                "49 c7 44 24 08 fe ff ff ff | mov QWORD PTR [r12+0x8],0xfffffffffffffffe",
                "c7 45 00 ff ff ff 7f | mov DWORD PTR [rbp+0x0],0x7fffffff",
                "41 c6 45 ff 05 | mov BYTE PTR [r13-0x1],0x5",
                "48 b8 88 77 66 55 44 33 22 11 | movabs rax,0x1122334455667788",
                "49 b9 ff ff ff ff ff ff ff ff | movabs r9,0xffffffffffffffff");
    }

    @Test
    void movImmediateIntoEveryRegister() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.mov(gp64(r), new Imm32(r + 1));
            expected.add("mov " + QWORD.get(r) + ",0x" + Integer.toHexString(r + 1));
            a.mov(gp32(r), new Imm32(r + 0x100));
            expected.add("mov " + DWORD.get(r) + ",0x" + Integer.toHexString(r + 0x100));
            a.mov(gp8(r), new Imm8(r + 0x10));
            expected.add("mov " + BYTE.get(r) + ",0x" + Integer.toHexString(r + 0x10));
            a.movabs(gp64(r), new Imm64(0x0123456789abcdefL + r));
            expected.add("movabs " + QWORD.get(r) + ",0x" + Long.toHexString(0x0123456789abcdefL + r));
        }
        assertListing(a, expected);
    }

    @Test
    void zeroAndSignExtension() {
        Assembler a = new Assembler();
        a.movzx(EAX, AL);
        a.movzx(RAX, SIL);
        a.movzx(R9D, bytePtr(R13, 1));
        a.movsx(RCX, R15B);
        a.movsx(EDX, bytePtr(RSP, 0));
        a.movsxd(RAX, ECX);
        a.movsxd(R8, dwordPtr(RCX, RDX, Scale.TIMES_4, 0));
        assertListing(a,
                "0f b6 c0 | movzx eax,al",
                "48 0f b6 c6 | movzx rax,sil",
                "45 0f b6 4d 01 | movzx r9d,BYTE PTR [r13+0x1]",
                "49 0f be cf | movsx rcx,r15b",
                "0f be 14 24 | movsx edx,BYTE PTR [rsp]",
                "48 63 c1 | movsxd rax,ecx",
                "4c 63 04 91 | movsxd r8,DWORD PTR [rcx+rdx*4]");
    }

    @Test
    void zeroAndSignExtensionOfEveryRegister() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            int s = 15 - r;
            a.movzx(gp64(r), gp8(s));
            expected.add("movzx " + QWORD.get(r) + "," + BYTE.get(s));
            a.movzx(gp32(r), gp8(s));
            expected.add("movzx " + DWORD.get(r) + "," + BYTE.get(s));
            a.movsx(gp64(r), gp8(s));
            expected.add("movsx " + QWORD.get(r) + "," + BYTE.get(s));
            a.movsxd(gp64(r), gp32(s));
            expected.add("movsxd " + QWORD.get(r) + "," + DWORD.get(s));
        }
        assertListing(a, expected);
    }

    @Test
    void leaOfEveryBase() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int base = 0; base < 16; base++) {
            for (int disp : DISPLACEMENTS) {
                a.lea(gp64(15 - base), qwordPtr(gp64(base), disp));
                expected.add("lea " + QWORD.get(15 - base) + "," + address(base, disp));
            }
        }
        a.lea(R12, qwordPtr(R13, R14, Scale.TIMES_8, 0x100));
        expected.add("4f 8d a4 f5 00 01 00 00 | lea r12,[r13+r14*8+0x100]");
        a.lea(RAX, bytePtr(RSP, 8));
        expected.add("48 8d 44 24 08 | lea rax,[rsp+0x8]");
        assertListing(a, expected);
    }

    @Test
    void pushAndPopEveryRegister() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.push(gp64(r));
            expected.add("push " + QWORD.get(r));
            a.pop(gp64(r));
            expected.add("pop " + QWORD.get(r));
        }
        a.push(RBX);
        expected.add("53 | push rbx");
        a.pop(R15);
        expected.add("41 5f | pop r15");
        assertListing(a, expected);
    }

    @Test
    void rspIsNoIndexRegister() {
        assertThrows(IllegalArgumentException.class, () -> qwordPtr(RAX, RSP, Scale.TIMES_1, 0));
    }

    @Test
    void immediatesOutOfTheirWidthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Imm8(256));
        assertThrows(IllegalArgumentException.class, () -> new Imm8(-129));
    }
}
