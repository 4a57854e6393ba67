package org.jbeam.tier.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jbeam.tier.interpreter.loader.ModuleTranslator;
import org.jbeam.tier.interpreter.loader.RewriteRules;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.DemandLoading;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.ExecutionTier;
import org.jbeam.vm.tier.TierStatus;

/**
 * The interpreter tier: pre-decodes modules at install time and runs processes in
 * {@link Dispatch}'s loop. Modules are numbered in install order; a continuation pointer
 * names a module by that number, so returning across modules costs one array lookup.
 *
 * <p>Calling a function whose export entry is not bound yet loads its module through the code
 * server on demand ({@code error_handler} semantics); a function that is nowhere is
 * {@code error:undef}. Not thread-safe yet: one scheduler thread installs and runs.
 */
public final class Interpreter implements ExecutionTier, AutoCloseable {
    /** This tier's id in export entries and continuation pointers. */
    public static final int ID = 1;

    private CodeServer codeServer;
    private AtomTable atoms;
    private ExportTable exports;
    private BifTable bifs;
    private ModuleTranslator translator;
    private final List<InterpretedModule> modules = new ArrayList<>();
    private final Map<Long, InterpretedModule> byAtom = new HashMap<>();
    /** The module version whose code each fun entry enters (old code keeps running its funs). */
    private final Map<Long, InterpretedModule> byFunEntry = new HashMap<>();
    /** Catch index to handler position ({@link Machine#position}); catch tags on stacks index it. */
    private final List<Long> catchPositions = new ArrayList<>();
    /** {@code backtrace_depth} and the BIFs that raise with a chosen trace. */
    private final TraceBifs traceBifs = new TraceBifs();

    /**
     * The form {@link java.util.ServiceLoader} creates; the VM's graph then calls
     * {@link #connect} before anything is installed or run.
     */
    public Interpreter() {}

    public Interpreter(CodeServer codeServer, AtomTable atoms, ExportTable exports, BifTable bifs) {
        connect(codeServer, atoms, exports, bifs);
    }

    /** Connects the tier to the VM's shared runtime (called once, by injection or the constructor). */
    @Inject
    public void connect(CodeServer codeServer, AtomTable atoms, ExportTable exports, BifTable bifs) {
        if (this.codeServer != null) {
            throw new IllegalStateException("the interpreter is already connected to a VM");
        }
        this.codeServer = codeServer;
        this.exports = exports;
        this.atoms = atoms;
        this.bifs = bifs;
        traceBifs.register(bifs, atoms);
        // A reload or delete_module changes a module's current code: the next call translates
        // the new code, while continuation pointers keep the old translation alive.
        codeServer.addListener((moduleAtom, current) -> byAtom.remove(moduleAtom));
        this.translator = new ModuleTranslator(RewriteRules.standard(), bifs, atoms);
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "interpreter";
    }

    @Override
    public void install(LoadedModule module) {
        byAtom.put(module.moduleAtom(), translate(module));
    }

    /** Translates a module version and makes its funs enter it; it is not made current. */
    private InterpretedModule translate(LoadedModule module) {
        int id = modules.size();
        InterpretedModule translated = translator.translate(module, id, handler -> {
            catchPositions.add(Machine.position(id, handler));
            return TermTags.makeCatch(catchPositions.size() - 1);
        });
        modules.add(translated);
        module.funs().forEach(fun -> byFunEntry.put(fun.funEntry(), translated));
        return translated;
    }

    /** The translation of {@code module} made earlier (say to run its on_load function), else a new one. */
    private InterpretedModule translationOf(LoadedModule module) {
        for (InterpretedModule translated : modules) {
            if (translated.loaded() == module) {
                return translated;
            }
        }
        return translate(module);
    }

    @Override
    public boolean runsCode(ErlangProcess process, LoadedModule code) {
        return CodeVersions.runs(process, code, modules);
    }

    /**
     * The translated code of {@code module}'s on_load function, waiting for
     * {@code erlang:call_on_load_function/1}; {@code badarg} when none waits.
     */
    InterpretedModule onLoadModule(long moduleAtom) {
        LoadedModule pending = codeServer.onLoadModule(atoms.name(moduleAtom)).orElseThrow(
                () -> ErlangException.badarg("call_on_load_function: no on_load function waits"));
        return translationOf(pending);
    }

    @Override
    public TierStatus start(ErlangProcess process, long exportEntry) {
        process.setCp(ContinuationPointer.FINISH);
        process.refillReductions();
        if (ProcessStart.isApply2(this, exportEntry)) {
            return ProcessStart.startFun(this, process);
        }
        InterpretedModule callee;
        try {
            exportEntry = UndefinedFunctions.redirect(this, process, exportEntry);
            callee = moduleFor(exportEntry);
        } catch (ErlangException e) {
            process.setExitReason(e); // spawn(M, F, A) of a function that is nowhere: undef
            return TierStatus.RAISED;
        }
        Machine machine = new Machine(this, process, callee);
        return Dispatch.run(machine, callee.entry(ExportEntry.code(exportEntry)));
    }

