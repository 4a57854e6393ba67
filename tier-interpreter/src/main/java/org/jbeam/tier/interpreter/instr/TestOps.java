package org.jbeam.tier.interpreter.instr;

/**
 * Type tests, comparisons and selects (OTP's guard and select instructions): each jumps to
 * {@code fail} when its test does not hold and falls through when it does.
 */
public sealed interface TestOps extends Instruction {
    record IsInteger(int fail, Source value) implements TestOps {}

    record IsFloat(int fail, Source value) implements TestOps {}

    record IsNumber(int fail, Source value) implements TestOps {}

    record IsAtom(int fail, Source value) implements TestOps {}

    record IsBoolean(int fail, Source value) implements TestOps {}

    record IsTuple(int fail, Source value) implements TestOps {}

    record IsList(int fail, Source value) implements TestOps {}

    record IsNil(int fail, Source value) implements TestOps {}

    record IsNonemptyList(int fail, Source value) implements TestOps {}

    record IsFunction(int fail, Source value) implements TestOps {}

    record IsPid(int fail, Source value) implements TestOps {}

    record IsPort(int fail, Source value) implements TestOps {}

    record IsReference(int fail, Source value) implements TestOps {}

    record IsBinary(int fail, Source value) implements TestOps {}

    record IsBitstr(int fail, Source value) implements TestOps {}

    record IsMap(int fail, Source value) implements TestOps {}

    /** {@code is_function2}: a fun taking {@code arity} arguments (the arity may be a register). */
    record IsFunction2(int fail, Source value, Source arity) implements TestOps {}

    record IsEqExact(int fail, Source a, Source b) implements TestOps {}

    record IsNeExact(int fail, Source a, Source b) implements TestOps {}

    record IsEq(int fail, Source a, Source b) implements TestOps {}

    record IsNe(int fail, Source a, Source b) implements TestOps {}

    record IsLt(int fail, Source a, Source b) implements TestOps {}

    record IsGe(int fail, Source a, Source b) implements TestOps {}

    record TestArity(int fail, Source tuple, int arity) implements TestOps {}

    record IsTaggedTuple(int fail, Source tuple, int arity, long tag) implements TestOps {}

    /** Jumps to the target of the first value exactly equal to the operand, else to {@code fail}. */
    record SelectVal(Source value, int fail, long[] values, int[] targets) implements TestOps {}

    record SelectTupleArity(Source tuple, int fail, int[] arities, int[] targets) implements TestOps {}
}
