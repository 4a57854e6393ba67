package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.BitsOps;

/** Bit-syntax instructions (OTP's {@code instr_bs}): matching and construction. */
public interface BitsFamily {
    void bitsInstruction(BitsOps.BitsInstruction op);
}
