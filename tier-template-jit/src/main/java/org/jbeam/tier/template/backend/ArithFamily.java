package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.BifOps;

/** Inline small-integer arithmetic with a BIF-call slow path (OTP's {@code instr_arith}). */
public interface ArithFamily {
    void arith(BifOps.Arith op);
}
