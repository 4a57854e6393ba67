package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.ESI;
import static org.jbeam.arch.x86_64.asm.Registers.R8;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Scale;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.tier.template.backend.BitsFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.BitsOps;
import org.jbeam.tier.template.ops.BitsSite;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.vm.bits.SegmentFlags;
import org.jbeam.vm.term.MatchStates;
import org.jbeam.vm.term.TermTags;

/**
 * Bit-syntax instructions (OTP's {@code instr_bs}): the BITS helper carries out the module's bits
 * site with vm-api's semantics (reading and writing the registers, collecting at a Live operand
 * itself); the code only branches on its answer. The match-state bookkeeping is inline, as in
 * BeamAsm: {@code bs_start_match3} of a state that exists already, {@code bs_get_position},
 * {@code bs_set_position}, {@code bs_test_tail2} and {@code bs_test_unit} (a power-of-two
 * unit) read or write the state's raw position and size words ({@link MatchStates}), and an
 * 8-bit {@code bs_get_integer2} at a byte-aligned position reads the byte; anything else, or an
 * operand that is not a match state, goes to the helper. Clobbers rax, rcx, rdx, rsi, rdi, r8.
 */
final class BitSyntaxTemplates implements BitsFamily {
    private static final long STATE_HEADER = TermTags.makeHeader(MatchStates.ARITY, TermTags.MATCH_STATE_SUBTAG);
    private static final int POSITION = 8 - TermTags.PRIMARY_BOXED;
    private static final int SIZE = 16 - TermTags.PRIMARY_BOXED;
    private static final int BITSTRING = 24 - TermTags.PRIMARY_BOXED;
    /** Where a heap binary's bytes start, and the word of a refc binary that holds their address ({@code Binaries}). */
    private static final int HEAP_BYTES = 16 - TermTags.PRIMARY_BOXED;
    private static final int REFC_BYTES = 32 - TermTags.PRIMARY_BOXED;
    /** A sub binary's byte offset, bit offset and original binary. */
    private static final int SUB_BYTE_OFFSET = 16 - TermTags.PRIMARY_BOXED;
    private static final int SUB_BIT_OFFSET = 32 - TermTags.PRIMARY_BOXED;
    private static final int SUB_ORIGINAL = 40 - TermTags.PRIMARY_BOXED;

    private final Emission e;

    BitSyntaxTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void bitsInstruction(BitsOps.BitsInstruction op) {
        Label slow = e.a.newLabel();
        Label done = e.a.newLabel();
        boolean inline = switch (op.detail()) {
            case BitsSite.StartMatch s -> {
                // A state given again (a loop over a binary) is its own result.
                state(s.source(), slow);
                e.store(s.target(), RAX);
                yield true;
            }
            case BitsSite.GetPosition s -> {
                state(s.context(), slow);
                e.a.mov(RCX, Mem.qwordPtr(RAX, POSITION));
                e.tagSmall(RCX);
                e.store(s.target(), RCX);
                yield true;
            }
            case BitsSite.SetPosition s -> {
                // A small integer from 0 to the size; anything else is the helper's badarg.
                state(s.context(), slow);
                e.load(RCX, s.position());
                e.jumpUnlessTagged(RCX, RDX, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER, slow);
                e.a.sar(RCX, new Imm8(TermTags.IMMEDIATE1_SIZE));
                e.a.cmp(RCX, Mem.qwordPtr(RAX, SIZE));
                e.a.jcc(Condition.A, slow); // unsigned: a negative position is above every size
                e.a.mov(Mem.qwordPtr(RAX, POSITION), RCX);
                yield true;
            }
            case BitsSite.TestTail s when s.fail() != 0 && s.bits() == (int) s.bits() -> {
                remaining(s.context(), slow);
                e.a.cmp(RCX, new Imm32((int) s.bits()));
                e.a.jcc(Condition.NE, e.beam(s.fail()));
                yield true;
            }
            case BitsSite.TestUnit s when s.fail() != 0 && Integer.bitCount(s.unit()) == 1 -> {
                remaining(s.context(), slow);
                e.a.test(ECX, new Imm32(s.unit() - 1));
                e.a.jcc(Condition.NE, e.beam(s.fail()));
                yield true;
            }
            case BitsSite.GetInteger s when s.fail() != 0 && isByte(s) -> {
                getByte(s, slow);
                yield true;
            }
            default -> false;
        };
        if (!inline) {
            helper(op);
            return;
        }
        e.a.bind(done);
        e.later(() -> {
            e.a.bind(slow);
            helper(op);
            e.a.jmp(done);
        });
    }

    /** An 8-bit integer segment: size 8 of unit 1, or size 1 of unit 8 (any sign, any byte order). */
    private static boolean isByte(BitsSite.GetInteger s) {
        if (!(s.size() instanceof Constant c) || !TermTags.isSmall(c.term())) {
            return false;
        }
        return TermTags.smallValue(c.term()) * s.unit() == 8;
    }

