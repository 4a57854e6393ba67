package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.FloatOps;

/** Float-register arithmetic (OTP's {@code instr_float}). */
public interface FloatFamily {
    void load(FloatOps.FloatLoad op);

    void store(FloatOps.FloatStore op);

    void copy(FloatOps.FloatCopy op);

    void convert(FloatOps.FloatConvert op);

    void arith(FloatOps.FloatArith op);

    void negate(FloatOps.FloatNegate op);
}
