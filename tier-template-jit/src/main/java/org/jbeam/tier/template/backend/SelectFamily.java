package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.SelectOps;

/** Multi-way branches (OTP's {@code instr_select}). */
public interface SelectFamily {
    void selectVal(SelectOps.SelectVal op);

    void selectTupleArity(SelectOps.SelectTupleArity op);
}
