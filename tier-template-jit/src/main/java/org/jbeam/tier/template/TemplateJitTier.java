package org.jbeam.tier.template;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.tier.template.backend.TemplateBackend;
import org.jbeam.tier.template.backend.TemplateCompiler;
import org.jbeam.tier.template.listing.CodeListings;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.ModuleDecoder;
import org.jbeam.tier.template.ops.TemplateCompileException;
import org.jbeam.tier.template.runtime.CatchHandlers;
import org.jbeam.tier.template.runtime.CodeCache;
import org.jbeam.tier.template.runtime.ExportResolver;
import org.jbeam.tier.template.runtime.NativeModule;
import org.jbeam.tier.template.runtime.NativeSlice;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.DemandLoading;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.CatchTags;
import org.jbeam.vm.tier.ExecutionTier;
import org.jbeam.vm.tier.TierStatus;

/**
 * The template JIT tier (BeamAsm's design, OTP's {@code beam_jit_*}): every module the
 * configuration gives it is compiled to native code when it is loaded, instruction by
 * instruction from the arch backend's templates, and runs on the same native heaps, stacks and
 * registers as the interpreter. A module holding an instruction without a template fails to
 * compile, naming it: nothing falls back to another tier.
 *
 * <p>Code positions of this tier are native addresses: its continuation pointers carry the return
 * address, its export entries (rebound after compiling) the function's entry address, so native
 * code calls and returns within the tier without leaving it, and only a call, return or
 * exception whose target another tier owns leaves with a hand-over status. Not thread-safe yet:
 * one scheduler thread compiles and runs, as in the interpreter.
 */
public final class TemplateJitTier implements ExecutionTier, AutoCloseable {
    /** The tier's id in export entries and continuation pointers. */
    public static final int ID = 3;
    public static final String NAME = "template-jit";

