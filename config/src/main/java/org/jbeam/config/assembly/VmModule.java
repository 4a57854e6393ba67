package org.jbeam.config.assembly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import org.jbeam.config.settings.JitArch;
import org.jbeam.config.settings.TemplateJitSettings;
import org.jbeam.config.settings.TierSelector;
import org.jbeam.config.settings.TraceJitSettings;
import org.jbeam.config.settings.VmSettings;
import org.jbeam.config.tiers.TierCatalog;
import org.jbeam.tier.template.TemplateJitOptions;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.bif.SystemInfoBifs;
import org.jbeam.vm.code.CodeBifs;
import org.jbeam.vm.code.CodeLoadingBifs;
import org.jbeam.vm.code.CodePath;
import org.jbeam.vm.code.CodePurgeBifs;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunInfoBifs;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.ModuleInfoBifs;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.code.Preloaded;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.tier.ExecutionTier;

/**
 * The VM's object graph, used once at start-up: the validated settings records, the shared
 * runtime tables (one of each per VM), the code path and code server, and the discovered
 * tiers as a {@code Set<ExecutionTier>} (a {@link Multibinder}). Each tier instance, created
 * by {@link java.util.ServiceLoader}, gets its {@code @Inject} members filled from this graph,
 * so a tier asks for what it needs instead of reaching into globals.
 */
public final class VmModule extends AbstractModule {
    private final VmSettings settings;
    private final TierCatalog tiers;

    public VmModule(VmSettings settings, TierCatalog tiers) {
        this.settings = settings;
        this.tiers = tiers;
    }

    @Override
    protected void configure() {
        bind(VmSettings.class).toInstance(settings);
        bind(TemplateJitSettings.class).toInstance(settings.templateJit());
        // The template JIT takes its settings as plain values of its own (it does not know config).
        TemplateJitSettings jit = settings.templateJit();
        bind(TemplateJitOptions.class).toInstance(TemplateJitOptions.of(
                jit.arch() == JitArch.AUTO ? null : jit.arch().configName(), jit.perfMap(), jit.dump()));
        bind(TraceJitSettings.class).toInstance(settings.traceJit());
        bind(TierSelector.class).toInstance(settings.tierSelector());
        bind(TierCatalog.class).toInstance(tiers);
        Multibinder<ExecutionTier> tierSet = Multibinder.newSetBinder(binder(), ExecutionTier.class);
        for (ExecutionTier tier : tiers.tiers()) {
            tierSet.addBinding().toInstance(tier);
        }
    }

    @Provides
    @Singleton
    AtomTable atomTable() {
        return new AtomTable(settings.atomTableLimit());
    }

    @Provides
    @Singleton
    ExportTable exportTable() {
        return new ExportTable();
    }

    @Provides
    @Singleton
    FunTable funTable() {
        return new FunTable();
    }

    @Provides
    @Singleton
    BifTable bifTable(AtomTable atoms, CodeServer server, ExportTable exports, FunTable funs, BeamLoader loader) {
        BifTable table = BifTable.standard(atoms, exports, funs);
        CodeBifs.register(table, atoms, server, exports, Preloaded.modules(otpRoot()));
        CodeLoadingBifs.register(table, atoms, loader, server, this::tierId);
        ModuleInfoBifs.register(table, atoms, server, exports, funs);
        CodePurgeBifs.register(table, atoms, server);
        FunInfoBifs.register(table, atoms, server, exports);
        SystemInfoBifs.register(table, atoms, otpRoot());
        return table;
    }

    /** The id of the tier the configuration selects for {@code module}. */
    private int tierId(String module) {
        String name = settings.tierSelector().tierFor(module);
        return tiers.tiers().stream().filter(tier -> tier.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("tier " + name + " is not on the class path")).id();
    }

    private Path otpRoot() {
        return settings.otpRoot().orElseGet(OtpRoot::locate);
    }

    @Provides
    @Singleton
    BeamLoader beamLoader(AtomTable atoms, ExportTable exports, FunTable funs) {
        return new BeamLoader(atoms, exports, funs);
    }

    /** The configured directories first, then OTP's {@code lib/*}{@code /ebin}, as erl's -pa. */
    @Provides
    @Singleton
    CodePath codePath() {
        Path otpRoot = otpRoot();
        List<Path> directories = new ArrayList<>(settings.codePath());
        directories.addAll(CodePath.otp(otpRoot).directories());
        return new CodePath(directories);
    }

    @Provides
    @Singleton
    CodeServer codeServer(BeamLoader loader, ExportTable exports, CodePath path) {
        CodeServer server = new CodeServer(loader, exports, path);
        server.markPreloaded(Preloaded.modules(otpRoot()));
        // Every discovered tier can own code, and modules go to the tier the settings select
        // for them, whichever tier's call loads them (issue 5).
        tiers.tiers().forEach(server.tiers()::add);
        server.tiers().assign(this::tierId);
        return server;
    }
}
