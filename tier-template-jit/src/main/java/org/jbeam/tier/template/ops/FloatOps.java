package org.jbeam.tier.template.ops;

/**
 * Float-register instructions (OTP's {@code instr_float}): doubles in the scheduler's float
 * register file, boxed into floats only when moved to an X or Y register. A result that is not
 * finite raises {@code badarith}, as BEAM checks after each operation.
 */
public final class FloatOps {
    private FloatOps() {}

    /** {@code fmove Src FR}: a float term (known to be one) unboxed into a float register. */
    public record FloatLoad(Source source, int target) implements Op {}

    /** {@code fmove FR Dst}: a float register boxed into a float on the heap (a heap test made room). */
    public record FloatStore(int source, Register target) implements Op {}

    /** {@code fmove FR FR}. */
    public record FloatCopy(int source, int target) implements Op {}

    /** {@code fconv Src FR}: a number converted to a double ({@code badarith} for anything else). */
    public record FloatConvert(Source source, int target) implements Op {}

    /** {@code fadd}, {@code fsub}, {@code fmul}, {@code fdiv}: {@code target = a op b}. */
    public record FloatArith(FloatOperation operation, int a, int b, int target) implements Op {}

    /** {@code fnegate FR FR}. */
    public record FloatNegate(int source, int target) implements Op {}
}
