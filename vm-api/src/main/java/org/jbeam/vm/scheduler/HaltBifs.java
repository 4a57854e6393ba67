package org.jbeam.vm.scheduler;

import java.nio.file.Path;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * {@code erlang:halt/0,1,2} (OTP's {@code halt_2} in {@code bif.c}): ends the whole VM with an
 * exit status. An integer status is the status (as the OS sees it, its low 8 bits); {@code abort}
 * is an abnormal end (status 134, what a C {@code abort()} gives); a string is a crash slogan:
 * as erl, jbeam prints it on stderr, writes a {@link CrashDump} and exits 1. The runtime stops
 * scheduling and its halt handler (the launcher) flushes output and exits.
 */
public final class HaltBifs {
    /** The status a slogan halt ends with, as erl's crash-dump exit. */
    static final int SLOGAN_STATUS = 1;
    /** The status of {@code halt(abort)}: SIGABRT's 128 + 6, as a shell reports an abort. */
    static final int ABORT_STATUS = 134;

    private HaltBifs() {}

    public static void register(BifTable t) {
        t.register("erlang", "halt", 0, (p, a) -> halt(t, p, TermTags.makeSmall(0), TermTags.NIL));
        t.register("erlang", "halt", 1, (p, a) -> halt(t, p, a[0], TermTags.NIL));
        t.register("erlang", "halt", 2, (p, a) -> halt(t, p, a[0], a[1]));
    }

    private static long halt(BifTable bifs, ErlangProcess p, long status, long options) {
        if (Lists.properLength(options) < 0) {
            throw ErlangException.badarg("halt: options must be a proper list");
        }
        int code = statusOf(p, status);
        if (p.control() != null) {
            // As erts stops the other schedulers before it halts: no process prints anything
            // after this one decided to end the VM (a logger report racing a slogan, say).
            p.control().runtime().stopOtherSchedulers();
        }
        if (code == SLOGAN_STATUS && (status == TermTags.NIL || TermTags.isList(status))) {
            crash(bifs, p, text(status));
        }
        if (p.control() == null) {
            throw ErlangException.badarg("halt: this process runs outside a process runtime");
        }
        p.control().runtime().halt(code);
        // The VM is ending: this process stops here, with a reason nothing will observe.
        throw new ErlangException(ErlangException.Kind.EXIT, Atoms.KILL, "the VM halted with status " + code);
    }

    private static int statusOf(ErlangProcess p, long status) {
        if (TermTags.isSmall(status) && TermTags.smallValue(status) >= 0) {
            return (int) (TermTags.smallValue(status) & 0xFF);
        }
        if (Integers.isInteger(status) && Integers.toBigInteger(status).signum() > 0) {
            return Integers.toBigInteger(status).intValue() & 0xFF;
        }
        if (TermTags.isAtom(status) && p.control() != null && status == p.control().runtime().atoms().atom("abort")) {
            return ABORT_STATUS;
        }
        if (status == TermTags.NIL || TermTags.isList(status)) {
            text(status); // badarg before anything is printed when the slogan is not a string
            return SLOGAN_STATUS;
        }
        throw ErlangException.badarg("halt: the status must be a non-negative integer, abort or a string");
    }

    /**
     * What erl does for a slogan: the slogan on stderr, then the crash dump and the line about it
     * (erl ends these lines with CR LF, as its emulator writes them).
     */
    private static void crash(BifTable bifs, ErlangProcess p, String slogan) {
        StringBuilder text = new StringBuilder(slogan).append("\r\n");
        Path file = CrashDump.target(System.getenv());
        if (file != null && p.control() != null) {
            String version = text(bifs.find(Atoms.ERLANG, p.control().runtime().atoms().atom("system_info"), 1)
                    .call(p, new long[] {p.control().runtime().atoms().atom("system_version")}));
            text.append("\r\n").append(new CrashDump(p.control().runtime()).write(file, slogan, version, p.pid()))
                    .append("\r\n");
        }
        System.err.print(text);
        System.err.flush();
    }

    /** A string's characters; a list that is not a character list is badarg. */
    private static String text(long list) {
        StringBuilder text = new StringBuilder();
        long rest = list;
        while (TermTags.isList(rest)) {
            long c = Lists.head(rest);
            if (!TermTags.isSmall(c) || TermTags.smallValue(c) < 0 || TermTags.smallValue(c) > 0x10FFFF) {
                throw ErlangException.badarg("halt: the slogan must be a string");
            }
            text.appendCodePoint((int) TermTags.smallValue(c));
            rest = Lists.tail(rest);
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("halt: the slogan must be a proper list");
        }
        return text.toString();
    }
}