    private final TemplateBackend explicitBackend;
    private CodeServer codeServer;
    private AtomTable atoms;
    private ExportTable exports;
    private ModuleDecoder decoder;
    private BifTable bifs;
    private final CodeCache cache = new CodeCache();
    private final CatchHandlers handlers = new CatchHandlers();
    /** Modules compiled when the code server vetted them, until they become current (by identity). */
    private final java.util.Map<LoadedModule, NativeModule> compiledAhead =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** The constants of purged versions, whose code is freed: they wait for {@link #close}, as terms may hold them. */
    private final List<HeapFragments> purgedConstants = new CopyOnWriteArrayList<>();
    private TemplateBackend backend;
    private NativeSlice slice;
    private TemplateJitOptions options = TemplateJitOptions.NONE;
    /** Perf map and asm dumps, made with the backend when options ask for them; null otherwise. */
    private CodeListings listings;

    /** The form {@link ServiceLoader} creates: the backend is the one for this JVM's {@code os.arch}. */
    public TemplateJitTier() {
        this(null);
    }

    /** A tier on {@code backend} (tests); null picks the backend by {@code os.arch}. */
    public TemplateJitTier(TemplateBackend backend) {
        this.explicitBackend = backend;
    }

    /** Connects the tier to the VM's shared runtime (called once, by injection or by hand). */
    @Inject
    public void connect(CodeServer codeServer, AtomTable atoms, ExportTable exports, BifTable bifs) {
        if (this.codeServer != null) {
            throw new IllegalStateException("the template JIT is already connected to a VM");
        }
        this.codeServer = codeServer;
        this.atoms = atoms;
        this.exports = exports;
        this.bifs = bifs;
        this.decoder = new ModuleDecoder(bifs, atoms, ID, handlers::next);
        codeServer.tiers().add(this);
        // Compile at load: a module that becomes current on this tier is compiled at once, so a
        // module with an instruction lacking a template fails where it is loaded.
        codeServer.addListener(new CodeServer.Listener() {
            @Override
            public void installing(LoadedModule module, int tier) {
                if (tier == ID) {
                    compiledAhead.computeIfAbsent(module, TemplateJitTier.this::compile);
                }
            }

            @Override
            public void currentChanged(long moduleAtom, java.util.Optional<LoadedModule> current) {
                current.ifPresent(module -> {
                    if (codeServer.tierOf(module.name()).orElse(0) == ID) {
                        install(module);
                    }
                });
            }

            @Override
            public void purged(LoadedModule module) {
                release(module);
            }
        });
    }

    /**
     * Sets what the tier writes about its code (the configuration's {@code template-jit} keys);
     * before the first module compiles.
     */
    @Inject
    public void configure(TemplateJitOptions options) {
        if (backend != null) {
            throw new IllegalStateException("the template JIT has compiled code already");
        }
        this.options = options;
    }

    /** The module versions this tier holds native code for, by address (for tools and tests). */
    public CodeCache cache() {
        return cache;
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Compiles {@code module} and points its export entries at the native code.
     *
     * @throws TemplateCompileException naming the module, function and instruction without a template
     */
    @Override
    public void install(LoadedModule module) {
        NativeModule ahead = compiledAhead.remove(module);
        NativeModule compiled;
        try {
            compiled = ahead != null ? ahead : compile(module);
        } catch (TemplateCompileException e) {
            // The code server bound the exports to this tier already; they must not lead to code
            // that does not exist.
            for (ModuleFunction export : module.exports()) {
                ExportEntry.bind(exports.entry(module.moduleAtom(), export.functionAtom(), export.arity()), 0, 0);
            }
            module.funs().forEach(fun -> FunEntry.bind(fun.funEntry(), 0, 0));
            throw e;
        }
        cache.add(compiled);
        for (ModuleFunction export : module.exports()) {
            long entry = exports.entry(module.moduleAtom(), export.functionAtom(), export.arity());
            ExportEntry.bind(entry, ID, compiled.addressOfIndex(export.entryIndex()));
        }
        // Fun entries too carry native addresses, so native fun calls jump straight to the code.
        module.funs().forEach(fun -> FunEntry.bind(fun.funEntry(), ID, compiled.addressOfIndex(fun.entryIndex())));
    }

    private NativeModule compile(LoadedModule module) {
        TemplateBackend target = backend();
        DecodedModule decoded = decoder.decode(module);
        try {
            CompiledModule code = TemplateCompiler.compile(target, ID, decoded);
            NativeModule compiled = new NativeModule(decoded, code.code());
            if (listings != null) {
                listings.compiled(decoded, code);
            }
            decoded.handlers().forEach(h -> handlers.setAddress(h.number(), compiled.code().labelAddress(h.label())));
            return compiled;
        } catch (RuntimeException e) {
            decoded.constants().close();
            throw e instanceof TemplateCompileException ? e
                    : new TemplateCompileException("template-jit cannot compile module " + module.name() + ": " + e);
        }
    }

    /**
     * The native entry of the function holding the {@code on_load} instruction of the code
     * waiting for {@code erlang:call_on_load_function/1} (compiled when the code server installed
     * it). Its module joins the code cache now, so that traces and resume positions inside it are
     * found; becoming current later installs the same compiled code.
     */
    private long onLoadFunction(long moduleAtom) {
        LoadedModule pending = codeServer.onLoadModule(atoms.name(moduleAtom)).orElseThrow(
                () -> ErlangException.badarg("call_on_load_function: no on_load function waits"));
        if (codeServer.tierOf(pending.name()).orElse(0) != ID) {
            throw ErlangException.badarg("call_on_load_function: the waiting code of " + pending.name()
                    + " is another tier's (not supported from template-jit code)");
        }
        int onLoad = CodeServer.onLoadEntry(pending).orElseThrow(
                () -> ErlangException.badarg("call_on_load_function: the module has no on_load function"));
        ModuleFunction holder = null;
        for (ModuleFunction f : pending.functions()) {
            if (f.entryIndex() < onLoad && (holder == null || f.entryIndex() > holder.entryIndex())) {
                holder = f;
            }
        }
        if (holder == null) {
            throw ErlangException.badarg("call_on_load_function: on_load outside any function");
        }
        NativeModule compiled = compiledAhead.computeIfAbsent(pending, this::compile);
        cache.add(compiled);
        return compiled.addressOfIndex(holder.entryIndex());
    }

    private TemplateBackend chooseBackend(String osArch) {
        List<TemplateBackend> found = ServiceLoader.load(TemplateBackend.class, TemplateJitTier.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        if (options.arch().isEmpty()) {
            return found.stream().filter(b -> b.runsOn(osArch)).findFirst().orElseThrow(
                    () -> new TemplateCompileException("template-jit has no backend for os.arch " + osArch));
        }
        String wanted = options.arch().get();
        TemplateBackend named = found.stream().filter(b -> b.arch().equals(wanted)).findFirst().orElseThrow(
                () -> new TemplateCompileException("template-jit.arch = " + wanted + ": this build has no such backend"
                        + " (it has: " + String.join(", ", found.stream().map(TemplateBackend::arch).toList()) + ")"));
        if (!named.runsOn(osArch)) {
            throw new TemplateCompileException("template-jit.arch = " + wanted
                    + ": its code cannot run on this machine (os.arch " + osArch + ")");
        }
        return named;
    }

    /**
     * The backend given, else the one {@link ServiceLoader} finds: the one the configuration
     * names ({@code template-jit.arch}), which must run here, or the one for this JVM's
     * {@code os.arch}.
     */
    private TemplateBackend backend() {
        if (backend == null) {
            backend = explicitBackend != null ? explicitBackend : chooseBackend(System.getProperty("os.arch"));
            if (options.perfMap().isPresent() || options.dumpDirectory().isPresent()) {
                listings = new CodeListings(backend, atoms, options.perfMap().orElse(null),
                        options.dumpDirectory().orElse(null));
            }
            slice = new NativeSlice(ID, backend.door(), cache, handlers, codeServer.tiers(), atoms, bifs, exports,
                    new ExportResolver() {
                        @Override
                        public long resolve(ErlangProcess process, long exportEntry) {
                            return TemplateJitTier.this.resolve(process, exportEntry);
                        }

                        @Override
                        public long resolveFun(long funEntry) {
                            return TemplateJitTier.this.resolveFun(funEntry);
                        }

                        @Override
                        public long onLoadFunction(long moduleAtom) {
                            return TemplateJitTier.this.onLoadFunction(moduleAtom);
                        }
                    });
        }
        return backend;
    }

    @Override
    public TierStatus start(ErlangProcess process, long exportEntry) {
        process.setCp(ContinuationPointer.FINISH);
        process.refillReductions();
        return enterExport(process, exportEntry);
    }

    @Override
    public TierStatus resume(ErlangProcess process) {
        process.refillReductions();
        return slice.run(process, process.resumePosition());
    }

    @Override
    public TierStatus enterExport(ErlangProcess process, long exportEntry) {
        long target;
        try {
            target = resolve(process, exportEntry);
        } catch (ErlangException e) {
            process.setExitReason(e);
            return TierStatus.RAISED;
        }
        if (ExportEntry.tier(target) != ID) {
            process.setHandOverTarget(target);
            return TierStatus.CALL_EXPORT;
        }
        backend();
        long address = ExportEntry.code(target);
        if (cache.at(address) == null) {
            throw new IllegalStateException("export entry of " + atoms.name(ExportEntry.module(target)) + ":"
                    + atoms.name(ExportEntry.function(target)) + " is bound to template-jit without native code");
        }
        return slice.run(process, address);
    }

    @Override
    public TierStatus enterFun(ErlangProcess process, long funEntry) {
        long entry;
        try {
            entry = resolveFun(funEntry);
        } catch (ErlangException e) {
            process.setExitReason(e);
            return TierStatus.RAISED;
        }
        if (FunEntry.tier(entry) != ID) {
            process.setHandOverTarget(entry);
            return TierStatus.CALL_FUN;
        }
        long address = FunEntry.code(entry);
        if (cache.at(address) == null) {
            throw new IllegalStateException("a fun entry of " + atoms.name(FunEntry.module(entry))
                    + " is bound to template-jit without native code");
        }
        backend();
        return slice.run(process, address);
    }

    @Override
    public TierStatus returnTo(ErlangProcess process, long cp) {
        return slice.run(process, ContinuationPointer.code(cp));
    }

    @Override
    public TierStatus catchAt(ErlangProcess process, long catchTag) {
        return slice.run(process, handlers.address(CatchTags.handler(catchTag)));
    }

    @Override
    public long describeContinuation(long cp, HeapAllocator heap) {
        if (slice == null) {
            return TermTags.NON_VALUE; // nothing compiled yet, so no CP of this tier exists
        }
        return slice.describeReturn(ContinuationPointer.code(cp), heap, atoms);
    }

    @Override
    public long suspendedStack(ErlangProcess process, HeapAllocator heap, int depth) {
        if (slice == null || cache.at(process.resumePosition()) == null) {
            return TermTags.NON_VALUE;
        }
        return slice.suspendedStack(process, heap, depth);
    }

    /**
     * Whether {@code process} runs {@code code}'s native code (OTP's {@code check_process_code}):
     * it is suspended there (a yield or a wait of this tier), or a continuation pointer of this tier
     * into it is in the CP register or on the stack.
     */
    @Override
    public boolean runsCode(ErlangProcess process, LoadedModule code) {
        NativeModule module = cache.of(code);
        if (module == null) {
            return false;
        }
        if (process.tier() == ID && module.contains(process.resumePosition())) {
            return true;
        }
        if (isContinuationInto(process.cp(), module)) {
            return true;
        }
        for (long slot = process.frame(); slot < process.stackHigh(); slot += NativeMemory.WORD_BYTES) {
            if (isContinuationInto(NativeMemory.word(slot), module)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContinuationInto(long word, NativeModule module) {
        return ContinuationPointer.isContinuation(word) && ContinuationPointer.tier(word) == ID
                && module.contains(ContinuationPointer.code(word));
    }

    /**
     * The entry to call for {@code exportEntry}: itself when some tier has its code; else its
     * module loaded onto its assigned tier (from the Java code path), or, when the VM loads through
     * OTP's code server, {@code error_handler:undefined_function(M, F, Args)} as erts calls it.
     */
    private long resolve(ErlangProcess process, long exportEntry) {
        if (ExportEntry.tier(exportEntry) != 0) {
            return exportEntry;
        }
        String module = atoms.name(ExportEntry.module(exportEntry));
        String wanted = module + ":" + atoms.name(ExportEntry.function(exportEntry)) + "/"
                + ExportEntry.arity(exportEntry);
        if (codeServer.demandLoading() == DemandLoading.ERROR_HANDLER) {
            long handler = exports.entry(atoms.atom("error_handler"), atoms.atom("undefined_function"), 3);
            if (ExportEntry.tier(handler) == 0) {
                throw ErlangException.error(Atoms.UNDEF, "no error_handler to load " + wanted);
            }
            long arguments = TermTags.NIL;
            for (int k = ExportEntry.arity(exportEntry) - 1; k >= 0; k--) {
                arguments = Lists.cons(process.heap(), process.x(k), arguments);
            }
            process.setX(0, ExportEntry.module(exportEntry));
            process.setX(1, ExportEntry.function(exportEntry));
            process.setX(2, arguments);
            return handler;
        }
        try {
            codeServer.ensureLoaded(module);
        } catch (BeamLoadException e) {
            throw ErlangException.error(Atoms.UNDEF, wanted + ": " + e.getMessage());
        }
        if (ExportEntry.tier(exportEntry) == 0) {
            throw ErlangException.error(Atoms.UNDEF, wanted + " is not exported");
        }
        return exportEntry;
    }

    /** {@code funEntry}, its module loaded first when no tier has its code yet; {@code undef} when it has none. */
    private long resolveFun(long funEntry) {
        if (FunEntry.tier(funEntry) != 0) {
            return funEntry;
        }
        String module = atoms.name(FunEntry.module(funEntry));
        try {
            codeServer.ensureLoaded(module);
        } catch (BeamLoadException e) {
            throw ErlangException.error(Atoms.UNDEF, "a fun of " + module + ": " + e.getMessage());
        }
        if (FunEntry.tier(funEntry) == 0) {
            throw ErlangException.error(Atoms.UNDEF, "the fun's code is not in the loaded " + module);
        }
        return funEntry;
    }

    /**
     * Frees the native code of {@code module}, a purged version: the code cache forgets it (no
     * process runs it: the purger saw to that), so its addresses are no longer this tier's.
     */
    private void release(LoadedModule module) {
        NativeModule gone = cache.remove(module);
        NativeModule neverInstalled = compiledAhead.remove(module);
        releaseCode(gone);
        // On_load code is in both until it becomes current: release it once.
        if (neverInstalled != gone) {
            releaseCode(neverInstalled);
        }
    }

    private void releaseCode(NativeModule version) {
        if (version != null) {
            version.releaseCode();
            purgedConstants.add(version.constants());
        }
    }

    /** Frees the generated code of every module this tier compiled. */
    @Override
    public void close() {
        cache.releaseAll();
        compiledAhead.values().forEach(NativeModule::release);
        compiledAhead.clear();
        purgedConstants.forEach(HeapFragments::close);
        purgedConstants.clear();
        if (listings != null) {
            listings.close();
        }
    }
}
