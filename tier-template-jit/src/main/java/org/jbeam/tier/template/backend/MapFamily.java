package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.MapOps;

/** Map instructions (OTP's {@code instr_map}). */
public interface MapFamily {
    void mapInstruction(MapOps.MapInstruction op);
}
