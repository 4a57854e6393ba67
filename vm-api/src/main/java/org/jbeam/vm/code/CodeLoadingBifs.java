package org.jbeam.vm.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Loading code from binaries, as OTP's {@code beam_bif_load.c}: {@code prepare_loading/2}
 * validates a {@code .beam} image and returns a handle to the prepared code (a reference, as
 * erl's magic reference), {@code has_prepared_code_on_load/1} tells whether it has an
 * {@code -on_load} function, {@code finish_loading/1} installs a list of prepared modules, and
 * {@code load_module/2} does both as {@code erlang.erl} does. {@code finish_loading} answers
 * {@code ok}, or {@code {duplicated, Mods}} and {@code {not_purged, Mods}} without loading
 * anything, or {@code {on_load, Mods}} when the modules wait for their on_load function
 * ({@code erlang:call_on_load_function/1}, then {@code finish_after_on_load/2}); more than one
 * module with on_load in a list is {@code system_limit}. A handle is used up when its code is
 * loaded. A module is installed on the tier the configuration selects for it.
 */
public final class CodeLoadingBifs {
    /** The third id of every prepared-code reference ({@code make_ref/0} puts zero there). */
    private static final long REFERENCE_MARK = 0xC0DE;

    private final AtomTable atoms;
    private final BeamLoader loader;
    private final CodeServer server;
    private final ToIntFunction<String> tierOf;
    private final Map<Long, LoadedModule> prepared = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();

    private CodeLoadingBifs(AtomTable atoms, BeamLoader loader, CodeServer server, ToIntFunction<String> tierOf) {
        this.atoms = atoms;
        this.loader = loader;
        this.server = server;
        this.tierOf = tierOf;
    }

    /** Registers the loading BIFs; {@code tierOf} gives the tier id that runs a module. */
    public static void register(BifTable t, AtomTable atoms, BeamLoader loader, CodeServer server,
            ToIntFunction<String> tierOf) {
        CodeLoadingBifs bifs = new CodeLoadingBifs(atoms, loader, server, tierOf);
        t.register("erlang", "prepare_loading", 2, bifs::prepareLoading);
        t.register("erlang", "has_prepared_code_on_load", 1,
                (p, a) -> Atoms.bool(CodeServer.onLoadEntry(bifs.lookup(a[0])).isPresent()));
        t.register("erlang", "finish_loading", 1, bifs::finishLoading);
        t.register("erlang", "load_module", 2, (p, a) -> {
            long handle = bifs.prepareLoading(p, a);
            if (Tuples.isTuple(handle)) {
                return handle;
            }
            long result = bifs.finish(p, List.of(handle));
            if (result == Atoms.OK) {
                return Tuples.make(p.heap(), atoms.atom("module"), a[0]);
            }
            return Tuples.make(p.heap(), Atoms.ERROR, Tuples.element(result, 1));
        });
    }

    private long prepareLoading(ErlangProcess p, long[] a) {
        if (!TermTags.isAtom(a[0]) || !Binaries.isBinaryTerm(a[1]) || Binaries.bitSize(a[1]) % 8 != 0) {
            throw ErlangException.badarg("prepare_loading: a module name and a binary");
        }
        String name = atoms.name(a[0]);
        LoadedModule module;
        try {
            module = loader.load(name + ".beam", Binaries.toByteArray(a[1]));
        } catch (BeamLoadException e) {
            return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom("badfile"));
        }
        if (!module.name().equals(name)) {
            return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom("badfile"));
        }
        long id = serial.incrementAndGet();
        prepared.put(id, module);
        return Identifiers.localReference(p.heap(), new long[] {id & 0xFFFF_FFFFL, id >>> 32, REFERENCE_MARK});
    }

    /** {@code finish_loading(Prepared)}: badarg when it is not a proper list of live handles. */
    private long finishLoading(ErlangProcess p, long[] a) {
        long length = Lists.properLength(a[0]);
        if (length < 0) {
            throw ErlangException.badarg("finish_loading: not a list");
        }
        List<Long> handles = new ArrayList<>();
        for (long rest = a[0]; TermTags.isList(rest); rest = Lists.tail(rest)) {
            handles.add(Lists.head(rest));
        }
        return finish(p, handles);
    }

    private long finish(ErlangProcess p, List<Long> handles) {
        List<LoadedModule> modules = new ArrayList<>();
        handles.forEach(h -> modules.add(lookup(h)));
        if (modules.size() > 1 && modules.stream().anyMatch(m -> CodeServer.onLoadEntry(m).isPresent())) {
            throw ErlangException.systemLimit("finish_loading: only one module with on_load at a time");
        }
        Set<String> seen = new HashSet<>();
        List<LoadedModule> duplicated = modules.stream().filter(m -> !seen.add(m.name())).toList();
        if (!duplicated.isEmpty()) {
            return exceptionList(p, "duplicated", duplicated);
        }
        List<LoadedModule> notPurged = modules.stream()
                .filter(m -> server.module(m.name()).isPresent() && server.oldModule(m.name()).isPresent()).toList();
        if (!notPurged.isEmpty()) {
            return exceptionList(p, "not_purged", notPurged);
        }
        // Every module is vetted by its tier before any is installed, so a refusal changes nothing.
        List<LoadedModule> refused = new ArrayList<>();
        for (LoadedModule module : modules) {
            try {
                server.vet(module, tierOf.applyAsInt(module.name()));
            } catch (org.jbeam.vm.tier.ModuleRefusedException e) {
                System.err.println("jbeam: cannot load " + module.name() + ": " + e.getMessage());
                refused.add(module);
            }
        }
        if (!refused.isEmpty()) {
            return exceptionList(p, "badfile", refused); // erlang:load_module/2 makes it {error, badfile}
        }
        handles.forEach(h -> prepared.remove(handleId(h)));
        List<LoadedModule> onLoad = new ArrayList<>();
        for (LoadedModule module : modules) {
            if (CodeServer.onLoadEntry(module).isPresent()) {
                server.installOnLoad(module, tierOf.applyAsInt(module.name()));
                onLoad.add(module);
            } else {
                server.install(module, tierOf.applyAsInt(module.name()));
            }
        }
        return onLoad.isEmpty() ? Atoms.OK : exceptionList(p, "on_load", onLoad);
    }

    /** {@code {Tag, Modules}}, the modules in reverse order as erts conses them. */
    private long exceptionList(ErlangProcess p, String tag, List<LoadedModule> modules) {
        long list = TermTags.NIL;
        for (LoadedModule module : modules) {
            list = Lists.cons(p.heap(), module.moduleAtom(), list);
        }
        return Tuples.make(p.heap(), atoms.atom(tag), list);
    }

    private static long handleId(long term) {
        if (!TermTags.isBoxed(term) || !Identifiers.isLocalReference(term) || Identifiers.referenceIdCount(term) != 3
                || Identifiers.referenceId(term, 2) != REFERENCE_MARK) {
            return -1;
        }
        return Identifiers.referenceId(term, 0) | Identifiers.referenceId(term, 1) << 32;
    }

    private LoadedModule lookup(long handle) {
        LoadedModule module = prepared.get(handleId(handle));
        if (module == null) {
            throw ErlangException.badarg("not prepared code");
        }
        return module;
    }
}
