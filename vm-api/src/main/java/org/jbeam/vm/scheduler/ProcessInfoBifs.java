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
 * {@code erlang:process_info/1,2} (OTP's {@code erl_bif_info.c}) for the items jbeam tracks:
 * {@code registered_name} (a lone item of an unnamed process answers {@code []}), {@code status}, {@code message_queue_len},
 * {@code trap_exit}, {@code links}, {@code priority}, {@code group_leader}. Each answer is {@code {Item, Value}};
 * a list of items gives a list of answers; a dead process gives {@code undefined}. An item
 * jbeam does not track is {@code badarg}, so a caller learns it rather than getting a made-up
 * value.
 */
public final class ProcessInfoBifs {
    private ProcessInfoBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "process_info", 2, (p, a) -> {
            if (!TermTags.isLocalPid(a[0])) {
                throw ErlangException.badarg("process_info: not a local pid");
            }
            ErlangProcess target = p.pid() == a[0] ? p : runtime(p).lookup(a[0]);
            if (target == null) {
                return Atoms.UNDEFINED;
            }
            if (TermTags.isAtom(a[1])) {
                long value = item(p, target, a[1], atoms);
                // A lone registered_name item of an unnamed process is [], not {registered_name, []}.
                return value == TermTags.NIL && a[1] == atoms.atom("registered_name") ? TermTags.NIL
                        : Tuples.make(p.heap(), a[1], value);
            }
            long length = Lists.properLength(a[1]);
            if (length < 0) {
                throw ErlangException.badarg("process_info: not an item or a list of items");
            }
            long[] answers = new long[(int) length];
            long rest = a[1];
            for (int i = 0; i < answers.length; i++, rest = Lists.tail(rest)) {
                long name = Lists.head(rest);
                answers[i] = Tuples.make(p.heap(), name, item(p, target, name, atoms));
            }
            return Lists.of(p.heap(), answers);
        });
    }

    private static long item(ErlangProcess p, ErlangProcess target, long name, AtomTable atoms) {
        if (!TermTags.isAtom(name)) {
            throw ErlangException.badarg("process_info: an item must be an atom");
        }
        ProcessControl control = target.control();
        return switch (atoms.name(name)) {
            case "registered_name" -> control.registeredName == TermTags.NON_VALUE ? TermTags.NIL
                    : control.registeredName;
            case "status" -> atoms.atom(target == p ? "running" : switch (control.state()) {
                case RUNNABLE -> "runnable";
                case RUNNING -> "running";
                case WAITING -> "waiting";
                case EXITED -> "exiting";
            });
            case "message_queue_len" -> TermTags.makeSmall(target.mailbox().size());
            case "trap_exit" -> Atoms.bool(control.trapExit);
            case "priority" -> control.options.priority == TermTags.NON_VALUE ? atoms.atom("normal")
                    : control.options.priority;
            case "group_leader" -> control.options.groupLeader;
            case "links" -> {
                long list = TermTags.NIL;
                for (long linked : control.links) {
                    list = Lists.cons(p.heap(), linked, list);
                }
                yield list;
            }
            default -> throw ErlangException.badarg("process_info: item " + atoms.name(name)
                    + " is not tracked by jbeam yet");
        };
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
