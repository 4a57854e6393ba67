package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.STACK_POINTER;
import static org.jbeam.arch.x86_64.RegisterConventions.contextWord;
import static org.jbeam.arch.x86_64.RegisterConventions.x;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbeam.arch.x86_64.ExitEmitter;
import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm64;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Xmm;
import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.ContextLayout;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.entry.ExitStatus;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.Register;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.tier.template.ops.XReg;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.term.TermTags;

/**
 * One module's emission state and the VM vocabulary the templates speak (Sparkplug's
 * macro-assembler idea): BEAM registers as memory operands, loading a source, storing a result,
 * leaving for a helper, and slow paths deferred to the end of the module so the fast path falls
 * through. Every template may clobber rax, rcx, rdx and rsi; none keeps a value in a machine
 * register past its own end (contract 2).
 */
final class Emission {
    final Assembler a = new Assembler();
    final int tierId;
    private final Map<Integer, Label> beamLabels = new HashMap<>();
    private final List<Runnable> slowPaths = new ArrayList<>();
    /** Where each {@code line} op's code starts, in code order, and its line-table item. */
    final List<Label> lineLabels = new ArrayList<>();
    final List<Integer> lineItems = new ArrayList<>();

    Emission(int tierId) {
        this.tierId = tierId;
    }

    /** The native label of BEAM label {@code number}. */
    Label beam(int number) {
        return beamLabels.computeIfAbsent(number, n -> a.newLabel());
    }

    /** Every BEAM label and its native label, once the code is emitted. */
    Map<Integer, Label> beamLabels() {
        return beamLabels;
    }

    /** Each slow path's start, end and the start of the instruction that deferred it, in emission order. */
    final List<Label[]> slowPathSpans = new ArrayList<>();
    /** Where the instruction being emitted starts. */
    private Label instructionStart;

    /** The next instruction's code starts here. */
    void startInstruction() {
        instructionStart = a.newLabel();
        a.bind(instructionStart);
    }

    /**
     * Emits {@code slowPath} after the module's code, out of the fast path's way, noted as the
     * current instruction's (a slow path that defers another passes its own position on).
     */
    void later(Runnable slowPath) {
        Label origin = instructionStart;
        if (origin == null || emittingSlowPaths) {
            origin = a.newLabel();
            a.bind(origin);
        }
        Label from = origin;
        slowPaths.add(() -> {
            Label start = a.newLabel();
            Label end = a.newLabel();
            a.bind(start);
            slowPath.run();
            a.bind(end);
            slowPathSpans.add(new Label[] {start, end, from});
        });
    }

    private boolean emittingSlowPaths;

    /** Emits the deferred slow paths (one may defer another). */
    void emitSlowPaths() {
        emittingSlowPaths = true;
        for (int i = 0; i < slowPaths.size(); i++) {
            slowPaths.get(i).run();
        }
        slowPaths.clear();
        emittingSlowPaths = false;
    }

    /** X(n) or Y(n) in memory: Y(n) is word n + 1 above the frame pointer (word 0 is the saved CP). */
    Mem<Bits64> mem(Register register) {
        return switch (register) {
            case XReg xr -> x(xr.index());
            case YReg y -> Mem.qwordPtr(STACK_POINTER, 8 * (y.index() + 1));
        };
    }

    /** {@code into} = the term {@code source} names. */
    void load(Gp<Bits64> into, Source source) {
        switch (source) {
            case Register r -> a.mov(into, mem(r));
            case Constant c -> loadImmediate(into, c.term());
        }
    }

    /** {@code into} = {@code value}: a sign-extended 32-bit move when it fits, else {@code movabs}. */
    void loadImmediate(Gp<Bits64> into, long value) {
        if (value == (int) value) {
            a.mov(into, new Imm32((int) value));
        } else {
            a.movabs(into, new Imm64(value));
        }
    }

    void store(Register target, Gp<Bits64> from) {
        a.mov(mem(target), from);
    }

    /** A float's header word ({@code Floats}: the header, then the double). */
    static final int FLOAT_HEADER = 1 << TermTags.ARITY_OFFSET | TermTags.FLOAT_SUBTAG;
    /** The double of a float, from its boxed pointer. */
    static final int FLOAT_DOUBLE = 8 - TermTags.PRIMARY_BOXED;

