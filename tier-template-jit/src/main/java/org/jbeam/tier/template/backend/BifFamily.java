package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.BifOps;
import org.jbeam.tier.template.ops.ErrorOps;

/** BIF calls through helpers and the instructions that raise (OTP's {@code instr_bif}, {@code badmatch}, ...). */
public interface BifFamily {
    void guardBif(BifOps.CallGuardBif op);

    void termAccess(BifOps.TermAccess op);

    void raise(ErrorOps.Raise op);
}