    /**
     * The byte at a byte-aligned position with 8 bits left, read from the bitstring's bytes (a heap
     * or refc binary, or a sub binary of one starting on a whole byte); the position moves on 8
     * bits. Anything else is the helper's (it fails the match or reads unaligned bits).
     */
    private void getByte(BitsSite.GetInteger s, Label slow) {
        state(s.context(), slow);
        e.a.mov(RCX, Mem.qwordPtr(RAX, POSITION));
        e.a.mov(RDX, Mem.qwordPtr(RAX, SIZE));
        e.a.sub(RDX, RCX);
        e.a.cmp(RDX, new Imm8(8));
        e.a.jcc(Condition.L, slow);
        e.a.test(ECX, new Imm32(7));
        e.a.jcc(Condition.NE, slow);
        e.a.mov(RDX, Mem.qwordPtr(RAX, BITSTRING));
        Label whole = e.a.newLabel();
        Label found = e.a.newLabel();
        subtag(RDX);
        e.a.cmp(ESI, new Imm32(TermTags.SUB_BINARY_SUBTAG));
        e.a.jcc(Condition.NE, whole);
        e.a.cmp(Mem.qwordPtr(RDX, SUB_BIT_OFFSET), new Imm8(0));
        e.a.jcc(Condition.NE, slow);
        e.a.mov(R8, Mem.qwordPtr(RDX, SUB_BYTE_OFFSET));
        e.a.mov(RDX, Mem.qwordPtr(RDX, SUB_ORIGINAL));
        subtag(RDX);
        bytesOfWhole(slow);
        e.a.add(RDI, R8);
        e.a.jmp(found);
        e.a.bind(whole);
        bytesOfWhole(slow);
        e.a.bind(found);
        e.a.shr(RCX, new Imm8(3));
        if ((s.flags() & SegmentFlags.SIGNED) != 0) {
            e.a.movsx(RSI, Mem.bytePtr(RDI, RCX, Scale.TIMES_1, 0));
        } else {
            e.a.movzx(ESI, Mem.bytePtr(RDI, RCX, Scale.TIMES_1, 0));
        }
        e.a.add(Mem.qwordPtr(RAX, POSITION), new Imm8(8));
        e.tagSmall(RSI);
        e.store(s.target(), RSI);
    }

    /** esi = the header subtag of boxed {@code binary}. */
    private void subtag(Gp<Bits64> binary) {
        e.a.mov(RSI, Mem.qwordPtr(binary, -TermTags.PRIMARY_BOXED));
        e.a.and(ESI, new Imm32(TermTags.HEADER_SUBTAG_MASK));
    }

    /** rdi = the first byte of rdx, a heap or refc binary whose subtag is in esi; else {@code slow}. */
    private void bytesOfWhole(Label slow) {
        Label refc = e.a.newLabel();
        Label done = e.a.newLabel();
        e.a.cmp(ESI, new Imm32(TermTags.HEAP_BINARY_SUBTAG));
        e.a.jcc(Condition.NE, refc);
        e.a.lea(RDI, Mem.qwordPtr(RDX, HEAP_BYTES));
        e.a.jmp(done);
        e.a.bind(refc);
        e.a.cmp(ESI, new Imm32(TermTags.REFC_BINARY_SUBTAG));
        e.a.jcc(Condition.NE, slow);
        e.a.mov(RDI, Mem.qwordPtr(RDX, REFC_BYTES));
        e.a.bind(done);
    }

    private void helper(BitsOps.BitsInstruction op) {
        Label back = e.a.newLabel();
        e.setArgument(0, op.site());
        e.callHelper(Helper.BITS, back);
        e.a.bind(back);
        if (op.fail() != 0) {
            e.a.cmp(e.argument(0), new Imm8(0));
            e.a.jcc(Condition.E, e.beam(op.fail()));
        }
    }

    /** rax = the match state {@code source} holds, or a jump to {@code otherwise}. Clobbers rcx, edx. */
    private void state(Source source, Label otherwise) {
        e.load(RAX, source);
        e.jumpUnlessTagged(RAX, RDX, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED, otherwise);
        e.loadImmediate(RCX, STATE_HEADER);
        e.a.cmp(Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED), RCX);
        e.a.jcc(Condition.NE, otherwise);
    }

    /** rcx = the bits left in the match state {@code context} holds (rax). */
    private void remaining(Source context, Label otherwise) {
        state(context, otherwise);
        e.a.mov(RCX, Mem.qwordPtr(RAX, SIZE));
        e.a.sub(RCX, Mem.qwordPtr(RAX, POSITION));
    }
}
