package org.jbeam.tier.template.ops;

/** Code structure: labels, function headers and the reduction test at each function's entry. */
public final class StructureOps {
    private StructureOps() {}

    /** {@code label N}: a jump target; BEAM label numbers are kept, the backend binds one native label each. */
    public record Label(int number) implements Op {}

    /** {@code line Item}: the code after it comes from line-table item {@code item} (for stack traces). */
    public record Line(int item) implements Op {}

    /**
     * {@code func_info M F A}: reached only when no clause matched; raises {@code function_clause}
     * with the arguments in X0..X(A-1) (OTP's {@code i_func_info}).
     */
    public record FuncInfo(long module, long function, int arity) implements Op {}

    /**
     * The reduction test at a function's entry label (OTP's {@code i_test_yield}): counts one
     * reduction for the call that got here and yields when the slice is used up.
     */
    public record FunctionEntry(long module, long function, int arity) implements Op {}
}
