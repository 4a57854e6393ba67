package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:monitor/3} with its options and the alias BIFs {@code alias/0,1} and
 * {@code unalias/1} (OTP's {@code bif.c}: {@code monitor_3}, {@code alias_1},
 * {@code unalias_1}). Options are {@code {alias, explicit_unalias | demonitor |
 * reply_demonitor}} and {@code {tag, Tag}}; {@code alias/1} takes {@code explicit_unalias} or
 * {@code reply}. Anything else, or an improper list, is {@code badarg} as in erl. OTP 25's
 * {@code gen:call} monitors its server with {@code [{alias, demonitor}]} and the server replies
 * to that alias.
 */
public final class MonitorBifs {
    private MonitorBifs() {}

    public static void register(BifTable t) {
        t.register("erlang", "monitor", 3, (p, a) -> monitor(p, a[0], a[1], a[2]));
        t.register("erlang", "alias", 0, (p, a) -> alias(p, TermTags.NIL));
        t.register("erlang", "alias", 1, (p, a) -> alias(p, a[0]));
        t.register("erlang", "unalias", 1, (p, a) -> {
            RefKey key = RefKey.of(a[0]);
            if (key == null) {
                if (TermTags.isBoxed(a[0]) && org.jbeam.vm.term.Identifiers.isLocalReference(a[0])) {
                    return Atoms.FALSE; // not made by this runtime, so never an alias of ours
                }
                throw ErlangException.badarg("unalias: not a reference");
            }
            return Atoms.bool(runtime(p).aliases.deactivate(p.control(), key));
        });
    }

    /** {@code monitor(Type, Item, Options)}; {@code monitor/2} is this with no options. */
    public static long monitor(ErlangProcess p, long type, long item, long options) {
        ProcessRuntime runtime = runtime(p);
        AtomTable atoms = runtime.atoms();
        if (type == atoms.atom("port") && options == TermTags.NIL) {
            return runtime.portSignals().monitor(p, item);
        }
        if (type != atoms.atom("process")) {
            throw ErlangException.badarg("monitor: only process and port monitors are supported");
        }
        long tag = TermTags.NON_VALUE;
        Aliases.Mode mode = null;
        long rest = options;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (!Tuples.isTuple(option) || Tuples.arity(option) != 2) {
                throw ErlangException.badarg("monitor: bad option");
            }
            long name = Tuples.element(option, 1);
            long value = Tuples.element(option, 2);
            if (name == atoms.atom("tag")) {
                tag = value;
            } else if (name == atoms.atom("alias")) {
                mode = monitorAliasMode(atoms, value);
            } else {
                throw ErlangException.badarg("monitor: bad option");
            }
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("monitor: options must be a proper list");
        }
        return runtime.signals.monitor(p, item, tag, mode);
    }

    private static Aliases.Mode monitorAliasMode(AtomTable atoms, long value) {
        if (value == atoms.atom("explicit_unalias")) {
            return Aliases.Mode.EXPLICIT_UNALIAS;
        }
        if (value == atoms.atom("demonitor")) {
            return Aliases.Mode.DEMONITOR;
        }
        if (value == atoms.atom("reply_demonitor")) {
            return Aliases.Mode.REPLY_DEMONITOR;
        }
        throw ErlangException.badarg("monitor: bad alias option");
    }

    /** {@code alias(Options)}: a new reference, active as an alias of the caller. */
    private static long alias(ErlangProcess p, long options) {
        ProcessRuntime runtime = runtime(p);
        Aliases.Mode mode = Aliases.Mode.EXPLICIT_UNALIAS;
        long rest = options;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (option == runtime.atoms().atom("reply")) {
                mode = Aliases.Mode.REPLY;
            } else if (option != runtime.atoms().atom("explicit_unalias")) {
                throw ErlangException.badarg("alias: bad option");
            }
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("alias: options must be a proper list");
        }
        long reference = runtime.makeReference(p.heap());
        runtime.aliases.activate(p.control(), RefKey.of(reference), mode);
        return reference;
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
