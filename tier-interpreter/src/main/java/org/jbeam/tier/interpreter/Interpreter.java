package org.jbeam.tier.interpreter;

import java.util.ArrayList;
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
import org.jbeam.vm.error.StackTraceBuilder;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.tier.CatchTags;
import org.jbeam.vm.tier.ExecutionTier;
import org.jbeam.vm.tier.Tiers;
import org.jbeam.vm.tier.TierStatus;

/**
 * The interpreter tier: pre-decodes modules at install time and runs processes in
 * {@link Dispatch}'s loop. Modules are numbered in install order; a continuation pointer
 * names a module by that number, so returning across modules costs one array lookup.
 *
 * <p>Calling a function whose export entry is not bound yet loads its module through the code
 * server on demand ({@code error_handler} semantics), onto the tier the VM assigns to the module;
 * a function that is nowhere is {@code error:undef}. Every scheduler thread runs code here at
 * once; installing holds the code server's lock, and the tables it fills are safe to read
 * without one (see the fields).
 *
 * <p>Mixing tiers (contract 3): a call, fun call, return or caught exception whose target another
 * tier owns (its export entry, fun entry, continuation pointer or catch tag carries another tier
 * id) leaves the dispatch loop with a hand-over status; the scheduler continues the process in
 * that tier, which enters this one again through {@link #enterExport}, {@link #enterFun},
 * {@link #returnTo} or {@link #catchAt}. Same-tier calls pay one tier-id compare for this.
 * The class is open only so that a test tier can run it under another id and name.
 */
public class Interpreter implements ExecutionTier, AutoCloseable {
    /** The interpreter's id in export entries and continuation pointers (the ServiceLoader form's). */
    public static final int ID = 1;

    private final int id;
    private final String name;

    private CodeServer codeServer;
    private AtomTable atoms;
    private ExportTable exports;
    private BifTable bifs;
    private ModuleTranslator translator;
    // Every scheduler thread reads these while one installs a module: installs hold the code
    // server's lock (the lock CodeServer's own changes hold, so the two never wait for each
    // other in opposite orders); reads take no lock but the catch table's (exceptions only).
    private final List<InterpretedModule> modules = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Long, InterpretedModule> byAtom = new java.util.concurrent.ConcurrentHashMap<>();
    /** The module version whose code each fun entry enters (old code keeps running its funs). */
    private final Map<Long, InterpretedModule> byFunEntry = new java.util.concurrent.ConcurrentHashMap<>();
    /** Catch index to handler position ({@link Machine#position}); catch tags on stacks index it. */
    private final List<Long> catchPositions = new ArrayList<>();
    /** {@code backtrace_depth} and the BIFs that raise with a chosen trace (shared by a VM's interpreters). */
    private TraceBifs traceBifs;
    /** Builds the traces of exceptions this tier's code raises, with the VM's backtrace_depth. */
    private StackTraceBuilder traces;

    /**
     * The form {@link java.util.ServiceLoader} creates; the VM's graph then calls
     * {@link #connect} before anything is installed or run.
     */
    public Interpreter() {
        this(ID, "interpreter");
    }

