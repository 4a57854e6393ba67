package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.tier.template.backend.SelectFamily;
import org.jbeam.tier.template.ops.SelectOps;
import org.jbeam.vm.term.TermTags;

/**
 * Multi-way branches (OTP's {@code instr_select}): a compare-and-branch per value. BeamAsm
 * switches to a jump table or a binary search for long lists; this backend does not yet.
 * Clobber rax (and rdx for values that need 64 bits).
 */
final class SelectTemplates implements SelectFamily {
    private final Emission e;

    SelectTemplates(Emission e) {
        this.e = e;
    }

    /** The values are immediates (the decoder refuses others), so equality is identity of words. */
    @Override
    public void selectVal(SelectOps.SelectVal op) {
        e.load(RAX, op.value());
        for (int i = 0; i < op.values().length; i++) {
            e.compareImmediate(RAX, op.values()[i]);
            e.a.jcc(Condition.E, e.beam(op.labels()[i]));
        }
        e.a.jmp(e.beam(op.fail()));
    }

    /** The operand is known to be a tuple: branch on its header, {@code arity << 6}. */
    @Override
    public void selectTupleArity(SelectOps.SelectTupleArity op) {
        e.load(RAX, op.tuple());
        e.a.mov(RAX, Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED));
        for (int i = 0; i < op.arities().length; i++) {
            e.compareImmediate(RAX, (long) op.arities()[i] << TermTags.ARITY_OFFSET);
            e.a.jcc(Condition.E, e.beam(op.labels()[i]));
        }
        e.a.jmp(e.beam(op.fail()));
    }
}