    @Override
    public TierStatus resume(ErlangProcess process) {
        process.refillReductions();
        long position = process.resumePosition();
        Machine machine = new Machine(this, process, module((int) (position >>> 32)));
        return Dispatch.run(machine, (int) position);
    }

    @Override
    public long suspendedStack(ErlangProcess process, HeapAllocator heap, int depth) {
        return SuspendedStacks.of(this, process, heap, depth);
    }

    InterpretedModule module(int id) {
        return modules.get(id);
    }

    /** Frees the literal areas of every module this interpreter installed. */
    @Override
    public void close() {
        modules.forEach(module -> module.literalArea().close());
        modules.clear();
        byAtom.clear();
        byFunEntry.clear();
    }

    /** The handler position a catch tag's index names. */
    long catchPosition(long catchIndex) {
        return catchPositions.get((int) catchIndex);
    }

    /** How many entries a stack trace keeps ({@code erlang:system_flag(backtrace_depth, N)}). */
    int backtraceDepth() {
        return traceBifs.depth();
    }

    String atomName(long atom) {
        return atoms.name(atom);
    }

    long atom(String name) {
        return atoms.atom(name);
    }

    /** Whether the export entry's function has loaded code (the code server bound it to a tier). */
    boolean hasCode(long entry) {
        return ExportEntry.tier(entry) != 0;
    }

    /** Whether a call without code goes to the error handler (erts' way) rather than the Java code path. */
    boolean loadsThroughErrorHandler() {
        return codeServer.demandLoading() == DemandLoading.ERROR_HANDLER;
    }

    /** The module an export entry's code lives in, loaded on demand; {@code undef} if none. */
    InterpretedModule moduleFor(long entry) {
        InterpretedModule module = byAtom.get(ExportEntry.module(entry));
        if (module == null || ExportEntry.tier(entry) == 0) {
            if (ExportEntry.module(entry) == Atoms.ERLANG && ExportEntry.tier(entry) == 0) {
                // erlang.beam's functions are stubs standing for BIFs (they call nif_error); a
                // call that reaches here names a BIF the runtime does not implement yet.
                throw ErlangException.error(Atoms.UNDEF, describe(entry) + " is not an implemented BIF");
            }
            module = load(ExportEntry.module(entry), describe(entry));
        }
        if (ExportEntry.tier(entry) == 0) {
            throw ErlangException.error(Atoms.UNDEF, describe(entry) + " is not exported");
        }
        requireThisTier(ExportEntry.tier(entry), describe(entry));
        return module;
    }

    /** The module a fun entry's code lives in, loaded on demand. */
    InterpretedModule moduleForFun(long funEntry) {
        long moduleAtom = FunEntry.module(funEntry);
        InterpretedModule module = byFunEntry.get(funEntry);
        if (module == null || FunEntry.tier(funEntry) == 0) {
            load(moduleAtom, "a fun of " + atoms.name(moduleAtom));
            module = byFunEntry.get(funEntry);
        }
        if (module == null || FunEntry.tier(funEntry) == 0) {
            throw ErlangException.error(Atoms.UNDEF, "the fun's code is not in the loaded " + atoms.name(moduleAtom));
        }
        requireThisTier(FunEntry.tier(funEntry), "a fun of " + module.name());
        return module;
    }

    /** The export entry of {@code module:function/arity} (atoms), made when new. */
    long exportEntry(long module, long function, int arity) {
        return exports.entry(module, function, arity);
    }

    /** The Java BIF an export entry names, or null. */
    Bif bifFor(long exportEntry) {
        return bifs.find(ExportEntry.module(exportEntry), ExportEntry.function(exportEntry),
                ExportEntry.arity(exportEntry));
    }

    private void requireThisTier(int tier, String what) {
        if (tier != ID) {
            throw ErlangException.error(Atoms.UNDEF, what + " is bound to tier " + tier
                    + ", which the interpreter cannot enter yet");
        }
    }

    /** Loads (or finds) a module through the code server and installs it here. */
    private InterpretedModule load(long moduleAtom, String wanted) {
        try {
            LoadedModule loaded = codeServer.ensureLoaded(atoms.name(moduleAtom), ID);
            if (!byAtom.containsKey(loaded.moduleAtom())) {
                byAtom.put(loaded.moduleAtom(), translationOf(loaded));
            }
        } catch (BeamLoadException e) {
            throw ErlangException.error(Atoms.UNDEF, wanted + ": " + e.getMessage());
        }
        return byAtom.get(moduleAtom);
    }

    private String describe(long entry) {
        return atoms.name(ExportEntry.module(entry)) + ":" + atoms.name(ExportEntry.function(entry)) + "/"
                + ExportEntry.arity(entry);
    }
}