    /** An interpreter running under tier id {@code id} and configuration name {@code name}. */
    public Interpreter(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public Interpreter(CodeServer codeServer, AtomTable atoms, ExportTable exports, BifTable bifs) {
        this(ID, "interpreter", codeServer, atoms, exports, bifs);
    }

    public Interpreter(int id, String name, CodeServer codeServer, AtomTable atoms, ExportTable exports,
            BifTable bifs) {
        this(id, name);
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
        codeServer.tiers().add(this);
        traceBifs = sharedTraceBifs(codeServer);
        traces = new StackTraceBuilder(atoms, codeServer.tiers().backtraceDepth());
        // A reload or delete_module changes a module's current code: the next call translates
        // the new code, while continuation pointers keep the old translation alive.
        codeServer.addListener((moduleAtom, current) -> byAtom.remove(moduleAtom));
        this.translator = new ModuleTranslator(RewriteRules.standard(), bifs, atoms);
    }

    /**
     * The trace BIFs of an interpreter already in this VM, else new ones registered: erl has one
     * {@code backtrace_depth} per VM, whichever tier raises.
     */
    private TraceBifs sharedTraceBifs(CodeServer server) {
        for (ExecutionTier tier : server.tiers().all()) {
            if (tier instanceof Interpreter other && other != this && other.traceBifs != null) {
                return other.traceBifs;
            }
        }
        TraceBifs created = new TraceBifs(server.tiers().backtraceDepth());
        created.register(bifs, atoms);
        return created;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    /** The VM's tiers, for what another tier must do or describe. */
    Tiers tiers() {
        return codeServer.tiers();
    }

    @Override
    public void install(LoadedModule module) {
        synchronized (codeServer) {
            byAtom.put(module.moduleAtom(), translate(module));
        }
    }

    /** Translates a module version and makes its funs enter it; it is not made current. */
    private InterpretedModule translate(LoadedModule module) {
        int id = modules.size();
        InterpretedModule translated = translator.translate(module, id, handler -> {
            synchronized (catchPositions) {
                catchPositions.add(Machine.position(id, handler));
                return CatchTags.make(this.id, catchPositions.size() - 1);
            }
        });
        modules.add(translated);
        module.funs().forEach(fun -> byFunEntry.put(fun.funEntry(), translated));
        return translated;
    }

    /** The translation of {@code module} made earlier (say to run its on_load function), else a new one. */
    private InterpretedModule translationOf(LoadedModule module) {
        synchronized (codeServer) {
            for (InterpretedModule translated : modules) {
                if (translated.loaded() == module) {
                    return translated;
                }
            }
            return translate(module);
        }
    }

    @Override
    public boolean runsCode(ErlangProcess process, LoadedModule code) {
        return CodeVersions.runs(process, code, modules, id);
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
        if (callee == null) {
            process.setHandOverTarget(exportEntry); // loaded onto another tier: it starts there
            return TierStatus.CALL_EXPORT;
        }
        Machine machine = new Machine(this, process, callee);
        return Dispatch.run(machine, callee.entry(ExportEntry.code(exportEntry)));
    }

    @Override
    public TierStatus enterExport(ErlangProcess process, long exportEntry) {
        return HandOvers.enterExport(this, process, exportEntry);
    }

    @Override
    public TierStatus enterFun(ErlangProcess process, long funEntry) {
        return HandOvers.enterFun(this, process, funEntry);
    }

    @Override
    public TierStatus returnTo(ErlangProcess process, long cp) {
        return HandOvers.returnTo(this, process, cp);
    }

    @Override
    public TierStatus catchAt(ErlangProcess process, long catchTag) {
        return HandOvers.catchAt(this, process, catchTag);
    }

    @Override
    public long describeContinuation(long cp, HeapAllocator heap) {
        return SuspendedStacks.ownContinuationEntry(this, heap, cp);
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

    /** The handler position of this tier's catch tag {@code catchTag}. */
    long catchPosition(long catchTag) {
        synchronized (catchPositions) {
            return catchPositions.get((int) CatchTags.handler(catchTag));
        }
    }

    /** The builder of this tier's exception traces (the VM's rules and {@code backtrace_depth}). */
    StackTraceBuilder traces() {
        return traces;
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

    /**
     * The module an export entry's code lives in, loaded on demand; {@code undef} if none; null
     * when another tier runs it (the caller hands the process over).
     */
    InterpretedModule moduleFor(long entry) {
        int tier = ExportEntry.tier(entry);
        if (tier != id && tier != 0) {
            return null;
        }
        InterpretedModule module = byAtom.get(ExportEntry.module(entry));
        if (module == null || tier == 0) {
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
        return ExportEntry.tier(entry) == id ? module : null; // just loaded onto its assigned tier
    }

    /** The module a fun entry's code lives in, loaded on demand; null when another tier runs it. */
    InterpretedModule moduleForFun(long funEntry) {
        int tier = FunEntry.tier(funEntry);
        if (tier != id && tier != 0) {
            return null;
        }
        long moduleAtom = FunEntry.module(funEntry);
        InterpretedModule module = byFunEntry.get(funEntry);
        if (module == null || FunEntry.tier(funEntry) == 0) {
            load(moduleAtom, "a fun of " + atoms.name(moduleAtom));
            module = byFunEntry.get(funEntry);
        }
        if (module == null || FunEntry.tier(funEntry) == 0) {
            throw ErlangException.error(Atoms.UNDEF, "the fun's code is not in the loaded " + atoms.name(moduleAtom));
        }
        return FunEntry.tier(funEntry) == id ? module : null;
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

    /** Loads (or finds) a module through the code server and installs it here. */
    private InterpretedModule load(long moduleAtom, String wanted) {
        try {
            synchronized (codeServer) {
                LoadedModule loaded = codeServer.ensureLoaded(atoms.name(moduleAtom));
                if (!byAtom.containsKey(loaded.moduleAtom())) {
                    byAtom.put(loaded.moduleAtom(), translationOf(loaded));
                }
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
