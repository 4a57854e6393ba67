package org.jbeam.arch.x86_64.template;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jbeam.tier.interpreter.Interpreter;
import org.jbeam.tier.template.TemplateJitTier;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.code.CodePath;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.code.Preloaded;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierSlices;
import org.jbeam.vm.tier.TierStatus;
import org.jbeam.vm.tier.Tiers;

/**
 * A test VM with two tiers: the template JIT for the modules {@code onJit} accepts, the
 * interpreter for the rest (OTP's {@code lists}, ...). {@link #run} runs {@code M:F()} in a fresh
 * process through the tiers' slice loop, resuming after every yield, and prints the outcome as
 * {@code erlang:display/1} would print {@code {result, F, Value}} or {@code {exception, F, Class, Reason}}.
 */
final class MixedTierRunner implements AutoCloseable {
    /** Bounds a runaway program (every Erlang loop is calls, and calls count reductions). */
    private static final int MAX_SLICES = 1_000_000;

    final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final TermOrder order = new TermOrder(atoms);
    private final DisplayPrinter printer = new DisplayPrinter(atoms);
    final CodeServer server;
    private final Interpreter interpreter;
    final TemplateJitTier jit;
    /** Yields and heap collections seen by the last run. */
    int lastYields;
    long lastCollections;

    MixedTierRunner(Path dir, Predicate<String> onJit) {
        this(dir, onJit, null);
    }

    /**
     * As {@link #MixedTierRunner(Path, Predicate)}, the template JIT with the BIF table
     * {@code jitBifs} makes (null: the interpreter's), to stand for a build lacking some BIF.
     */
    MixedTierRunner(Path dir, Predicate<String> onJit, Function<AtomTable, BifTable> jitBifs) {
        server = new CodeServer(new BeamLoader(atoms, exports, funs), exports,
                CodePath.otp(OtpRoot.locate()).prepend(dir));
        server.markPreloaded(Preloaded.modules(OtpRoot.locate()));
        BifTable bifs = BifTable.standard(atoms, exports, funs);
        interpreter = new Interpreter(server, atoms, exports, bifs);
        jit = new TemplateJitTier();
        jit.connect(server, atoms, exports, jitBifs == null ? bifs : jitBifs.apply(atoms));
        server.tiers().assign(module -> onJit.test(module) ? TemplateJitTier.ID : Interpreter.ID);
    }

    /** Runs {@code module:function()} with default process sizes. */
    String run(String module, String function) {
        return run(module, function, 1 << 12, 233, false);
    }

    /**
     * Runs {@code module:function(argument)} with default process sizes and prints its value as
     * {@code erlang:display/1} would (or {@code {exception, Class, Reason}}).
     */
    String call(String module, String function, long argument) {
        return call(module, function, 1 << 12, 233, false, argument);
    }

    /** As {@link #call(String, String, long)}, with the process sizes and collector stress of {@link #run}. */
    String call(String module, String function, long stackWords, long heapWords, boolean gcStress, long argument) {
        String outcome = run(module, function, stackWords, heapWords, gcStress, argument);
        String prefix = "{result," + function + ",";
        return outcome.startsWith(prefix) ? outcome.substring(prefix.length(), outcome.length() - 1) : outcome;
    }

    /**
     * Runs {@code module:function(arguments...)} in a process of {@code stackWords} and
     * {@code heapWords}; with {@code gcStress} every heap test collects and freed blocks are
     * poisoned. The arguments must be immediates (they are no roots before the first call).
     */
    String run(String module, String function, long stackWords, long heapWords, boolean gcStress,
            long... arguments) {
        long entry = exports.entry(atoms.atom(module), atoms.atom(function), arguments.length);
        Tiers tiers = server.tiers();
        try (ErlangProcess process = new ErlangProcess(TermTags.makeLocalPid(1), order, stackWords, heapWords,
                1L << 26)) {
            if (gcStress) {
                process.heap().setCollectAtEverySafePoint(true);
                process.heap().setPoisonFreedSpace(true);
            }
            for (int i = 0; i < arguments.length; i++) {
                process.setX(i, arguments[i]);
            }
            TierStatus status = TierSlices.start(tiers, tiers.startingTier(entry, atoms), process, entry);
            lastYields = 0;
            while (status == TierStatus.YIELDED) {
                if (++lastYields > MAX_SLICES) {
                    throw new AssertionError(module + ":" + function + "() still runs after " + MAX_SLICES + " slices");
                }
                status = TierSlices.resume(tiers, process);
            }
            lastCollections = process.heap().minorCollections() + process.heap().majorCollections();
            return switch (status) {
                case FINISHED -> "{result," + function + "," + printer.print(process.x(0)) + "}";
                case RAISED -> "{exception," + function + ","
                        + process.exitReason().kind().name().toLowerCase(java.util.Locale.ROOT) + ","
                        + printer.print(process.exitReason().reason()) + "}";
                default -> throw new AssertionError(module + ":" + function + "() left with " + status);
            };
        }
    }

    /**
     * Runs {@code module:function()} as the first process of a fresh {@link ProcessRuntime}: the
     * scheduler, not this runner, resumes it after yields and continues it across tiers.
     */
    String runScheduled(String module, String function) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        try (ProcessRuntime runtime = new ProcessRuntime(atoms, exports, server.tiers(),
                ProcessRuntime.ProcessSizes.DEFAULT)) {
            long first = runtime.spawnFirst(atoms.atom(module), atoms.atom(function), new long[0]);
            runtime.addExitObserver((process, returned, reason) -> {
                if (process.pid() == first) {
                    result.complete(returned ? "{result," + function + "," + printer.print(process.x(0)) + "}"
                            : "{exit," + function + "," + printer.print(reason) + "}");
                }
            });
            runtime.start();
            return result.get(60, TimeUnit.SECONDS);
        }
    }

    /** A fresh process of this VM with default sizes, for a test to run a slice at a time (it closes it). */
    ErlangProcess newProcess() {
        return new ErlangProcess(TermTags.makeLocalPid(2), order, 1 << 12, 233, 1L << 26);
    }

    /** Starts {@code module:function(args...)} in {@code process}: its first slice. */
    TierStatus start(ErlangProcess process, String module, String function, long... args) {
        for (int i = 0; i < args.length; i++) {
            process.setX(i, args[i]);
        }
        long entry = exportEntry(module, function, args.length);
        Tiers tiers = server.tiers();
        return TierSlices.start(tiers, tiers.startingTier(entry, atoms), process, entry);
    }

    /** The next slice of {@code process}. */
    TierStatus resume(ErlangProcess process) {
        return TierSlices.resume(server.tiers(), process);
    }

    String print(long term) {
        return printer.print(term);
    }

    long exportEntry(String module, String function, int arity) {
        return exports.entry(atoms.atom(module), atoms.atom(function), arity);
    }

    /** The id of the tier {@code module:function/arity} is bound to (0: not loaded). */
    int boundTier(String module, String function, int arity) {
        return org.jbeam.vm.code.ExportEntry.tier(exports.entry(atoms.atom(module), atoms.atom(function), arity));
    }

    @Override
    public void close() {
        jit.close();
        interpreter.close();
        exports.close();
        server.close();
        funs.close();
    }
}
