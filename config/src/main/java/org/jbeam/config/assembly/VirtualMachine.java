package org.jbeam.config.assembly;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Stage;

import org.jbeam.config.settings.TierSelector;
import org.jbeam.config.settings.VmSettings;
import org.jbeam.config.tiers.TierCatalog;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.tier.ExecutionTier;

/**
 * One assembled VM: the objects {@link VmModule} wires, handed out as plain references so the
 * running VM never goes back to Guice. Closing it frees the native export and fun tables.
 */
public final class VirtualMachine implements AutoCloseable {
    private final VmSettings settings;
    private final AtomTable atoms;
    private final ExportTable exports;
    private final FunTable funs;
    private final CodeServer codeServer;
    private final TierSelector selector;
    private final Map<String, ExecutionTier> tiers;

    @Inject
    VirtualMachine(VmSettings settings, AtomTable atoms, ExportTable exports, FunTable funs, CodeServer codeServer,
            TierSelector selector, Set<ExecutionTier> tiers) {
        this.settings = settings;
        this.atoms = atoms;
        this.exports = exports;
        this.funs = funs;
        this.codeServer = codeServer;
        this.selector = selector;
        this.tiers = tiers.stream().collect(Collectors.toUnmodifiableMap(ExecutionTier::name, Function.identity()));
    }

    /**
     * Builds the graph for validated {@code settings} (every tier they name is in
     * {@code catalog}, as {@link org.jbeam.config.settings.SettingsBinder} checked).
     */
    public static VirtualMachine assemble(VmSettings settings, TierCatalog catalog) {
        return Guice.createInjector(Stage.PRODUCTION, new VmModule(settings, catalog)).getInstance(VirtualMachine.class);
    }

    public VmSettings settings() {
        return settings;
    }

    public AtomTable atoms() {
        return atoms;
    }

    public ExportTable exports() {
        return exports;
    }

    public FunTable funs() {
        return funs;
    }

    public CodeServer codeServer() {
        return codeServer;
    }

    /** The tiers of this VM by name. */
    public Map<String, ExecutionTier> tiers() {
        return tiers;
    }

    /** The tier that runs {@code module}, by {@code jbeam.tier} and {@code jbeam.modules}. */
    public ExecutionTier tierFor(String module) {
        String name = selector.tierFor(module);
        ExecutionTier tier = tiers.get(name);
        if (tier == null) {
            throw new IllegalStateException("tier " + name + " was validated at start-up but is not assembled");
        }
        return tier;
    }

    @Override
    public void close() {
        exports.close();
        funs.close();
    }
}
