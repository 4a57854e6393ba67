package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;

/**
 * {@code erlang:yield/0} (OTP's {@code bif.c} {@code yield_0}): gives up the rest of the time
 * slice, so that other runnable processes run first; answers {@code true}.
 */
public final class YieldBifs {
    private YieldBifs() {}

    public static void register(BifTable t) {
        t.register("erlang", "yield", 0, (p, a) -> {
            p.endSlice();
            return Atoms.TRUE;
        });
    }
}
