package org.jbeam.vm.code;

import java.util.Optional;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Old code and its removal, as OTP's {@code beam_bif_load.c}: {@code delete_module/1} (current
 * code becomes old; {@code undefined} when there is none, {@code badarg} when old code is still
 * there), {@code check_old_code/1}, {@code finish_after_on_load/2}, and the primitives the
 * preloaded {@code erts_code_purger} process builds {@code erlang:purge_module/1} and
 * {@code code:purge/1}, {@code soft_purge/1} on: {@code erts_internal:purge_module(M, Op)} with
 * {@code prepare}, {@code prepare_on_load}, {@code complete} and {@code abort},
 * {@code erts_internal:check_process_code/1} and
 * {@code erts_internal:request_system_task/3} for {@code check_process_code} requests (the
 * answer {@code {check_process_code, ReqId, Bool}} is sent to the requester; a process that is
 * gone answers {@code false}).
 *
 * <p>Whether a process runs a module version is its tier's answer
 * ({@link org.jbeam.vm.tier.ExecutionTier#runsCode}), asked between the other process's time
 * slices ({@link org.jbeam.vm.scheduler.ProcessInspection}): a process running on another
 * scheduler is checked when its slice ends, the requester retrying meanwhile.
 */
public final class CodePurgeBifs {
    private final AtomTable atoms;
    private final CodeServer server;

    private CodePurgeBifs(AtomTable atoms, CodeServer server) {
        this.atoms = atoms;
        this.server = server;
    }

    public static void register(BifTable t, AtomTable atoms, CodeServer server) {
        CodePurgeBifs bifs = new CodePurgeBifs(atoms, server);
        t.register("erlang", "delete_module", 1, (p, a) -> bifs.deleteModule(a[0]));
        t.register("erlang", "check_old_code", 1,
                (p, a) -> Atoms.bool(server.oldModule(bifs.name(a[0])).isPresent()));
        t.register("erlang", "finish_after_on_load", 2, (p, a) -> bifs.finishAfterOnLoad(a[0], a[1]));
        t.register("erts_internal", "purge_module", 2, (p, a) -> bifs.purgeModule(a[0], a[1]));
        t.register("erts_internal", "check_process_code", 1,
                (p, a) -> Atoms.bool(bifs.runsOldCode(p, p, bifs.name(a[0]))));
        org.jbeam.vm.bif.Bif[] requestSystemTask = new org.jbeam.vm.bif.Bif[1];
        requestSystemTask[0] = (p, a) -> bifs.requestSystemTask(p, a, requestSystemTask[0]);
        t.register("erts_internal", "request_system_task", 3, requestSystemTask[0]);
    }

    private String name(long module) {
        if (!TermTags.isAtom(module)) {
            throw ErlangException.badarg("not a module name");
        }
        return atoms.name(module);
    }

    private long deleteModule(long module) {
        String name = name(module);
        try {
            return server.delete(name) ? Atoms.TRUE : Atoms.UNDEFINED;
        } catch (IllegalStateException e) {
            throw ErlangException.badarg(e.getMessage());
        }
    }

    private long finishAfterOnLoad(long module, long keep) {
        if (keep != Atoms.TRUE && keep != Atoms.FALSE) {
            throw ErlangException.badarg("finish_after_on_load: keep must be a boolean");
        }
        if (!server.finishOnLoad(name(module), keep == Atoms.TRUE)) {
            throw ErlangException.badarg("finish_after_on_load: no on_load code waits");
        }
        return Atoms.TRUE;
    }

    /**
     * {@code prepare}: whether there is old code to purge; {@code prepare_on_load}: moves failed
     * on_load code there first; {@code complete} removes it; {@code abort} (a soft purge that
     * found a process running it) keeps it and answers false.
     */
    private long purgeModule(long module, long operation) {
        String name = name(module);
        if (!TermTags.isAtom(operation)) {
            throw ErlangException.badarg("purge_module: bad operation");
        }
        return switch (atoms.name(operation)) {
            case "prepare" -> Atoms.bool(server.oldModule(name).isPresent());
            case "prepare_on_load" -> Atoms.bool(server.prepareOnLoadPurge(name));
            case "complete" -> {
                server.purge(name);
                yield Atoms.TRUE;
            }
            case "abort" -> Atoms.FALSE;
            default -> throw ErlangException.badarg("purge_module: bad operation " + atoms.name(operation));
        };
    }

    private boolean runsOldCode(ErlangProcess asking, ErlangProcess target, String module) {
        Optional<LoadedModule> old = server.oldModule(module);
        return old.isPresent() && runtime(asking).tiers().all().stream().anyMatch(t -> t.runsCode(target, old.get()));
    }

    private long requestSystemTask(ErlangProcess p, long[] args, org.jbeam.vm.bif.Bif self) {
        long pid = args[0];
        long request = args[2];
        if (!TermTags.isLocalPid(pid) || !Tuples.isTuple(request) || Tuples.arity(request) != 3
                || Tuples.element(request, 1) != atoms.atom("check_process_code")) {
            throw ErlangException.badarg("request_system_task: jbeam answers check_process_code requests");
        }
        String module = name(Tuples.element(request, 3));
        ProcessRuntime runtime = runtime(p);
        ErlangProcess target = runtime.lookup(pid);
        boolean runs = false;
        if (target != null) {
            // The target's stack is read between its slices (it may run on another scheduler).
            long answer = org.jbeam.vm.scheduler.ProcessInspection.read(p, target,
                    () -> Atoms.bool(runsOldCode(p, target, module)),
                    org.jbeam.vm.scheduler.ProcessInspection.retrying(self, 3), args);
            if (answer == org.jbeam.vm.bif.Bif.TRAP) {
                return answer;
            }
            runs = answer == Atoms.TRUE;
        }
        long reply = Tuples.make(p.heap(), Tuples.element(request, 1), Tuples.element(request, 2), Atoms.bool(runs));
        runtime.send(p.pid(), reply);
        return Atoms.OK;
    }

    private static ProcessRuntime runtime(ErlangProcess p) {
        if (p.control() == null) {
            throw ErlangException.badarg("no process runtime");
        }
        return p.control().runtime();
    }
}
