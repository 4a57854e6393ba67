package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.GuardOps;

/** Type tests and comparisons (OTP's {@code is_*}, {@code is_eq_exact}, {@code is_lt}, ...). */
public interface GuardFamily {
    void typeTest(GuardOps.TypeTest op);

    void compare(GuardOps.Compare op);

    void isFunction2(GuardOps.IsFunction2 op);

    void testArity(GuardOps.TestArity op);

    void isTaggedTuple(GuardOps.IsTaggedTuple op);
}
