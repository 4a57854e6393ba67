package org.jbeam.vm.bif;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The timer BIFs with options ({@code erl_hl_timer.c}): {@code erlang:send_after/4} and
 * {@code start_timer/4} (option {@code {abs, true}}: the time is an absolute
 * {@code erlang:monotonic_time(millisecond)}), {@code cancel_timer/2} (options
 * {@code {async, Bool}}, {@code {info, Bool}}) and {@code read_timer/1,2} (option
 * {@code {async, Bool}}). An asynchronous cancel or read answers {@code ok} at once and sends
 * the caller {@code {cancel_timer | read_timer, Ref, Result}} (only when {@code info} is true for
 * a cancel); the result is the milliseconds that were left, or {@code false} when the timer had
 * fired, been cancelled, or never existed.
 */
final class TimerBifs {
    private final long abs;
    private final long async;
    private final long info;
    private final long cancelTimer;
    private final long readTimer;

    private TimerBifs(AtomTable atoms) {
        abs = atoms.atom("abs");
        async = atoms.atom("async");
        info = atoms.atom("info");
        cancelTimer = atoms.atom("cancel_timer");
        readTimer = atoms.atom("read_timer");
    }

    static void register(BifTable t) {
        TimerBifs timers = new TimerBifs(t.atoms());
        t.register("erlang", "send_after", 4, (p, a) -> timers.start(p, a, false));
        t.register("erlang", "start_timer", 4, (p, a) -> timers.start(p, a, true));
        t.register("erlang", "cancel_timer", 2, (p, a) -> timers.cancel(p, a[0], a[1]));
        t.register("erlang", "read_timer", 1, (p, a) -> timers.read(p, a[0], TermTags.NIL));
        t.register("erlang", "read_timer", 2, (p, a) -> timers.read(p, a[0], a[1]));
    }

    private long start(ErlangProcess p, long[] a, boolean wrap) {
        boolean absolute = false;
        long rest = a[3];
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            absolute = booleanOption(Lists.head(rest), abs);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("timer options are a list");
        }
        long millis = a[0];
        if (absolute) {
            if (!Integers.isInteger(millis)) {
                throw ErlangException.badarg("the timer's time is not an integer");
            }
            long deadline = Integers.toBigInteger(millis).longValue();
            long now = Math.floorDiv(TimeBifs.monotonicNanos(), 1_000_000L);
            millis = TermTags.makeSmall(Math.max(0, deadline - now));
        }
        return runtime(p).startTimer(p, millis, a[1], a[2], wrap);
    }

    private long cancel(ErlangProcess p, long reference, long options) {
        boolean asynchronous = false;
        boolean withInfo = true;
        long rest = options;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (isOption(option, async)) {
                asynchronous = booleanOption(option, async);
            } else {
                withInfo = booleanOption(option, info);
            }
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("cancel_timer options are a list");
        }
        long result = runtime(p).cancelTimer(p, reference);
        if (asynchronous) {
            if (withInfo) {
                runtime(p).send(p.pid(), Tuples.make(p.heap(), cancelTimer, reference, result));
            }
            return Atoms.OK;
        }
        return withInfo ? result : Atoms.OK;
    }

    private long read(ErlangProcess p, long reference, long options) {
        boolean asynchronous = false;
        long rest = options;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            asynchronous = booleanOption(Lists.head(rest), async);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("read_timer options are a list");
        }
        long left = runtime(p).readTimer(reference);
        long result = left < 0 ? Atoms.FALSE : TermTags.makeSmall(left);
        if (asynchronous) {
            runtime(p).send(p.pid(), Tuples.make(p.heap(), readTimer, reference, result));
            return Atoms.OK;
        }
        return result;
    }

    private static boolean isOption(long option, long name) {
        return Tuples.isTuple(option) && Tuples.arity(option) == 2 && Tuples.element(option, 1) == name;
    }

    /** The value of {@code {name, true | false}}; badarg for any other option. */
    private static boolean booleanOption(long option, long name) {
        if (!isOption(option, name) || (Tuples.element(option, 2) != Atoms.TRUE
                && Tuples.element(option, 2) != Atoms.FALSE)) {
            throw ErlangException.badarg("unknown timer option");
        }
        return Tuples.element(option, 2) == Atoms.TRUE;
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("this process runs outside a process runtime");
        }
        return p.control().runtime();
    }
}
