package org.jbeam.vm.bif;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;

/**
 * The dynamic-trace tag BIFs ({@code erlang:dt_*}, {@code erl_bif_trace.c}) as an erl built
 * without DTrace or SystemTap answers them, which is what jbeam is: no tag is ever set.
 * {@code file:call/2} wraps every file-server request in {@code dt_spread_tag/1} and
 * {@code dt_restore_tag/1}.
 */
final class DynamicTraceBifs {
    private DynamicTraceBifs() {}

    static void register(BifTable t) {
        long undefined = t.atoms().atom("undefined");
        t.register("erlang", "dt_spread_tag", 1, (p, a) -> {
            if (a[0] != Atoms.TRUE && a[0] != Atoms.FALSE) {
                throw ErlangException.badarg("dt_spread_tag: not a boolean");
            }
            return Atoms.TRUE;
        });
        t.register("erlang", "dt_restore_tag", 1, (p, a) -> {
            if (a[0] != Atoms.TRUE) {
                throw ErlangException.badarg("dt_restore_tag: not a tag dt_spread_tag gave");
            }
            return Atoms.TRUE;
        });
        t.register("erlang", "dt_get_tag", 0, (p, a) -> undefined);
        t.register("erlang", "dt_get_tag_data", 0, (p, a) -> undefined);
        t.register("erlang", "dt_put_tag", 1, (p, a) -> undefined);
        t.register("erlang", "dt_prepend_vm_tag_data", 1, (p, a) -> a[0]);
        t.register("erlang", "dt_append_vm_tag_data", 1, (p, a) -> a[0]);
    }
}
