package org.jbeam.tier.interpreter;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.CodePath;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.scheduler.ProcessRuntime;

/**
 * A test VM with processes: {@link #run} spawns {@code Mod:Fun()} as the first process of a
 * fresh {@link ProcessRuntime} on the interpreter, runs the scheduler until that process
 * exits, and prints its result as {@code ~w}, or {@code Class:Reason} when an exception ended
 * it. Other processes still alive then are freed with the runtime.
 */
final class ProcessRunner implements AutoCloseable {
    /** Guards against a program that never ends (a hang is a failure, not a timing check). */
    private static final long HANG_SECONDS = 30;
    /**
     * Scheduler threads of the runtimes this runner makes: {@code -Djbeam.test.schedulers=N},
     * default 2, so that every test runs its processes on more than one thread.
     */
    static final int DEFAULT_SCHEDULERS = Integer.getInteger("jbeam.test.schedulers", 2);

    private final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final TermPrinter printer = new TermPrinter(atoms);
    private final CodeServer server;
    private final Interpreter interpreter;
    /** The test tier of a mixed runner ({@link #mixed}), or null. */
    private Interpreter second;
    /** The BIF table of a {@link #withCode} runner, which a second tier shares. */
    private BifTable bifs;
    /** Scheduler threads of the next runs ({@link #DEFAULT_SCHEDULERS} unless a test needs a count). */
    int schedulers = DEFAULT_SCHEDULERS;
    /** Processes the last run's runtime still held when its first process exited. */
    int lastLeftAlive;
    /** The Java-side detail of the last run's exception, for failure messages. */
    String lastDetail = "";
    /** The streams {fd, In, Out} ports use in the next runs (the JVM's own when null). */
    org.jbeam.vm.port.StandardIo standardIo;

    /** BIFs a test adds to the standard table, as the launcher adds its own. */
    @FunctionalInterface
    interface ExtraBifs {
        void register(BifTable table, AtomTable atoms, CodeServer server, ExportTable exports);
    }

    ProcessRunner(Path dir) {
        this(dir, (table, atomTable, codeServer, exportTable) -> {});
    }

    /** A runner whose BIF table also gets what {@code moreBifs} registers. */
    ProcessRunner(Path dir, ExtraBifs moreBifs) {
        server = new CodeServer(new BeamLoader(atoms, exports, funs), exports,
                CodePath.otp(OtpRoot.locate()).prepend(dir));
        server.markPreloaded(org.jbeam.vm.code.Preloaded.modules(OtpRoot.locate()));
        BifTable bifs = BifTable.standard(atoms);
        // ets:all/0 asks erlang:system_info(schedulers) how many answers to wait for.
        org.jbeam.vm.bif.SystemInfoBifs.register(bifs, atoms, OtpRoot.locate());
        moreBifs.register(bifs, atoms, server, exports);
        interpreter = new Interpreter(server, atoms, exports, bifs);
    }

    /**
     * A VM that also has the code BIFs the launcher registers (loading, purging, module and
     * fun introspection) and {@code erlang.beam} preloaded, whose Erlang-coded functions
     * ({@code fun_info/1}, {@code check_process_code/2}, {@code purge_module/1}) programs call.
     */
    static ProcessRunner withCode(Path dir) throws org.jbeam.vm.beam.BeamLoadException {
        return new ProcessRunner(dir, true);
    }

    /** The id of {@link #mixed}'s test tier, a second interpreter. */
    static final int SECOND_TIER = 2;

    /**
     * A VM as {@link #withCode} builds it with two tiers: the interpreter (id 1) and the test
     * tier {@code interpreter-b}, a second interpreter under id {@value #SECOND_TIER}. The
     * modules {@code onSecond} accepts are loaded onto the test tier, the others onto the
     * interpreter, so their calls, returns and exceptions cross tiers (issue 5).
     */
    static ProcessRunner mixed(Path dir, java.util.function.Predicate<String> onSecond)
            throws org.jbeam.vm.beam.BeamLoadException {
        ProcessRunner runner = new ProcessRunner(dir, true);
        runner.second = new Interpreter(SECOND_TIER, "interpreter-b", runner.server, runner.atoms, runner.exports,
                runner.bifs);
        runner.server.tiers().assign(module -> onSecond.test(module) ? SECOND_TIER : Interpreter.ID);
        return runner;
    }

    private ProcessRunner(Path dir, boolean withCode) throws org.jbeam.vm.beam.BeamLoadException {
        BeamLoader loader = new BeamLoader(atoms, exports, funs);
        server = new CodeServer(loader, exports, CodePath.otp(OtpRoot.locate()).prepend(dir));
        server.markPreloaded(org.jbeam.vm.code.Preloaded.modules(OtpRoot.locate()));
        BifTable bifs = BifTable.standard(atoms, exports, funs);
        org.jbeam.vm.code.CodeBifs.register(bifs, atoms, server, exports, java.util.List.of());
        org.jbeam.vm.code.CodeLoadingBifs.register(bifs, atoms, loader, server, server.tiers()::assignedId);
        org.jbeam.vm.code.ModuleInfoBifs.register(bifs, atoms, server, exports, funs);
        org.jbeam.vm.code.CodePurgeBifs.register(bifs, atoms, server);
        org.jbeam.vm.code.FunInfoBifs.register(bifs, atoms, server, exports);
        org.jbeam.vm.bif.SystemInfoBifs.register(bifs, atoms, OtpRoot.locate());
        interpreter = new Interpreter(server, atoms, exports, bifs);
        interpreter.install(server.ensureLoaded("erlang", Interpreter.ID));
        this.bifs = bifs;
    }

    /** The id of the tier {@code module:function/arity}'s export entry is bound to (0: not loaded). */
    int boundTier(String module, String function, int arity) {
        return org.jbeam.vm.code.ExportEntry.tier(exports.entry(atoms.atom(module), atoms.atom(function), arity));
    }

    String run(String module, String function) throws InterruptedException, ExecutionException {
        CompletableFuture<String> result = new CompletableFuture<>();
        try (ProcessRuntime runtime = new ProcessRuntime(atoms, exports, server.tiers(),
                ProcessRuntime.ProcessSizes.DEFAULT, schedulers)) {
            if (standardIo != null) {
                runtime.ports().setStandardIo(standardIo);
            }
            long first = runtime.spawnFirst(atoms.atom(module), atoms.atom(function), new long[0]);
            runtime.addExitObserver((process, returned, reason) -> {
                if (process.pid() != first) {
                    return;
                }
                if (returned) {
                    result.complete(printer.print(process.x(0)));
                } else if (process.exitReason() != null) {
                    lastDetail = process.exitReason().getMessage();
                    result.complete(process.exitReason().kind().name().toLowerCase(Locale.ROOT) + ":"
                            + printer.print(process.exitReason().reason()));
                } else {
                    result.complete("exited:" + printer.print(reason));
                }
                lastLeftAlive = runtime.processCount();
            });
            runtime.start();
            try {
                return result.get(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(module + ":" + function + "() did not end within " + HANG_SECONDS + " s");
            }
        }
    }

    @Override
    public void close() {
        interpreter.close();
        if (second != null) {
            second.close();
        }
        exports.close();
        server.close();
        funs.close();
    }
}
