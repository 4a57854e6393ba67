package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.MoveOps;

/** Register moves (OTP's {@code instr_common}: {@code move}, {@code swap}, {@code init_yregs}). */
public interface MoveFamily {
    void move(MoveOps.Move op);

    void swap(MoveOps.Swap op);

    void initY(MoveOps.InitY op);
}
