package org.jbeam.tier.template.ops;

/**
 * Exception handling (OTP's {@code try}, {@code catch} and their ends, {@code raise},
 * {@code build_stacktrace}, {@code raw_raise}): a {@code try}/{@code catch} puts a catch tag of
 * this tier in a Y register; an exception unwinding to it continues at the handler with X0 =
 * non-value, X1 = class, X2 = reason, X3 = {@code {Class, Trace}}.
 */
public final class ExceptionOps {
    private ExceptionOps() {}

    /** {@code try Y L} and {@code catch Y L}: Y holds {@code catchTag}, which names handler label {@code handler}. */
    public record Try(int y, long catchTag, int handler) implements Op {}

    /** {@code try_end Y}: the protected code ended normally; Y is cleared. */
    public record TryEnd(int y) implements Op {}

    /** {@code try_case Y}: the handler starts; Y cleared, class, reason and raw trace moved to X0..X2. */
    public record TryCase(int y) implements Op {}

    /** {@code try_case_end V}: no {@code of} clause matched; raises {@code {try_clause, V}}. */
    public record TryCaseEnd(Source value) implements Op {}

    /**
     * {@code catch_end Y}: Y cleared; if an exception got here (X0 is the non-value) X0 becomes the
     * value {@code catch} gives: the thrown term, {@code {'EXIT', Reason}} or {@code {'EXIT', {Reason, Trace}}}.
     */
    public record CatchEnd(int y) implements Op {}

    /** {@code raise Trace Value}: re-raises with the class and trace kept in the raw trace. */
    public record Reraise(Source trace, Source value) implements Op {}

    /** {@code build_stacktrace}: X0, a raw trace, becomes the trace as a list. */
    public record BuildStacktrace() implements Op {}

    /** {@code raw_raise}: raises class X0, reason X1, raw trace X2 ({@code badarg} for a bad class). */
    public record RawRaise() implements Op {}
}
