package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.CallOps;

/** Calls, returns and jumps (OTP's {@code instr_call}). */
public interface CallFamily {
    void call(CallOps.Call op);

    void callOnly(CallOps.CallOnly op);

    void callLast(CallOps.CallLast op);

    void callExt(CallOps.CallExt op);

    void callBif(CallOps.CallBif op);

    void apply(CallOps.Apply op);

    void hibernate(CallOps.Hibernate op);

    void callOnLoad(CallOps.CallOnLoad op);

    void ret(CallOps.Return op);

    void jump(CallOps.Jump op);
}
