package org.jbeam.vm.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralArea;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.loader.ResolvedFun;
import org.jbeam.vm.tier.Tiers;

/**
 * The module table and the code path, the basics of OTP's {@code code_server} and
 * {@code beam_bif_load.c}: finds {@code Module.beam} on the path, loads and validates it,
 * and installs it by binding its export and fun entries to the tier that will run it.
 *
 * <p>Each module has up to three versions, as in erts: the current code (what export entries
 * point at), the old code (the previous current code, kept while processes still run it, until
 * it is purged) and code whose {@code -on_load} function has not finished yet (installed but
 * not current: its exports stay unbound until {@link #finishOnLoad} makes it current).
 *
 * <p>The code position bound into an entry is the instruction index of the function's entry
 * label in {@link LoadedModule#code()}; a tier that compiles the module maps that index to
 * its own code when it installs it. Tiers hear of every change of a module's current code,
 * and of every purge of old code, through {@link #addListener}.
 */
public final class CodeServer implements AutoCloseable {
    /** What a tier needs to know when a module's current code changes. */
    public interface Listener {
        /** {@code module}'s current code is new, or gone ({@code current} empty). */
        void currentChanged(long moduleAtom, Optional<LoadedModule> current);

        /**
         * {@code module} is about to become current on {@code tier}: a tier that cannot run it
         * says so here by throwing, before anything changes.
         *
         * @throws org.jbeam.vm.tier.ModuleRefusedException when the tier refuses the module
         */
        default void installing(LoadedModule module, int tier) {}

        /**
         * {@code module}'s old code is purged: no process runs it any more (the purger killed or
         * waited for those that did), so a tier may free what it generated for it. Other
         * versions of the module stay as they are.
         */
        default void purged(LoadedModule module) {}
    }

    private final BeamLoader loader;
    private final ExportTable exports;
    private final CodePath path;
    private final Map<String, LoadedModule> modules = new ConcurrentHashMap<>();
    private final Map<String, LoadedModule> old = new ConcurrentHashMap<>();
    private final Map<String, LoadedModule> onLoad = new ConcurrentHashMap<>();
    private final Map<String, Integer> tiers = new ConcurrentHashMap<>();
    /** Purged code: no process runs it, but terms may still point into its literals. */
    private final List<LoadedModule> retired = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile DemandLoading demandLoading = DemandLoading.CODE_PATH;
    private final java.util.Set<String> preloaded = ConcurrentHashMap.newKeySet();
    private final Tiers vmTiers = new Tiers();

    /**
     * The VM's tiers and which of them runs each module: a module loaded on demand goes to its
     * assigned tier, whichever tier's call needed it (issue 5).
     */
    public Tiers tiers() {
        return vmTiers;
    }

    /** The id of the tier the current code of {@code module} was installed on, if it is loaded. */
    public java.util.OptionalInt tierOf(String module) {
        Integer id = modules.containsKey(module) ? tiers.get(module) : null;
        return id == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(id);
    }

    /** How tiers load the module of a function called without code (the default: {@link DemandLoading#CODE_PATH}). */
    public DemandLoading demandLoading() {
        return demandLoading;
    }

    public void setDemandLoading(DemandLoading mode) {
        demandLoading = mode;
    }

    public CodeServer(BeamLoader loader, ExportTable exports, CodePath path) {
        this.loader = loader;
        this.exports = exports;
        this.path = path;
    }

