package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code erts_internal} process BIFs boot calls ({@code erl_bif_info.c}, {@code bif.c}):
 * {@code spawn_system_process/3} starts a process that {@code init:restart/0} would spare; jbeam
 * has no restart yet, so it is a spawn that marks the process for {@code is_system_process/1}.
 * Also {@code erlang:processes/0} ({@code erlang:ports/0} is in {@code org.jbeam.vm.port.PortBifs}).
 */
public final class SystemProcessBifs {
    private SystemProcessBifs() {}

    public static void register(BifTable t) {
        t.register("erts_internal", "spawn_system_process", 3, (p, a) -> {
            long pid = runtime(p).spawn(a[0], a[1], a[2]);
            runtime(p).lookup(pid).control().options.systemProcess = true;
            return pid;
        });
        t.register("erts_internal", "is_system_process", 1, (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("is_system_process: not a local pid");
            }
            ErlangProcess target = a[0] == p.pid() ? p : runtime(p).lookup(a[0]);
            return Atoms.bool(target != null && target.control().options.systemProcess);
        });
        t.register("erlang", "processes", 0, (p, a) -> Lists.of(p.heap(), runtime(p).pids()));
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
