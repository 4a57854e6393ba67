package org.jbeam.vm.ets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code ets} BIFs about a table's settings and the table set ({@code erl_db.c}):
 * {@code safe_fixtable/2}, {@code setopts/2} ({@code heir} and {@code protection}, by the owner
 * only), {@code internal_request_all/0} (behind {@code ets:all/0}: every scheduler sends its
 * share of the tables as {@code {Ref, Tables}}: here the first message has them all and the
 * other schedulers' are empty, as {@code ets:all/0} waits for {@code system_info(schedulers)} of them),
 * and the {@code info/2} items about fixing.
 */
final class EtsSettingsBifs {
    private final EtsBifs ets;
    private final AtomTable atoms;
    private final BifTable bifs;

    private EtsSettingsBifs(EtsBifs ets, AtomTable atoms, BifTable bifs) {
        this.ets = ets;
        this.atoms = atoms;
        this.bifs = bifs;
    }

    static void register(BifTable t, EtsBifs ets, AtomTable atoms) {
        EtsSettingsBifs s = new EtsSettingsBifs(ets, atoms, t);
        t.register("ets", "safe_fixtable", 2, s::safeFixtable);
        t.register("ets", "setopts", 2, s::setopts);
        t.register("ets", "internal_request_all", 0, s::requestAll);
    }

    private long safeFixtable(ErlangProcess p, long[] a) {
        if (a[1] != Atoms.TRUE && a[1] != Atoms.FALSE) {
            throw ErlangException.badarg("ets:safe_fixtable/2: not a boolean");
        }
        return ets.readChanging(p, a[0], tab -> {
            long wallMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
            tab.fix(p.pid(), a[1] == Atoms.TRUE, monotonicTime(p), wallMicros);
            return Atoms.TRUE;
        });
    }

    /** {@code erlang:monotonic_time()} as the BIF answers it (a small integer on a 64-bit VM). */
    private long monotonicTime(ErlangProcess p) {
        long time = bifs.find(atoms.atom("erlang"), atoms.atom("monotonic_time"), 0).call(p, new long[0]);
        return TermTags.isSmall(time) ? TermTags.smallValue(time) : 0;
    }

    /** {@code setopts(Tab, Opts)}: {@code Opts} one option or a proper list of them, all checked before any applies. */
    private long setopts(ErlangProcess p, long[] a) {
        long options = Tuples.isTuple(a[1]) ? Lists.of(p.heap(), a[1]) : a[1];
        if (Lists.properLength(options) < 0) {
            throw ErlangException.badarg("ets:setopts/2: not an option list");
        }
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            checkOption(Lists.head(rest));
        }
        return ets.write(p, a[0], tab -> {
            if (tab.owner() != p.pid()) {
                throw ErlangException.badarg("ets:setopts/2: only the owner may change the options");
            }
            for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
                apply(tab, Lists.head(rest));
            }
            return Atoms.TRUE;
        });
    }

    private void checkOption(long option) {
        int arity = Tuples.isTuple(option) ? Tuples.arity(option) : 0;
        String name = arity > 0 && TermTags.isAtom(Tuples.element(option, 1)) ? atoms.name(Tuples.element(option, 1)) : "";
        boolean valid = switch (name) {
            case "heir" -> arity == 3 && TermTags.isLocalPid(Tuples.element(option, 2))
                    || arity == 2 && Tuples.element(option, 2) == atoms.atom("none");
            case "protection" -> arity == 2 && TermTags.isAtom(Tuples.element(option, 2))
                    && access(Tuples.element(option, 2)) != null;
            default -> false;
        };
        if (!valid) {
            throw ErlangException.badarg("ets:setopts/2: bad option");
        }
    }

    private void apply(EtsTable table, long option) {
        if (atoms.name(Tuples.element(option, 1)).equals("protection")) {
            table.setAccess(access(Tuples.element(option, 2)));
        } else if (Tuples.arity(option) == 3) {
            table.setHeir(Tuples.element(option, 2), Tuples.element(option, 3));
        } else {
            table.setHeir(TermTags.NON_VALUE, TermTags.NON_VALUE);
        }
    }

    private Access access(long atom) {
        for (Access access : Access.values()) {
            if (access.atomText().equals(atoms.name(atom))) {
                return access;
            }
        }
        return null;
    }

    /** Sends {@code {Ref, Tables}} to the caller and returns {@code Ref}. */
    private long requestAll(ErlangProcess p, long[] a) {
        if (p.control() == null) {
            throw ErlangException.badarg("ets:all/0 needs the process runtime");
        }
        long ref = p.control().runtime().makeReference(p.heap());
        List<EtsTable> all = ets.tables().all();
        long list = TermTags.NIL;
        for (int i = all.size() - 1; i >= 0; i--) {
            EtsTable table = all.get(i);
            long id = table.named() ? table.name() : EtsTables.reference(table, p.heap());
            list = Lists.cons(p.heap(), id, list);
        }
        p.control().runtime().send(p.pid(), Tuples.make(p.heap(), ref, list));
        for (int i = 1; i < p.control().runtime().schedulerCount(); i++) {
            p.control().runtime().send(p.pid(), Tuples.make(p.heap(), ref, TermTags.NIL));
        }
        return ref;
    }

    /**
     * The {@code info/2} items about fixing ({@code fixed}, {@code safe_fixed},
     * {@code safe_fixed_monotonic_time}), or {@code NON_VALUE} when {@code item} is another.
     */
    static long fixInfo(EtsTable table, String item, HeapAllocator heap) {
        SequencedMap<Long, Integer> fixes = table.fixes();
        return switch (item) {
            case "fixed" -> Atoms.bool(!fixes.isEmpty());
            case "safe_fixed", "safe_fixed_monotonic_time" -> {
                if (fixes.isEmpty()) {
                    yield Atoms.FALSE;
                }
                long list = TermTags.NIL;
                for (Map.Entry<Long, Integer> fix : fixes.sequencedEntrySet().reversed()) {
                    list = Lists.cons(heap, Tuples.make(heap, fix.getKey(), TermTags.makeSmall(fix.getValue())), list);
                }
                long micros = table.fixedAtWallMicros();
                long when = item.equals("safe_fixed")
                        ? Tuples.make(heap, TermTags.makeSmall(micros / 1_000_000_000_000L),
                                TermTags.makeSmall(micros / 1_000_000 % 1_000_000), TermTags.makeSmall(micros % 1_000_000))
                        : Integers.fromLong(heap, table.fixedAtMonotonic());
                yield Tuples.make(heap, when, list);
            }
            default -> TermTags.NON_VALUE;
        };
    }
}
