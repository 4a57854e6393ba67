package org.jbeam.tier.interpreter.instr;

/**
 * {@code try}/{@code catch} and re-raising (OTP's {@code instr_catch}): a catch tag in a Y
 * register marks an active handler on the stack; an exception unwinds to the nearest one.
 * When control arrives at a handler, X0 is the non-value, X1 the class, X2 the reason and X3
 * the raw stack trace, as in BEAM.
 */
public sealed interface ExceptionOps extends Instruction {
    /** {@code try Y Handler}: Y holds {@code catchTag}, which names the handler. */
    record Try(int y, long catchTag) implements ExceptionOps {}

    record TryEnd(int y) implements ExceptionOps {}

    /** Clears the tag and moves class, reason and raw trace from X1..X3 to X0..X2. */
    record TryCase(int y) implements ExceptionOps {}

    record TryCaseEnd(Source value) implements ExceptionOps {}

    /** {@code catch Y Handler}: an old-style {@code catch Expr}. */
    record CatchStart(int y, long catchTag) implements ExceptionOps {}

    /** Clears the tag; after an exception, turns it into {@code catch}'s value in X0. */
    record CatchEnd(int y) implements ExceptionOps {}

    /** Raises {@code value} again with the class its raw stack trace records. */
    record Raise(Source stacktrace, Source value) implements ExceptionOps {}

    /** X0: the raw stack trace in X0 made into the list {@code erlang:get_stacktrace} shows. */
    record BuildStacktrace() implements ExceptionOps {}

    /** Raises class X0, reason X1, raw stack trace X2. */
    record RawRaise() implements ExceptionOps {}
}
