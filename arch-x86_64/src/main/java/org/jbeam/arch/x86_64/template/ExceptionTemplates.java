package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.RegisterConventions.x;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.ExceptionFamily;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.tier.template.ops.ExceptionOps;
import org.jbeam.tier.template.ops.YReg;
import org.jbeam.vm.term.TermTags;

/**
 * Exception handling (OTP's {@code try}, {@code catch}, {@code try_end}, {@code try_case},
 * {@code catch_end}, {@code raise}, ...): installing and clearing catch tags in Y registers is
 * inline; building the values a handler gets and raising again are helpers. The unwinding itself
 * is Java's ({@code NativeExceptions}), which re-enters at the handler label with X0 = non-value,
 * X1..X3 = class, reason, raw trace. Clobber rax.
 */
final class ExceptionTemplates implements ExceptionFamily {
    private final Emission e;

    ExceptionTemplates(Emission e) {
        this.e = e;
    }

    /** The catch tag, an immediate naming this tier's handler, goes to Y; the handler label is bound where it is defined. */
    @Override
    public void tryStart(ExceptionOps.Try op) {
        e.beam(op.handler());
        e.loadImmediate(RAX, op.catchTag());
        e.store(new YReg(op.y()), RAX);
    }

    @Override
    public void tryEnd(ExceptionOps.TryEnd op) {
        clear(op.y());
    }

    /** The handler of a {@code try}: Y cleared, class, reason and raw trace down to X0..X2. */
    @Override
    public void tryCase(ExceptionOps.TryCase op) {
        clear(op.y());
        for (int i = 0; i < 3; i++) {
            e.a.mov(RAX, x(i + 1));
            e.a.mov(x(i), RAX);
        }
    }

    @Override
    public void tryCaseEnd(ExceptionOps.TryCaseEnd op) {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.load(RAX, op.value());
        e.a.mov(e.argument(1), RAX);
        e.setArgument(0, ErrorKind.TRY_CLAUSE.code());
        e.callHelper(Helper.RAISE, here);
    }

    /** Y cleared; X0 the non-value means an exception got here, and the CATCH_END helper makes {@code catch}'s value. */
    @Override
    public void catchEnd(ExceptionOps.CatchEnd op) {
        Label done = e.a.newLabel();
        clear(op.y());
        e.a.cmp(x(0), new Imm8((int) TermTags.NON_VALUE));
        e.a.jcc(Condition.NE, done);
        e.callHelper(Helper.CATCH_END, done);
        e.a.bind(done);
    }

    @Override
    public void reraise(ExceptionOps.Reraise op) {
        Label here = e.a.newLabel();
        e.a.bind(here);
        e.load(RAX, op.trace());
        e.a.mov(e.argument(1), RAX);
        e.load(RAX, op.value());
        e.a.mov(e.argument(2), RAX);
        e.callHelper(Helper.RERAISE, here);
    }

    @Override
    public void buildStacktrace(ExceptionOps.BuildStacktrace op) {
        e.callHelperAndGoOn(Helper.BUILD_STACKTRACE);
    }

    @Override
    public void rawRaise(ExceptionOps.RawRaise op) {
        e.callHelperResumingHere(Helper.RAW_RAISE);
    }

    private void clear(int y) {
        e.a.mov(e.mem(new YReg(y)), new Imm32((int) TermTags.NIL));
    }
}
