package org.jbeam.vm.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Loading code from binaries, as OTP's {@code beam_bif_load.c}: {@code prepare_loading/2}
 * validates a {@code .beam} image and returns a handle to the prepared code,
 * {@code has_prepared_code_on_load/1} tells whether it has an {@code -on_load} function,
 * {@code finish_loading/1} installs a list of prepared modules, and {@code load_module/2}
 * does both. A prepared handle is {@code {'$jbeam_prepared_code', N}} (OTP uses a magic
 * reference); a handle is used up by {@code finish_loading}. A module is installed on the
 * tier the configuration selects for it.
 */
public final class CodeLoadingBifs {
    private final AtomTable atoms;
    private final BeamLoader loader;
    private final CodeServer server;
    private final ToIntFunction<String> tierOf;
    private final Map<Long, LoadedModule> prepared = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();
    private final long handleTag;

    private CodeLoadingBifs(AtomTable atoms, BeamLoader loader, CodeServer server, ToIntFunction<String> tierOf) {
        this.atoms = atoms;
        this.loader = loader;
        this.server = server;
        this.tierOf = tierOf;
        this.handleTag = atoms.atom("$jbeam_prepared_code");
    }

    /** Registers the loading BIFs; {@code tierOf} gives the tier id that runs a module. */
    public static void register(BifTable t, AtomTable atoms, BeamLoader loader, CodeServer server,
            ToIntFunction<String> tierOf) {
        CodeLoadingBifs bifs = new CodeLoadingBifs(atoms, loader, server, tierOf);
        t.register("erlang", "prepare_loading", 2, bifs::prepareLoading);
        t.register("erlang", "has_prepared_code_on_load", 1,
                (p, a) -> Atoms.bool(hasOnLoad(bifs.lookup(a[0]))));
        t.register("erlang", "finish_loading", 1, bifs::finishLoading);
        t.register("erlang", "load_module", 2, (p, a) -> {
            long handle = bifs.prepareLoading(p, a);
            if (!bifs.isHandle(handle)) {
                return handle;
            }
            LoadedModule module = bifs.prepared.remove(TermTags.smallValue(Tuples.element(handle, 2)));
            if (hasOnLoad(module)) {
                return Tuples.make(p.heap(), Atoms.ERROR, atoms.atom("on_load_not_supported_by_jbeam"));
            }
            bifs.install(module);
            return Tuples.make(p.heap(), atoms.atom("module"), module.moduleAtom());
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
        return Tuples.make(p.heap(), handleTag, TermTags.makeSmall(id));
    }

    /** {@code finish_loading(Prepared)}: installs them all; badarg when one is not a live handle. */
    private long finishLoading(ErlangProcess p, long[] a) {
        long length = Lists.properLength(a[0]);
        if (length < 0) {
            throw ErlangException.badarg("finish_loading: not a list");
        }
        List<LoadedModule> modules = new ArrayList<>();
        for (long rest = a[0]; TermTags.isList(rest); rest = Lists.tail(rest)) {
            modules.add(lookup(Lists.head(rest)));
        }
        for (long rest = a[0]; TermTags.isList(rest); rest = Lists.tail(rest)) {
            prepared.remove(TermTags.smallValue(Tuples.element(Lists.head(rest), 2)));
        }
        modules.forEach(this::install);
        return Atoms.OK;
    }

    private void install(LoadedModule module) {
        server.install(module, tierOf.applyAsInt(module.name()));
    }

    private boolean isHandle(long term) {
        return Tuples.isTuple(term) && Tuples.arity(term) == 2 && Tuples.element(term, 1) == handleTag
                && TermTags.isSmall(Tuples.element(term, 2));
    }

    private LoadedModule lookup(long handle) {
        LoadedModule module = isHandle(handle) ? prepared.get(TermTags.smallValue(Tuples.element(handle, 2))) : null;
        if (module == null) {
            throw ErlangException.badarg("not prepared code");
        }
        return module;
    }

    private static boolean hasOnLoad(LoadedModule module) {
        for (GenericInstruction instruction : module.code()) {
            if (instruction.op() == GenericOp.ON_LOAD) {
                return true;
            }
        }
        return false;
    }
}
