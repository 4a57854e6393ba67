package org.jbeam.arch.x86_64.asm;

import static org.jbeam.arch.x86_64.asm.Golden.assertListing;
import static org.jbeam.arch.x86_64.asm.Golden.assertListingAt;
import static org.jbeam.arch.x86_64.asm.Mem.dwordPtr;
import static org.jbeam.arch.x86_64.asm.Mem.qwordPtr;
import static org.jbeam.arch.x86_64.asm.OperandText.CONDITIONS;
import static org.jbeam.arch.x86_64.asm.OperandText.QWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.address;
import static org.jbeam.arch.x86_64.asm.Registers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Golden tests of labels and fixups, jumps, calls, ret, int3, NOP padding and jump tables. */
class ControlFlowEncodingTest {

    @Test
    void backwardLabelsTakeRel8WhenNearAndForwardLabelsRel32() {
        Assembler a = new Assembler();
        Label back = a.newLabel();
        Label forward = a.newLabel();
        a.bind(back);
        a.nop();
        a.jmp(back);
        a.jcc(Condition.E, back);
        a.jmp(forward);
        a.jcc(Condition.NE, forward);
        a.jmpShort(forward);
        a.jccShort(Condition.L, forward);
        a.call(forward);
        a.bind(forward);
        a.ret();
        a.nop(130);
        a.jmp(back);
        a.jcc(Condition.G, back);
        List<String> expected = new ArrayList<>(List.of(
                "90 | nop",
                "eb fd | jmp 0x0",
                "74 fb | je 0x0",
                "e9 0f 00 00 00 | jmp 0x19",
                "0f 85 09 00 00 00 | jne 0x19",
                "eb 07 | jmp 0x19",
                "7c 05 | jl 0x19",
                "e8 00 00 00 00 | call 0x19",
                "c3 | ret"));
        expected.addAll(Collections.nCopies(14, "66 0f 1f 84 00 00 00 00 00 | nop WORD PTR [rax+rax*1+0x0]"));
        expected.add("0f 1f 40 00 | nop DWORD PTR [rax+0x0]");
        expected.add("e9 5f ff ff ff | jmp 0x0");
        expected.add("0f 8f 59 ff ff ff | jg 0x0");
        assertListing(a, expected);
    }

