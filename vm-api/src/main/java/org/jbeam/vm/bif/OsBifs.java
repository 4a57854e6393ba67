package org.jbeam.vm.bif;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code os} BIFs of OTP's {@code bif.tab} ({@code erl_bif_os.c}): the environment as
 * strings ({@code getenv/0,1}, {@code putenv/2}, {@code unsetenv/1}) and {@code getpid/0}. The
 * environment is this VM's copy of the JVM's, taken when the table is built; {@code putenv}
 * changes the copy (the JVM cannot change its own environment), which is what Erlang code reads.
 */
public final class OsBifs {
    private OsBifs() {}

    public static void register(BifTable t) {
        Map<String, String> environment = new ConcurrentHashMap<>(System.getenv());
        t.register("os", "getenv", 1, (p, a) -> {
            String value = environment.get(TermText.string(a[0]));
            return value == null ? Atoms.FALSE : TermText.list(p.heap(), value);
        });
        t.register("os", "getenv", 0, (p, a) -> {
            long list = TermTags.NIL;
            for (Map.Entry<String, String> e : environment.entrySet()) {
                list = Lists.cons(p.heap(), TermText.list(p.heap(), e.getKey() + "=" + e.getValue()), list);
            }
            return list;
        });
        t.register("os", "putenv", 2, (p, a) -> {
            String name = TermText.string(a[0]);
            if (name.isEmpty() || name.contains("=")) {
                throw ErlangException.badarg("putenv: bad variable name");
            }
            environment.put(name, TermText.string(a[1]));
            return Atoms.TRUE;
        });
        t.register("os", "unsetenv", 1, (p, a) -> {
            environment.remove(TermText.string(a[0]));
            return Atoms.TRUE;
        });
        t.register("os", "getpid", 0, (p, a) -> TermText.list(p.heap(),
                Long.toString(ProcessHandle.current().pid())));
    }
}
