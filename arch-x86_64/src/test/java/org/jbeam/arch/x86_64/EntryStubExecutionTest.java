package org.jbeam.arch.x86_64;

import static org.jbeam.arch.x86_64.ExitEmitter.exit;
import static org.jbeam.arch.x86_64.ExitEmitter.exitResumingAt;
import static org.jbeam.arch.x86_64.RegisterConventions.HEAP_TOP;
import static org.jbeam.arch.x86_64.RegisterConventions.PROCESS;
import static org.jbeam.arch.x86_64.RegisterConventions.REDUCTIONS;
import static org.jbeam.arch.x86_64.RegisterConventions.STACK_POINTER;
import static org.jbeam.arch.x86_64.RegisterConventions.X_REGISTERS;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.RegisterConventions.x;
import static org.jbeam.arch.x86_64.asm.Registers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm64;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Scale;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Xmm;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.entry.ExitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Generated code run through the entry stub: pinned registers in, status and context out.
 * Tagged so that it runs in a JVM of its own (a fault in generated code kills the JVM).
 */
@Tag("native-execution")
class EntryStubExecutionTest {
    private static final int RETURNED = ExitStatus.of(ExitReason.RETURNED);
    private static final int YIELDED = ExitStatus.of(ExitReason.YIELDED);

    private final NativeCode code = new NativeCode();

    @AfterEach
    void release() {
        code.close();
    }

    @Test
    void addsTwoPinnedRegistersAndStoresTheHeapTopBack() {
        Assembler a = new Assembler();
        a.add(HEAP_TOP, REDUCTIONS);
        a.mov(x(0), HEAP_TOP);
        exit(a, RETURNED);
        code.context.setHeapTop(40);
        code.context.setReductions(2);
        code.context.setStackPointer(0x1000);

        long status = code.enter(code.load(a));

        assertEquals(ExitReason.RETURNED, ExitStatus.reason(status));
        assertEquals(42, code.x(0));
        assertEquals(42, code.context.heapTop());
        assertEquals(2, code.context.reductions());
        assertEquals(0x1000, code.context.stackPointer());
        assertEquals(code.stub.exitAddress(), code.context.exitAddress());
    }

    @Test
    void countsReductionsDownYieldsAtZeroAndResumes() {
        Assembler a = new Assembler();
        Label loop = a.newLabel();
        a.bind(loop);
        a.add(x(1), new Imm8(1));
        a.dec(REDUCTIONS);
        a.jcc(Condition.NE, loop);
        exitResumingAt(a, YIELDED, loop);
        long start = code.load(a);
        code.context.setReductions(1000);

        long status = code.enter(start);

        assertEquals(ExitReason.YIELDED, ExitStatus.reason(status));
        assertEquals(1000, code.x(1));
        assertEquals(0, code.context.reductions());
        assertEquals(code.addressOf(loop), code.context.resumeAddress());

        code.context.setReductions(500);
        status = code.enter(code.context.resumeAddress());
        assertEquals(ExitReason.YIELDED, ExitStatus.reason(status));
        assertEquals(1500, code.x(1));
    }

    @Test
    void storesEveryScratchRegisterIntoTheXRegisterArea() {
        List<Gp<Bits64>> scratch = List.of(RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11);
        Assembler a = new Assembler();
        for (int i = 0; i < scratch.size(); i++) {
            a.movabs(scratch.get(i), new Imm64(0x1111_1111_1111_1111L * (i + 1)));
            a.mov(x(i), scratch.get(i));
        }
        a.mov(RCX, new Imm32(1000));
        a.mov(RDX, new Imm32(-7));
        a.mov(Mem.qwordPtr(X_REGISTERS, RCX, Scale.TIMES_8, 8), RDX);
        a.mov(x(1023), RCX);
        exit(a, RETURNED);

        code.enter(code.load(a));

        for (int i = 0; i < scratch.size(); i++) {
            assertEquals(0x1111_1111_1111_1111L * (i + 1), code.x(i), "X" + i + " from " + scratch.get(i));
        }
        assertEquals(-7, code.x(1001));
        assertEquals(1000, code.x(1023));
    }

    @Test
    void leavesForAHelperAndContinuesAtTheResumeAddress() {
        Assembler a = new Assembler();
        Label resume = a.newLabel();
        a.mov(RAX, x(0));
        a.mov(contextWord(ContextLayout.argument(0)), RAX);
        a.add(HEAP_TOP, new Imm8(16));
        exitResumingAt(a, ExitStatus.of(ExitReason.CALL_HELPER, 7), resume);
        a.bind(resume);
        a.mov(RAX, contextWord(ContextLayout.argument(1)));
        a.mov(x(0), RAX);
        a.mov(x(1), HEAP_TOP);
        exit(a, RETURNED);
        code.setX(0, 14);
        code.context.setHeapTop(0x10000);

        long status = code.enter(code.load(a));

        assertEquals(ExitReason.CALL_HELPER, ExitStatus.reason(status));
        assertEquals(7, ExitStatus.argument(status));
        assertEquals(14, code.context.argument(0));
        assertEquals(0x10010, code.context.heapTop(), "the heap top the code moved is stored back");
        assertEquals(code.addressOf(resume), code.context.resumeAddress());

        code.context.setArgument(1, code.context.argument(0) * 3);
        code.context.setHeapTop(code.context.heapTop() + 8);
        status = code.enter(code.context.resumeAddress());

        assertEquals(ExitReason.RETURNED, ExitStatus.reason(status));
        assertEquals(42, code.x(0), "the helper's result");
        assertEquals(0x10018, code.x(1), "the heap top the helper moved is loaded again");
    }