    @Test
    void everyConditionBothDistances() {
        Assembler a = new Assembler();
        Label top = a.newLabel();
        Label end = a.newLabel();
        a.bind(top);
        for (int round = 0; round < 2; round++) {
            for (Condition c : Condition.values()) {
                a.jcc(c, top);
                a.jcc(c, end);
            }
        }
        a.bind(end);
        a.int3();
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Condition c : Condition.values()) {
                String cc = CONDITIONS.get(c.ordinal());
                expected.add("j" + cc + " 0x0");
                expected.add("j" + cc + " 0x" + Integer.toHexString(a.offsetOf(end)));
            }
        }
        expected.add("cc | int3");
        assertListing(a, expected);
        assertEquals(true, a.offsetOf(end) > 2 * 16 * 8, "the later backward jumps needed rel32");
    }

    @Test
    void indirectJumpsAndCallsThroughEveryRegisterAndMemory() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            a.jmp(gp64(r));
            expected.add("jmp " + QWORD.get(r));
            a.call(gp64(r));
            expected.add("call " + QWORD.get(r));
            a.jmp(qwordPtr(gp64(r), 0x30));
            expected.add("jmp QWORD PTR " + address(r, 0x30));
            a.call(qwordPtr(gp64(r), 0));
            expected.add("call QWORD PTR " + address(r, 0));
        }
        a.jmp(R8);
        expected.add("41 ff e0 | jmp r8");
        a.call(RAX);
        expected.add("ff d0 | call rax");
        a.jmp(qwordPtr(RBP, 0x30));
        expected.add("ff 65 30 | jmp QWORD PTR [rbp+0x30]");
        a.call(qwordPtr(R12, RAX, Scale.TIMES_8, 0));
        expected.add("41 ff 14 c4 | call QWORD PTR [r12+rax*8]");
        assertListing(a, expected);
    }

    @Test
    void absoluteTargetsAreResolvedForTheLoadAddress() {
        Assembler a = new Assembler();
        a.callAbsolute(0x1000_1000L);
        a.jmpAbsolute(0x0fff_0000L);
        assertListingAt(a, 0x1000_0000L, List.of(
                "e8 fb 0f 00 00 | call 0x10001000",
                "e9 f6 ff fe ff | jmp 0xfff0000"));
    }

    @Test
    void anAbsoluteTargetBeyondRel32IsAnError() {
        Assembler a = new Assembler();
        a.callAbsolute(0x7fff_0000_0000L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.assemble(0x1000));
        assertEquals(true, e.getMessage().contains("call through a register"), e.getMessage());
    }

    @Test
    void ripRelativeLea() {
        Assembler a = new Assembler();
        Label data = a.newLabel();
        Label code = a.newLabel();
        a.bind(code);
        a.lea(RAX, data);
        a.lea(R13, code);
        a.ret();
        a.bind(data);
        assertListing(a,
                "48 8d 05 08 00 00 00 | lea rax,[rip+0x8] # 0xf",
                "4c 8d 2d f2 ff ff ff | lea r13,[rip+0xfffffffffffffff2] # 0x0",
                "c3 | ret");
    }

    @Test
    void multiByteNopsAndAlignment() {
        Assembler a = new Assembler();
        for (int length = 1; length <= 9; length++) {
            a.nop(length);
        }
        a.ret();
        a.align(16);
        a.int3();
        a.align(16);
        a.align(16);
        a.ret();
        assertListing(a,
                "90 | nop",
                "66 90 | xchg ax,ax",
                "0f 1f 00 | nop DWORD PTR [rax]",
                "0f 1f 40 00 | nop DWORD PTR [rax+0x0]",
                "0f 1f 44 00 00 | nop DWORD PTR [rax+rax*1+0x0]",
                "66 0f 1f 44 00 00 | nop WORD PTR [rax+rax*1+0x0]",
                "0f 1f 80 00 00 00 00 | nop DWORD PTR [rax+0x0]",
                "0f 1f 84 00 00 00 00 00 | nop DWORD PTR [rax+rax*1+0x0]",
                "66 0f 1f 84 00 00 00 00 00 | nop WORD PTR [rax+rax*1+0x0]",
                "c3 | ret",
                "66 90 | xchg ax,ax",
                "cc | int3",
                "66 0f 1f 84 00 00 00 00 00 | nop WORD PTR [rax+rax*1+0x0]",
                "66 0f 1f 44 00 00 | nop WORD PTR [rax+rax*1+0x0]",
                "c3 | ret");
        assertEquals(65, a.position());
    }

    @Test
    void jumpTableOfLabelDistances() {
        Assembler a = new Assembler();
        Label table = a.newLabel();
        List<Label> cases = List.of(a.newLabel(), a.newLabel(), a.newLabel());
        a.lea(RCX, table);
        a.movsxd(RAX, dwordPtr(RCX, RDX, Scale.TIMES_4, 0));
        a.add(RAX, RCX);
        a.jmp(RAX);
        for (int i = 0; i < cases.size(); i++) {
            a.bind(cases.get(i));
            a.mov(EAX, new Imm32(10 * i));
            a.ret();
        }
        a.align(4);
        a.bind(table);
        for (Label target : cases) {
            a.jumpTableEntry(target, table);
        }
        byte[] code = a.assemble(0);
        int tableAt = a.offsetOf(table);
        assertEquals(36, tableAt);
        Golden.assertDisassembly(Arrays.copyOf(code, tableAt), 0, List.of(
                "48 8d 0d 1d 00 00 00 | lea rcx,[rip+0x1d] # 0x24",
                "48 63 04 91 | movsxd rax,DWORD PTR [rcx+rdx*4]",
                "48 01 c8 | add rax,rcx",
                "ff e0 | jmp rax",
                "b8 00 00 00 00 | mov eax,0x0",
                "c3 | ret",
                "b8 0a 00 00 00 | mov eax,0xa",
                "c3 | ret",
                "b8 14 00 00 00 | mov eax,0x14",
                "c3 | ret",
                "66 90 | xchg ax,ax"));
        ByteBuffer entries = ByteBuffer.wrap(code, tableAt, 12).order(ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals(new int[] {16 - 36, 22 - 36, 28 - 36},
                new int[] {entries.getInt(), entries.getInt(), entries.getInt()});
    }

    @Test
    void labelMisuseIsReported() {
        Assembler a = new Assembler();
        Label never = a.newLabel();
        a.jmp(never);
        assertThrows(IllegalStateException.class, () -> a.assemble(0));

        Assembler b = new Assembler();
        Label once = b.newLabel();
        b.bind(once);
        assertThrows(IllegalStateException.class, () -> b.bind(once));
        assertThrows(IllegalArgumentException.class, () -> a.jmp(once));

        Assembler c = new Assembler();
        Label far = c.newLabel();
        c.jmpShort(far);
        c.nop(200);
        c.bind(far);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.assemble(0));
        assertEquals(true, e.getMessage().contains("cannot reach"), e.getMessage());
    }
}
