package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.EAX;
import static org.jbeam.arch.x86_64.asm.Registers.ECX;
import static org.jbeam.arch.x86_64.asm.Registers.EDX;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Gp;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Xmm;
import org.jbeam.tier.template.backend.GuardFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.GuardOps;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.term.TermTags;

/**
 * Type tests and comparisons (OTP's {@code is_*} tests and {@code is_eq_exact}, {@code is_lt}, ...):
 * tag tests on the term's word inline, a boxed term's header subtag read inline. Comparisons of
 * immediates (and of two small integers or two floats for order) are decided inline; anything else leaves for
 * the COMPARE helper, which uses the runtime's term order. Each goes on when the test holds and
 * jumps to the fail label otherwise. Clobber rax, rcx, rdx, xmm0, xmm1.
 */
final class GuardTemplates implements GuardFamily {
    private final Emission e;

    GuardTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void typeTest(GuardOps.TypeTest op) {
        Label fail = e.beam(op.fail());
        Label ok = e.a.newLabel();
        e.load(RAX, op.value());
        switch (op.kind()) {
            case INTEGER -> immediateOr(ok, fail, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER,
                    TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG);
            case FLOAT -> boxedWith(ok, fail, TermTags.FLOAT_SUBTAG);
            case NUMBER -> immediateOr(ok, fail, TermTags.IMMEDIATE1_MASK, TermTags.SMALL_INTEGER,
                    TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG, TermTags.FLOAT_SUBTAG);
            case ATOM -> immediate(fail, TermTags.IMMEDIATE2_MASK, TermTags.ATOM);
            case BOOLEAN -> {
                e.compareImmediate(RAX, Atoms.TRUE);
                e.a.jcc(Condition.E, ok);
                e.compareImmediate(RAX, Atoms.FALSE);
                e.a.jcc(Condition.NE, fail);
            }
            case TUPLE -> boxedWith(ok, fail, TermTags.TUPLE_SUBTAG);
            case LIST -> {
                e.compareImmediate(RAX, TermTags.NIL);
                e.a.jcc(Condition.E, ok);
                immediate(fail, TermTags.PRIMARY_MASK, TermTags.PRIMARY_LIST);
            }
            case NIL -> {
                e.compareImmediate(RAX, TermTags.NIL);
                e.a.jcc(Condition.NE, fail);
            }
            case NONEMPTY_LIST -> immediate(fail, TermTags.PRIMARY_MASK, TermTags.PRIMARY_LIST);
            case PID -> immediateOr(ok, fail, TermTags.IMMEDIATE1_MASK, TermTags.PID, TermTags.EXTERNAL_PID_SUBTAG);
            case PORT -> immediateOr(ok, fail, TermTags.IMMEDIATE1_MASK, TermTags.PORT,
                    TermTags.EXTERNAL_PORT_SUBTAG);
            case REFERENCE -> boxedWith(ok, fail, TermTags.REF_SUBTAG, TermTags.EXTERNAL_REF_SUBTAG);
            case BITSTRING -> boxedWith(ok, fail, TermTags.REFC_BINARY_SUBTAG, TermTags.HEAP_BINARY_SUBTAG,
                    TermTags.SUB_BINARY_SUBTAG);
            case BINARY -> binary(ok, fail);
            case MAP -> boxedWith(ok, fail, TermTags.MAP_SUBTAG);
            case FUNCTION -> boxedWith(ok, fail, TermTags.FUN_SUBTAG, TermTags.EXPORT_SUBTAG);
        }
        e.a.bind(ok);
    }