    /** Jumps to {@code otherwise} unless {@code (term & mask) == tag} (a primary or immediate tag test). Clobbers {@code scratch}. */
    void jumpUnlessTagged(Gp<Bits64> term, Gp<Bits64> scratch, int mask, int tag, Label otherwise) {
        a.mov(scratch, term);
        a.and(scratch, new Imm32(mask));
        a.cmp(scratch, new Imm32(tag));
        a.jcc(Condition.NE, otherwise);
    }

    /** {@code into} = the double of the boxed float {@code term}, else a jump to {@code otherwise}. Clobbers {@code scratch}. */
    void unboxFloat(Gp<Bits64> term, Xmm into, Gp<Bits64> scratch, Label otherwise) {
        jumpUnlessTagged(term, scratch, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED, otherwise);
        a.cmp(Mem.qwordPtr(term, -TermTags.PRIMARY_BOXED), new Imm32(FLOAT_HEADER));
        a.jcc(Condition.NE, otherwise);
        a.movsd(into, Mem.qwordPtr(term, FLOAT_DOUBLE));
    }

    /**
     * Jumps to {@code notFinite} when the double whose bits {@code bits} holds is an infinity or a
     * NaN (its exponent, bits 62..52, all ones): Erlang has neither, so such a result is badarith.
     * Clobbers {@code scratch}.
     */
    void jumpUnlessFinite(Gp<Bits64> bits, Gp<Bits64> scratch, Label notFinite) {
        a.mov(scratch, bits);
        a.shr(scratch, new Imm8(52));
        a.and(scratch, new Imm32(0x7FF));
        a.cmp(scratch, new Imm32(0x7FF));
        a.jcc(Condition.E, notFinite);
    }

    /** {@code value} (a machine integer that fits 60 bits) as a small integer: {@code value << 4 | 0xF}. */
    void tagSmall(Gp<Bits64> value) {
        a.shl(value, new Imm8(TermTags.IMMEDIATE1_SIZE));
        a.or(value, new Imm8(TermTags.SMALL_INTEGER));
    }

    /** {@code cmp r, value}, through rdx when the value needs 64 bits (clobbers rdx then). */
    void compareImmediate(Gp<Bits64> register, long value) {
        if (Imm8.fits(value)) {
            a.cmp(register, new Imm8((int) value));
        } else if (value == (int) value) {
            a.cmp(register, new Imm32((int) value));
        } else {
            a.movabs(org.jbeam.arch.x86_64.asm.Registers.RDX, new Imm64(value));
            a.cmp(register, org.jbeam.arch.x86_64.asm.Registers.RDX);
        }
    }

    /** Context argument word {@code index} (a helper's argument or result). */
    Mem<Bits64> argument(int index) {
        return contextWord(ContextLayout.argument(index));
    }

    /** Stores a constant in argument word {@code index}, through rax when it needs 64 bits. */
    void setArgument(int index, long value) {
        if (value == (int) value) {
            a.mov(argument(index), new Imm32((int) value));
        } else {
            a.movabs(RAX, new Imm64(value));
            a.mov(argument(index), RAX);
        }
    }

    /** Leaves for {@code helper}; Java re-enters at {@code resume} unless the helper says otherwise. Clobbers rax. */
    void callHelper(Helper helper, Label resume) {
        ExitEmitter.exitResumingAt(a, ExitStatus.of(ExitReason.CALL_HELPER, helper.number()), resume);
    }

    /** Calls {@code helper}; native code goes on with the next instruction. Clobbers rax. */
    void callHelperAndGoOn(Helper helper) {
        Label next = a.newLabel();
        callHelper(helper, next);
        a.bind(next);
    }

    /** Calls {@code helper}, re-entered at this same exit (the helper decides, each time, whether to go on). */
    void callHelperResumingHere(Helper helper) {
        Label here = a.newLabel();
        a.bind(here);
        callHelper(helper, here);
    }

    /** Leaves with {@code reason}, re-entered (for a yield) at {@code resume}. Clobbers rax. */
    void leave(ExitReason reason, Label resume) {
        ExitEmitter.exitResumingAt(a, ExitStatus.of(reason), resume);
    }

    /** Leaves with {@code reason}, never re-entered here. Clobbers rax. */
    void leave(ExitReason reason) {
        ExitEmitter.exit(a, ExitStatus.of(reason));
    }

    /** The CP word's tier bits and tag (its low 10 bits) for this tier's continuation pointers. */
    int continuationTag() {
        return tierId << 2;
    }
}