    public CodePath path() {
        return path;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** The current code of {@code name}, if any. */
    public Optional<LoadedModule> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    /** The old code of {@code name}, if any. */
    public Optional<LoadedModule> oldModule(String name) {
        return Optional.ofNullable(old.get(name));
    }

    /** The code of {@code name} whose on_load function has yet to succeed, if any. */
    public Optional<LoadedModule> onLoadModule(String name) {
        return Optional.ofNullable(onLoad.get(name));
    }

    public Collection<LoadedModule> modules() {
        return modules.values();
    }

    /** Every module with current or old code ({@code erlang:loaded/0}). */
    public Set<String> loadedNames() {
        Set<String> names = new LinkedHashSet<>(modules.keySet());
        names.addAll(old.keySet());
        return names;
    }

    /**
     * Loads {@code name} from the code path unless it is loaded already, onto the tier
     * {@link #tiers()} assigns to it (how a call of a function without code loads its module).
     *
     * @throws BeamLoadException as {@link #ensureLoaded(String, int)}
     */
    public synchronized LoadedModule ensureLoaded(String name) throws BeamLoadException {
        return ensureLoaded(name, vmTiers.assignedId(name));
    }

    /**
     * Loads {@code name} from the code path unless it is loaded already (as
     * {@code code:ensure_loaded/1}), and installs it on {@code tier}.
     *
     * @throws BeamLoadException when the module is not on the path, its file is malformed, or
     *     its on_load function is still running (calls must wait for it, as in erl)
     */
    public synchronized LoadedModule ensureLoaded(String name, int tier) throws BeamLoadException {
        LoadedModule known = modules.get(name);
        if (known != null) {
            return known;
        }
        if (onLoad.containsKey(name)) {
            throw new BeamLoadException(name + ".beam", BeamLoadException.CONTAINER, 0,
                    "the on_load function of " + name + " has not finished");
        }
        Path file = path.find(name).orElseThrow(() -> new BeamLoadException(name + ".beam",
                BeamLoadException.CONTAINER, 0, "module " + name + " is not on the code path"));
        return load(file, tier);
    }

    /**
     * Names the modules erts preloads ({@link Preloaded#modules}): they load as erts holds them,
     * without line information ({@link LoadedModule#withoutLineTable}), whenever they load.
     */
    public void markPreloaded(java.util.Collection<String> names) {
        preloaded.addAll(names);
    }

    /** Loads {@code file} and installs it on {@code tier}, replacing any module of that name. */
    public synchronized LoadedModule load(Path file, int tier) throws BeamLoadException {
        LoadedModule module = read(file);
        try {
            install(module, tier);
        } catch (org.jbeam.vm.tier.ModuleRefusedException e) {
            throw new BeamLoadException(file.toString(), BeamLoadException.CONTAINER, 0, e.getMessage(), e);
        }
        return module;
    }

    private LoadedModule read(Path file) throws BeamLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new BeamLoadException(file.toString(), BeamLoadException.CONTAINER, 0, "cannot read file: " + e);
        }
        LoadedModule module = loader.load(file.toString(), bytes);
        return preloaded.contains(module.name()) ? module.withoutLineTable() : module;
    }

    /**
     * Makes {@code module} the current code and binds its exports and funs to {@code tier}; the
     * code it replaces becomes old code (any old code before it is retired unpurged: callers
     * that must refuse that, as {@code finish_loading} does, check {@link #oldModule} first).
     */
    public synchronized void install(LoadedModule module, int tier) {
        if (tier <= 0) {
            throw new IllegalArgumentException("tier ids start at 1 (0 marks an unloaded entry): " + tier);
        }
        vet(module, tier);
        LoadedModule previous = modules.get(module.name());
        if (previous != null) {
            retire(old.put(module.name(), previous));
            unbindExports(previous);
        }
        bind(module, tier);
        modules.put(module.name(), module);
        notifyCurrent(module.moduleAtom(), Optional.of(module));
    }

    /**
     * Installs code that has an on_load function: its funs can run (the on_load function calls
     * them), its exports stay as they are until {@link #finishOnLoad}.
     */
    public synchronized void installOnLoad(LoadedModule module, int tier) {
        vet(module, tier);
        for (ResolvedFun fun : module.funs()) {
            FunEntry.bind(fun.funEntry(), tier, fun.entryIndex());
        }
        tiers.put(module.name(), tier);
        retire(onLoad.put(module.name(), module));
    }

    /**
     * {@code erlang:finish_after_on_load/2}: with {@code keep} the on_load code becomes current
     * (the current code old); without, it stays aside for {@code purge_module(M, prepare_on_load)}.
     *
     * @return false when {@code name} has no on_load code waiting
     */
    public synchronized boolean finishOnLoad(String name, boolean keep) {
        LoadedModule pending = onLoad.get(name);
        if (pending == null) {
            return false;
        }
        if (keep) {
            onLoad.remove(name);
            install(pending, tiers.get(name));
        }
        return true;
    }

    /** The generic instruction index of {@code module}'s on_load function body, if it has one. */
    public static OptionalInt onLoadEntry(LoadedModule module) {
        List<GenericInstruction> code = module.code();
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).op() == GenericOp.ON_LOAD) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * {@code erlang:delete_module/1}: the current code becomes old and the exports unbound.
     *
     * @return false when the module has no code
     * @throws IllegalStateException when it has old code, current code or not (erl: badarg)
     */
    public synchronized boolean delete(String name) {
        if (old.containsKey(name)) {
            throw new IllegalStateException("module " + name + " must be purged before deleting");
        }
        LoadedModule current = modules.get(name);
        if (current == null) {
            return false;
        }
        modules.remove(name);
        old.put(name, current);
        unbindExports(current);
        notifyCurrent(current.moduleAtom(), Optional.empty());
        return true;
    }

    /**
     * Moves failed on_load code to the old slot so that a purge removes it
     * ({@code purge_module(M, prepare_on_load)}); false when there is none.
     */
    public synchronized boolean prepareOnLoadPurge(String name) {
        LoadedModule pending = onLoad.remove(name);
        if (pending == null) {
            return false;
        }
        retire(old.put(name, pending));
        return true;
    }

    /** Removes {@code name}'s old code; its funs that the current code does not share stop working. */
    public synchronized boolean purge(String name) {
        LoadedModule gone = old.remove(name);
        if (gone == null) {
            return false;
        }
        LoadedModule current = modules.get(name);
        Set<Long> kept = new java.util.HashSet<>();
        if (current != null) {
            current.funs().forEach(f -> kept.add(f.funEntry()));
        }
        for (ResolvedFun fun : gone.funs()) {
            if (!kept.contains(fun.funEntry())) {
                FunEntry.bind(fun.funEntry(), 0, 0);
            }
        }
        retire(gone);
        listeners.forEach(l -> l.purged(gone));
        return true;
    }

    /**
     * The {@code FunT} function name of {@code funEntry}, looked up in the versions of its
     * module that are loaded.
     */
    public Optional<String> funFunction(long funEntry) {
        long moduleAtom = FunEntry.module(funEntry);
        for (Map<String, LoadedModule> versions : List.of(modules, old, onLoad)) {
            for (LoadedModule module : versions.values()) {
                if (module.moduleAtom() != moduleAtom) {
                    continue;
                }
                for (ResolvedFun fun : module.funs()) {
                    if (fun.funEntry() == funEntry) {
                        return Optional.of(fun.function());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void bind(LoadedModule module, int tier) {
        for (ModuleFunction export : module.exports()) {
            long entry = exports.entry(module.moduleAtom(), export.functionAtom(), export.arity());
            ExportEntry.bind(entry, tier, export.entryIndex());
        }
        for (ResolvedFun fun : module.funs()) {
            FunEntry.bind(fun.funEntry(), tier, fun.entryIndex());
        }
        tiers.put(module.name(), tier);
    }

    private void unbindExports(LoadedModule module) {
        for (ModuleFunction export : module.exports()) {
            ExportEntry.bind(exports.entry(module.moduleAtom(), export.functionAtom(), export.arity()), 0, 0);
        }
    }

    /**
     * Lets every listener refuse {@code module} on {@code tier} before it is installed
     * ({@link Listener#installing}); a listener may prepare the module there (compile it), so
     * calling this ahead of {@link #install} costs nothing twice. Tiers compile under this
     * server's lock, one module at a time, whichever scheduler loads it.
     *
     * @throws org.jbeam.vm.tier.ModuleRefusedException when a tier refuses it
     */
    public synchronized void vet(LoadedModule module, int tier) {
        listeners.forEach(l -> l.installing(module, tier));
    }

    private void notifyCurrent(long moduleAtom, Optional<LoadedModule> current) {
        listeners.forEach(l -> l.currentChanged(moduleAtom, current));
    }

    private void retire(LoadedModule module) {
        if (module != null) {
            retired.add(module);
        }
    }

    /** Frees the literal areas of every module loaded through this server. */
    @Override
    public void close() {
        List<LoadedModule> all = new ArrayList<>(modules.values());
        all.addAll(old.values());
        all.addAll(onLoad.values());
        all.addAll(retired);
        all.forEach(m -> m.literalArea().ifPresent(LiteralArea::close));
        modules.clear();
        old.clear();
        onLoad.clear();
        retired.clear();
    }
}
