package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.ExceptionOps;

/** Exception handling (OTP's {@code instr_common}: {@code try}, {@code catch_end}, {@code raise}, ...). */
public interface ExceptionFamily {
    void tryStart(ExceptionOps.Try op);

    void tryEnd(ExceptionOps.TryEnd op);

    void tryCase(ExceptionOps.TryCase op);

    void tryCaseEnd(ExceptionOps.TryCaseEnd op);

    void catchEnd(ExceptionOps.CatchEnd op);

    void reraise(ExceptionOps.Reraise op);

    void buildStacktrace(ExceptionOps.BuildStacktrace op);

    void rawRaise(ExceptionOps.RawRaise op);
}
