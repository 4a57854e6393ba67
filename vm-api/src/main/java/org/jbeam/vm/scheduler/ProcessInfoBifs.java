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
 * {@code erlang:process_info/1,2} (OTP's {@code erl_bif_info.c}); the items are
 * {@link ProcessInfoItems}'. Each answer is {@code {Item, Value}} (a lone
 * {@code registered_name} item of an unnamed process answers {@code []}); a list of items
 * gives a list of answers; a dead process gives {@code undefined}. {@code process_info/1}
 * answers erl's default items, {@code registered_name} first when the process has a name. An
 * item jbeam does not track is {@code badarg}, so a caller learns it rather than getting a
 * made-up value. Another process is read between its slices ({@link ProcessInspection}).
 */
public final class ProcessInfoBifs {
    private ProcessInfoBifs() {}

    /** The items of {@code process_info/1}, in erl's order. */
    private static final String[] DEFAULT_ITEMS = {"current_function", "initial_call", "status", "message_queue_len",
        "links", "dictionary", "trap_exit", "error_handler", "priority", "group_leader", "total_heap_size",
        "heap_size", "stack_size", "reductions", "garbage_collection", "suspending"};

    public static void register(BifTable t, AtomTable atoms) {
        org.jbeam.vm.bif.Bif[] info1 = new org.jbeam.vm.bif.Bif[1];
        info1[0] = (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("process_info: not a local pid");
            }
            ErlangProcess target = p.pid() == a[0] ? p : runtime(p).lookup(a[0]);
            if (target == null) {
                return Atoms.UNDEFINED;
            }
            return ProcessInspection.read(p, target, () -> all(p, target, atoms),
                    ProcessInspection.retrying(info1[0], 1), a);
        };
        t.register("erlang", "process_info", 1, info1[0]);
        org.jbeam.vm.bif.Bif[] info2 = new org.jbeam.vm.bif.Bif[1];
        info2[0] = (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("process_info: not a local pid");
            }
            ErlangProcess target = p.pid() == a[0] ? p : runtime(p).lookup(a[0]);
            if (target == null) {
                return Atoms.UNDEFINED;
            }
            long items = a[1];
            return ProcessInspection.read(p, target, () -> some(p, target, items, atoms),
                    ProcessInspection.retrying(info2[0], 2), a);
        };
        t.register("erlang", "process_info", 2, info2[0]);
    }

    private static long all(ErlangProcess p, ErlangProcess target, AtomTable atoms) {
        long[] answers = new long[DEFAULT_ITEMS.length + 1];
        int count = 0;
        long name = target.control().registeredName;
        if (name != TermTags.NON_VALUE) {
            answers[count++] = Tuples.make(p.heap(), atoms.atom("registered_name"), name);
        }
        for (String item : DEFAULT_ITEMS) {
            long key = atoms.atom(item);
            answers[count++] = Tuples.make(p.heap(), key, item(p, target, key, atoms));
        }
        return Lists.of(p.heap(), java.util.Arrays.copyOf(answers, count));
    }

    private static long some(ErlangProcess p, ErlangProcess target, long items, AtomTable atoms) {
        if (TermTags.isAtom(items)) {
            long value = item(p, target, items, atoms);
            // A lone registered_name item of an unnamed process is [], not {registered_name, []}.
            return value == TermTags.NIL && items == atoms.atom("registered_name") ? TermTags.NIL
                    : Tuples.make(p.heap(), items, value);
        }
        long length = Lists.properLength(items);
        if (length < 0) {
            throw ErlangException.badarg("process_info: not an item or a list of items");
        }
        long[] answers = new long[(int) length];
        long rest = items;
        for (int i = 0; i < answers.length; i++, rest = Lists.tail(rest)) {
            long name = Lists.head(rest);
            answers[i] = Tuples.make(p.heap(), name, item(p, target, name, atoms));
        }
        return Lists.of(p.heap(), answers);
    }

    private static long item(ErlangProcess p, ErlangProcess target, long name, AtomTable atoms) {
        return ProcessInfoItems.value(p, target, name, atoms);
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
