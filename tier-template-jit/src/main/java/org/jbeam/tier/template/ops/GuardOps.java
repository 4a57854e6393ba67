package org.jbeam.tier.template.ops;

/** Guard tests (OTP's {@code instr_guard_bifs} and the {@code is_*} tests): go on when true, else jump to {@code fail}. */
public final class GuardOps {
    private GuardOps() {}

    public record TypeTest(TypeTestKind kind, int fail, Source value) implements Op {}

    public record Compare(Comparison kind, int fail, Source a, Source b) implements Op {}

    /** {@code is_function2 Fail Value Arity}: a fun taking {@code arity} arguments (a helper decides). */
    public record IsFunction2(int fail, Source value, Source arity) implements Op {}

    public record TestArity(int fail, Source tuple, int arity) implements Op {}

    /** {@code is_tagged_tuple}: a tuple of {@code arity} whose first element is the atom {@code tag}. */
    public record IsTaggedTuple(int fail, Source tuple, int arity, long tag) implements Op {}
}
