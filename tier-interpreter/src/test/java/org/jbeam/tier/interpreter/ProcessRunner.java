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

    private final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final TermPrinter printer = new TermPrinter(atoms);
    private final CodeServer server;
    private final Interpreter interpreter;
    /** Processes the last run's runtime still held when its first process exited. */
    int lastLeftAlive;
    /** The Java-side detail of the last run's exception, for failure messages. */
    String lastDetail = "";

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
        BifTable bifs = BifTable.standard(atoms);
        moreBifs.register(bifs, atoms, server, exports);
        interpreter = new Interpreter(server, atoms, exports, bifs);
    }

    String run(String module, String function) throws InterruptedException, ExecutionException {
        CompletableFuture<String> result = new CompletableFuture<>();
        try (ProcessRuntime runtime = new ProcessRuntime(atoms, exports, interpreter,
                ProcessRuntime.ProcessSizes.DEFAULT)) {
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
        exports.close();
        server.close();
        funs.close();
    }
}
