package org.jbeam.tier.template.ops;

/** Multi-way branches (OTP's {@code instr_select}). */
public final class SelectOps {
    private SelectOps() {}

    /** {@code select_val}: jump to {@code labels[i]} when the value is exactly {@code values[i]} (immediates), else {@code fail}. */
    public record SelectVal(Source value, int fail, long[] values, int[] labels) implements Op {}

    /** {@code select_tuple_arity}: the value is a tuple; jump by its arity, else {@code fail}. */
    public record SelectTupleArity(Source tuple, int fail, int[] arities, int[] labels) implements Op {}
}
