package org.jbeam.vm.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralArea;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.loader.ResolvedFun;

/**
 * The module table and the code path, the basics of OTP's {@code code_server} and
 * {@code erlang:load_module/2}: finds {@code Module.beam} on the path, loads and validates it,
 * and installs it by binding its export and fun entries to the tier that will run it.
 *
 * <p>The code position bound into an entry is the instruction index of the function's entry
 * label in {@link LoadedModule#code()}; a tier that compiles the module maps that index to
 * its own code when it installs it.
 */
public final class CodeServer implements AutoCloseable {
    private final BeamLoader loader;
    private final ExportTable exports;
    private final CodePath path;
    private final Map<String, LoadedModule> modules = new ConcurrentHashMap<>();

    public CodeServer(BeamLoader loader, ExportTable exports, CodePath path) {
        this.loader = loader;
        this.exports = exports;
        this.path = path;
    }

    public CodePath path() {
        return path;
    }

    /** The loaded module named {@code name}, if any. */
    public Optional<LoadedModule> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    public Collection<LoadedModule> modules() {
        return modules.values();
    }

    /**
     * Loads {@code name} from the code path unless it is loaded already (as
     * {@code code:ensure_loaded/1}), and installs it on {@code tier}.
     *
     * @throws BeamLoadException when the module is not on the path or its file is malformed
     */
    public LoadedModule ensureLoaded(String name, int tier) throws BeamLoadException {
        LoadedModule known = modules.get(name);
        if (known != null) {
            return known;
        }
        Path file = path.find(name).orElseThrow(() -> new BeamLoadException(name + ".beam",
                BeamLoadException.CONTAINER, 0, "module " + name + " is not on the code path"));
        return load(file, tier);
    }

    /** Loads {@code file} and installs it on {@code tier}, replacing any module of that name. */
    public LoadedModule load(Path file, int tier) throws BeamLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new BeamLoadException(file.toString(), BeamLoadException.CONTAINER, 0, "cannot read file: " + e);
        }
        LoadedModule module = loader.load(file.toString(), bytes);
        install(module, tier);
        return module;
    }

    /** Enters {@code module} in the table and binds its exports and funs to {@code tier}. */
    public void install(LoadedModule module, int tier) {
        if (tier <= 0) {
            throw new IllegalArgumentException("tier ids start at 1 (0 marks an unloaded entry): " + tier);
        }
        for (ModuleFunction export : module.exports()) {
            long entry = exports.entry(module.moduleAtom(), export.functionAtom(), export.arity());
            ExportEntry.bind(entry, tier, export.entryIndex());
        }
        for (ResolvedFun fun : module.funs()) {
            FunEntry.bind(fun.funEntry(), tier, fun.entryIndex());
        }
        modules.put(module.name(), module);
    }

    /** Frees the literal areas of every module loaded through this server. */
    @Override
    public void close() {
        modules.values().forEach(m -> m.literalArea().ifPresent(LiteralArea::close));
        modules.clear();
    }
}
