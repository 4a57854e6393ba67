package org.jbeam.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.jbeam.tier.template.backend.CompiledModule;
import org.jbeam.tier.template.backend.TemplateBackend;
import org.jbeam.tier.template.backend.TemplateCompiler;
import org.jbeam.tier.template.ops.DecodedModule;
import org.jbeam.tier.template.ops.ModuleDecoder;
import org.jbeam.tier.template.ops.TemplateCompileException;
import org.jbeam.tier.template.runtime.CatchHandlers;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralArea;
import org.jbeam.vm.loader.LoadedModule;

/**
 * One measured unit of loading: fresh atom, export and fun tables (as a VM starting up has),
 * the real loader with literal decoding, and every literal area freed at the end. With
 * {@link #compiling} each module is also compiled by the template JIT as it is at load (decoded
 * to the tier's ops, every instruction from its template, assembled into executable memory),
 * which is what erl's {@code prepare_loading} does under BeamAsm.
 */
final class StdlibLoading implements AutoCloseable {
    /** The template JIT's tier id, as its code carries it. */
    private static final int TEMPLATE_JIT = 3;

    private final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final BeamLoader loader = new BeamLoader(atoms, exports, funs);
    private final List<LiteralArea> areas = new ArrayList<>();
    private final List<CompiledModule> compiled = new ArrayList<>();
    private final List<DecodedModule> decoded = new ArrayList<>();
    private final TemplateBackend backend;
    private final ModuleDecoder decoder;
    private long instructions;
    private int refused;

    private StdlibLoading(TemplateBackend backend) {
        this.backend = backend;
        CatchHandlers handlers = new CatchHandlers();
        this.decoder = backend == null ? null
                : new ModuleDecoder(BifTable.standard(atoms, exports, funs), atoms, TEMPLATE_JIT, handlers::next);
    }

    /** Loading alone. */
    StdlibLoading() {
        this(null);
    }

    /** Loading and compiling each module with {@code backend}. */
    static StdlibLoading compiling(TemplateBackend backend) {
        return new StdlibLoading(backend);
    }

    /** The template JIT's backend for this machine's {@code os.arch}, if the build has one. */
    static Optional<TemplateBackend> templateBackend() {
        String arch = System.getProperty("os.arch");
        return ServiceLoader.load(TemplateBackend.class, StdlibLoading.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(b -> b.runsOn(arch)).findFirst();
    }

    LoadedModule load(String source, byte[] bytes) throws BeamLoadException {
        LoadedModule module = loader.load(source, bytes);
        module.literalArea().ifPresent(areas::add);
        instructions += module.code().size();
        if (backend != null) {
            DecodedModule ops = decoder.decode(module);
            decoded.add(ops);
            try {
                compiled.add(TemplateCompiler.compile(backend, TEMPLATE_JIT, ops));
            } catch (TemplateCompileException e) {
                refused++; // the tier refuses it at load too (an instruction it has no template for)
            }
        }
        return module;
    }

    /** The BEAM instructions (the loader's generic instructions) loaded so far. */
    long instructions() {
        return instructions;
    }

    /** Modules the template JIT refused to compile. */
    int refused() {
        return refused;
    }

    @Override
    public void close() {
        compiled.forEach(c -> c.code().region().close());
        decoded.forEach(d -> d.constants().close());
        areas.forEach(LiteralArea::close);
        exports.close();
        funs.close();
    }
}
