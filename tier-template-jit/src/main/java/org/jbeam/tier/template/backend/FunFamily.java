package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.FunOps;

/** Funs (OTP's {@code instr_fun}). */
public interface FunFamily {
    void makeFun(FunOps.MakeFun op);

    void callFun(FunOps.CallFun op);
}