    /** Fails unless {@code (rax & mask) == tag}. */
    private void immediate(Label fail, int mask, int tag) {
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(mask));
        e.a.cmp(ECX, new Imm32(tag));
        e.a.jcc(Condition.NE, fail);
    }

    /** Goes to {@code ok} when {@code (rax & mask) == tag}, else tests for a boxed term with one of {@code subtags}. */
    private void immediateOr(Label ok, Label fail, int mask, int tag, int... subtags) {
        e.a.mov(ECX, EAX);
        e.a.and(ECX, new Imm32(mask));
        e.a.cmp(ECX, new Imm32(tag));
        e.a.jcc(Condition.E, ok);
        boxedWith(ok, fail, subtags);
    }

    /**
     * Goes to {@code ok} when rax is boxed and its header's subtag is one of {@code subtags}, else
     * to {@code fail}. Leaves the subtag in ecx and the header's address minus 2 in rax (untouched).
     */
    private void boxedWith(Label ok, Label fail, int... subtags) {
        boxedSubtag(fail);
        for (int i = 0; i < subtags.length - 1; i++) {
            e.a.cmp(ECX, new Imm32(subtags[i]));
            e.a.jcc(Condition.E, ok);
        }
        e.a.cmp(ECX, new Imm32(subtags[subtags.length - 1]));
        e.a.jcc(Condition.NE, fail);
    }

    /** ecx = the header subtag of boxed rax; fails when rax is not boxed. */
    private void boxedSubtag(Label fail) {
        immediate(fail, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED);
        e.a.mov(RCX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED));
        e.a.and(ECX, new Imm32(TermTags.HEADER_SUBTAG_MASK));
    }

    /** A bitstring whose size is whole bytes: a sub binary must have no trailing bits (word 3). */
    private void binary(Label ok, Label fail) {
        boxedSubtag(fail);
        e.a.cmp(ECX, new Imm32(TermTags.REFC_BINARY_SUBTAG));
        e.a.jcc(Condition.E, ok);
        e.a.cmp(ECX, new Imm32(TermTags.HEAP_BINARY_SUBTAG));
        e.a.jcc(Condition.E, ok);
        e.a.cmp(ECX, new Imm32(TermTags.SUB_BINARY_SUBTAG));
        e.a.jcc(Condition.NE, fail);
        e.a.cmp(Mem.qwordPtr(RAX, 8 * 3 - TermTags.PRIMARY_BOXED), new Imm8(0));
        e.a.jcc(Condition.NE, fail);
    }

    @Override
    public void compare(GuardOps.Compare op) {
        Label fail = e.beam(op.fail());
        Label holds = e.a.newLabel();
        Label slow = e.a.newLabel();
        e.load(RAX, op.a());
        e.load(RCX, op.b());
        switch (op.kind()) {
            case EQ_EXACT, NE_EXACT -> {
                boolean equal = op.kind() == Comparison.EQ_EXACT;
                Label same = equal ? holds : fail;
                Label different = equal ? fail : holds;
                e.a.cmp(RAX, RCX);
                e.a.jcc(Condition.E, same);
                if (isImmediate(op.a()) || isImmediate(op.b())) {
                    if (!equal) {
                        return; // different: the test holds, and its code follows
                    }
                    e.a.jmp(different);
                } else {
                    // Two terms that are not the same word are exactly equal only if both are boxed or lists.
                    notImmediate(different, EAX);
                    notImmediate(different, ECX);
                    e.a.jmp(slow);
                }
            }
            case EQ, NE -> {
                boolean equal = op.kind() == Comparison.EQ;
                e.a.cmp(RAX, RCX);
                e.a.jcc(Condition.E, equal ? holds : fail);
                // Different immediates are unequal (an integer equals a float only when one is boxed).
                e.a.mov(EDX, EAX);
                e.a.and(EDX, ECX);
                e.a.and(EDX, new Imm32(TermTags.PRIMARY_MASK));
                e.a.cmp(EDX, new Imm32(TermTags.PRIMARY_IMMEDIATE1));
                e.a.jcc(Condition.NE, slow);
                e.a.jmp(equal ? fail : holds);
            }
            case LT, GE -> {
                Label floats = e.a.newLabel();
                boolean less = op.kind() == Comparison.LT;
                bothSmall(floats);
                e.a.cmp(RAX, RCX);
                e.a.jcc(less ? Condition.GE : Condition.L, fail);
                e.later(() -> {
                    // Two floats compare on SSE2 (no NaN exists in Erlang); anything else is the helper's.
                    e.a.bind(floats);
                    e.unboxFloat(RAX, Xmm.XMM0, RDX, slow);
                    e.unboxFloat(RCX, Xmm.XMM1, RDX, slow);
                    e.a.ucomisd(Xmm.XMM0, Xmm.XMM1);
                    e.a.jcc(less ? Condition.AE : Condition.B, fail);
                    e.a.jmp(holds);
                });
            }
        }
        e.later(() -> {
            Label back = e.a.newLabel();
            e.a.bind(slow);
            e.setArgument(0, op.kind().code());
            e.a.mov(e.argument(1), RAX);
            e.a.mov(e.argument(2), RCX);
            e.callHelper(Helper.COMPARE, back);
            e.a.bind(back);
            e.a.cmp(e.argument(0), new Imm8(0));
            e.a.jcc(Condition.E, fail);
            e.a.jmp(holds);
        });
        e.a.bind(holds);
    }

    /** Goes to {@code immediate} when the term in {@code register} is an immediate. Clobbers edx. */
    private void notImmediate(Label immediate, org.jbeam.arch.x86_64.asm.Gp<org.jbeam.arch.x86_64.asm.Width.Bits32> register) {
        e.a.mov(EDX, register);
        e.a.and(EDX, new Imm32(TermTags.PRIMARY_MASK));
        e.a.cmp(EDX, new Imm32(TermTags.PRIMARY_IMMEDIATE1));
        e.a.jcc(Condition.E, immediate);
    }

    /** Goes to {@code otherwise} unless rax and rcx are both small integers. Clobbers edx. */
    private void bothSmall(Label otherwise) {
        e.a.mov(EDX, EAX);
        e.a.and(EDX, ECX);
        e.a.and(EDX, new Imm32(TermTags.IMMEDIATE1_MASK));
        e.a.cmp(EDX, new Imm32(TermTags.SMALL_INTEGER));
        e.a.jcc(Condition.NE, otherwise);
    }

    private static boolean isImmediate(Source source) {
        return source instanceof Constant c && TermTags.isImmediate(c.term());
    }

    /** {@code is_function2}: the IS_FUNCTION2 helper decides. */
    @Override
    public void isFunction2(GuardOps.IsFunction2 op) {
        Label back = e.a.newLabel();
        e.load(RAX, op.value());
        e.a.mov(e.argument(1), RAX);
        e.load(RAX, op.arity());
        e.a.mov(e.argument(2), RAX);
        e.callHelper(Helper.IS_FUNCTION2, back);
        e.a.bind(back);
        e.a.cmp(e.argument(0), new Imm8(0));
        e.a.jcc(Condition.E, e.beam(op.fail()));
    }

    /** The operand is known to be a tuple: its header must be {@code arity << 6}. */
    @Override
    public void testArity(GuardOps.TestArity op) {
        e.load(RAX, op.tuple());
        e.a.mov(RAX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED));
        e.compareImmediate(RAX, (long) op.arity() << TermTags.ARITY_OFFSET);
        e.a.jcc(Condition.NE, e.beam(op.fail()));
    }

    @Override
    public void isTaggedTuple(GuardOps.IsTaggedTuple op) {
        Label fail = e.beam(op.fail());
        e.load(RAX, op.tuple());
        immediate(fail, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED);
        e.a.mov(RCX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED));
        e.compareImmediate(RCX, (long) op.arity() << TermTags.ARITY_OFFSET);
        e.a.jcc(Condition.NE, fail);
        e.a.mov(RCX, Mem.qwordPtr(RAX, 8 - TermTags.PRIMARY_BOXED));
        e.compareImmediate(RCX, op.tag());
        e.a.jcc(Condition.NE, fail);
    }
}