    @Test
    void dispatchesThroughAJumpTable() {
        Assembler a = new Assembler();
        Label table = a.newLabel();
        List<Label> cases = List.of(a.newLabel(), a.newLabel(), a.newLabel());
        a.mov(RDX, x(0));
        a.lea(RCX, table);
        a.movsxd(RAX, Mem.dwordPtr(RCX, RDX, Scale.TIMES_4, 0));
        a.add(RAX, RCX);
        a.jmp(RAX);
        for (int i = 0; i < cases.size(); i++) {
            a.bind(cases.get(i));
            a.mov(x(1), new Imm32(100 + i));
            exit(a, RETURNED);
        }
        a.align(4);
        a.bind(table);
        cases.forEach(target -> a.jumpTableEntry(target, table));
        long start = code.load(a);

        for (int i = 0; i < cases.size(); i++) {
            code.setX(0, i);
            assertEquals(RETURNED, code.enter(start));
            assertEquals(100 + i, code.x(1));
        }
    }

    @Test
    void computesWithDoubles() {
        Assembler a = new Assembler();
        a.cvtsi2sd(Xmm.XMM0, x(0));
        a.mulsd(Xmm.XMM0, x(1));
        a.movsd(x(2), Xmm.XMM0);
        a.movq(RAX, Xmm.XMM0);
        a.mov(x(3), RAX);
        a.ucomisd(Xmm.XMM0, x(1));
        a.setcc(Condition.A, AL);
        a.movzx(EAX, AL);
        a.mov(x(4), RAX);
        exit(a, RETURNED);
        code.setX(0, 7);
        code.setX(1, Double.doubleToRawLongBits(0.5));

        code.enter(code.load(a));

        assertEquals(3.5, Double.longBitsToDouble(code.x(2)));
        assertEquals(Double.doubleToRawLongBits(3.5), code.x(3));
        assertEquals(1, code.x(4), "3.5 > 0.5");
    }

    @Test
    void callsAndReturnsInsideGeneratedCode() {
        Assembler a = new Assembler();
        Label function = a.newLabel();
        a.call(function);
        a.mov(x(0), RAX);
        a.lea(RCX, function);
        a.call(RCX);
        a.add(RAX, new Imm8(1));
        a.mov(x(1), RAX);
        exit(a, RETURNED);
        a.bind(function);
        a.mov(RAX, new Imm32(21));
        a.imul(RAX, RAX, new Imm8(2));
        a.ret();

        code.enter(code.load(a));

        assertEquals(42, code.x(0));
        assertEquals(43, code.x(1));
    }

    @Test
    void generatedCodeMayClobberEveryPinnedRegister() {
        Assembler a = new Assembler();
        a.movabs(HEAP_TOP, new Imm64(0xdead_beef_0000_0001L));
        a.mov(STACK_POINTER, new Imm32(-2));
        a.xor(REDUCTIONS, REDUCTIONS);
        a.xor(PROCESS, PROCESS);
        a.xor(X_REGISTERS, X_REGISTERS);
        exit(a, RETURNED);
        code.context.setProcess(0x5000);

        long status = code.enter(code.load(a));

        assertEquals(RETURNED, status);
        assertEquals(0xdead_beef_0000_0001L, code.context.heapTop());
        assertEquals(-2, code.context.stackPointer());
        assertEquals(0, code.context.reductions());
        assertEquals(0x5000, code.context.process(), "the process is loaded, never stored back");
        assertEquals(code.xRegisters, code.context.xRegisters(), "the X-register base is loaded, never stored back");
    }

    @Test
    void thePinnedRegistersAreLoadedFromTheContext() {
        Assembler a = new Assembler();
        a.mov(x(0), HEAP_TOP);
        a.mov(x(1), STACK_POINTER);
        a.mov(x(2), REDUCTIONS);
        a.mov(x(3), PROCESS);
        a.mov(x(4), X_REGISTERS);
        a.mov(x(5), RSP);
        exit(a, RETURNED);
        code.context.setHeapTop(0x1111);
        code.context.setStackPointer(0x2222);
        code.context.setReductions(4000);
        code.context.setProcess(0x4444);

        code.enter(code.load(a));

        assertEquals(List.of(0x1111L, 0x2222L, 4000L, 0x4444L, code.xRegisters),
                List.of(code.x(0), code.x(1), code.x(2), code.x(3), code.x(4)));
        assertEquals(0, code.x(5) % 16, "rsp is 16-byte aligned in generated code");
    }
}
