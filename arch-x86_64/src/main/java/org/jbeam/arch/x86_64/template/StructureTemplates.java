package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.REDUCTIONS;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.backend.StructureFamily;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.tier.template.ops.StructureOps;
import org.jbeam.vm.term.TermTags;

/** Labels, {@code func_info} and the reduction test at function entries (OTP's {@code i_func_info}, {@code i_test_yield}). */
final class StructureTemplates implements StructureFamily {
    private final Emission e;

    StructureTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void label(StructureOps.Label op) {
        e.a.bind(e.beam(op.number()));
    }

    @Override
    public void line(StructureOps.Line op) {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.lineLabels.add(here);
        e.lineItems.add(op.item());
    }

    /**
     * Reached when no clause matched: raises {@code function_clause}. Passes module, function and
     * arity (arg1..arg3) so the trace's entry names the arguments in X0..; never resumes.
     */
    @Override
    public void funcInfo(StructureOps.FuncInfo op) {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.setArgument(0, ErrorKind.FUNCTION_CLAUSE.code());
        e.setArgument(1, op.module());
        e.setArgument(2, op.function());
        e.setArgument(3, TermTags.makeSmall(op.arity()));
        e.callHelper(Helper.RAISE, here);
    }

    /**
     * Counts the call's reduction (r14) and yields when the slice is used up; the yield resumes
     * right after the test, so the call is not counted twice. Clobbers rax on the slow path only.
     */
    @Override
    public void functionEntry(StructureOps.FunctionEntry op) {
        Label yield = e.a.newLabel();
        Label resume = e.a.newLabel();
        e.a.dec(REDUCTIONS);
        e.a.jcc(Condition.LE, yield);
        e.a.bind(resume);
        e.later(() -> {
            e.a.bind(yield);
            e.leave(ExitReason.YIELDED, resume);
        });
    }
}
