package org.jbeam.vm.scheduler;

import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;

/**
 * The {@code erts_internal} process BIFs boot calls ({@code erl_bif_info.c}, {@code bif.c}):
 * {@code spawn_system_process/3} starts a process that {@code init:restart/0} would spare; jbeam
 * has no restart yet, so it is a plain spawn.
 */
public final class SystemProcessBifs {
    private SystemProcessBifs() {}

    public static void register(BifTable t) {
        t.register("erts_internal", "spawn_system_process", 3, (p, a) -> runtime(p).spawn(a[0], a[1], a[2]));
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
