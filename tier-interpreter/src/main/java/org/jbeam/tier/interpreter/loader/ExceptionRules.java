package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.tier.interpreter.instr.ExceptionOps;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;

/** Rewrite rules for {@code try}, {@code catch} and the raise instructions. */
final class ExceptionRules {
    private ExceptionRules() {}

    static void addTo(RewriteRules t) {
        t.add(GenericOp.TRY, (g, c) -> List.of(new ExceptionOps.Try(y(g.operand(0)),
                c.catches().tagFor(c.operands().label(g.operand(1))))));
        t.add(GenericOp.CATCH, (g, c) -> List.of(new ExceptionOps.CatchStart(y(g.operand(0)),
                c.catches().tagFor(c.operands().label(g.operand(1))))));
        t.one(GenericOp.TRY_END, (g, d) -> new ExceptionOps.TryEnd(y(g.operand(0))));
        t.one(GenericOp.TRY_CASE, (g, d) -> new ExceptionOps.TryCase(y(g.operand(0))));
        t.one(GenericOp.CATCH_END, (g, d) -> new ExceptionOps.CatchEnd(y(g.operand(0))));
        t.one(GenericOp.TRY_CASE_END, (g, d) -> new ExceptionOps.TryCaseEnd(d.source(g.operand(0))));
        t.one(GenericOp.RAISE, (g, d) -> new ExceptionOps.Raise(d.source(g.operand(0)), d.source(g.operand(1))));
        t.one(GenericOp.BUILD_STACKTRACE, (g, d) -> new ExceptionOps.BuildStacktrace());
        t.one(GenericOp.RAW_RAISE, (g, d) -> new ExceptionOps.RawRaise());
    }

    private static int y(Operand operand) {
        if (operand instanceof Operand.YRegister y) {
            return y.index();
        }
        throw new IllegalStateException("expected a Y register, got " + operand);
    }
}
