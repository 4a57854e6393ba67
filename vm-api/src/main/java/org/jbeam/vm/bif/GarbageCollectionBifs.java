package org.jbeam.vm.bif;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.TermTags;

/**
 * {@code erlang:garbage_collect/0,1} (OTP's {@code garbage_collect_0} and
 * {@code erts_internal:garbage_collect/1}): a major collection of the calling process's heap.
 *
 * <p>A BIF is called with its arguments in X0..X(arity-1) and every other X register dead, so
 * collecting with {@code arity} live registers is safe; the arguments are read before the
 * collection moves anything.
 */
public final class GarbageCollectionBifs {
    private GarbageCollectionBifs() {}

    static void register(BifTable t, AtomTable atoms) {
        long major = atoms.atom("major");
        long minor = atoms.atom("minor");
        t.register("erlang", "garbage_collect", 0, (p, args) -> collectSelf(p, 0));
        t.register("erlang", "garbage_collect", 1, GarbageCollectionBifs::garbageCollect);
        // What OTP 25's erlang:garbage_collect/0 in erlang.erl calls: major or minor, of the caller.
        t.register("erts_internal", "garbage_collect", 1, (p, args) -> collectByMode(p, args[0], major, minor));
    }

    private static long collectSelf(ErlangProcess process, int live) {
        process.garbageCollect(live, 0, true);
        return Atoms.TRUE;
    }

    private static long collectByMode(ErlangProcess process, long mode, long major, long minor) {
        if (mode != major && mode != minor) {
            throw ErlangException.badarg("erts_internal:garbage_collect/1: not major or minor");
        }
        process.garbageCollect(1, 0, mode == major);
        return Atoms.TRUE;
    }

    /**
     * Collects the caller when the pid is its own. Other processes are not reachable from a
     * BIF yet; as OTP answers for a process that is not alive, the answer for them is false.
     */
    private static long garbageCollect(ErlangProcess process, long[] args) {
        long pid = args[0];
        boolean localPid = TermTags.isLocalPid(pid);
        boolean externalPid = TermTags.isBoxed(pid) && Boxed.subtag(pid) == TermTags.EXTERNAL_PID_SUBTAG;
        if (!localPid && !externalPid) {
            throw ErlangException.badarg("garbage_collect/1: not a pid");
        }
        if (pid == process.pid()) {
            return collectSelf(process, 1);
        }
        return Atoms.FALSE;
    }
}
