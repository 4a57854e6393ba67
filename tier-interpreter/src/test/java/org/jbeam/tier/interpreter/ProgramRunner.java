package org.jbeam.tier.interpreter;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.CodePath;
import org.jbeam.vm.code.CodeServer;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.TierStatus;

/**
 * A minimal VM for tests: the shared tables, a code server over {@code dir} and the OTP
 * libraries, and the interpreter. {@link #call} runs {@code Mod:Fun(IntegerArgs)} in a fresh
 * process to the end (resuming after every yield) and prints the outcome as erl's
 * {@code ~w} does, or {@code Class:Reason} for an exception.
 */
final class ProgramRunner implements AutoCloseable {
    /** Bounds a runaway program: every Erlang loop is calls, and calls count reductions. */
    private static final int MAX_SLICES = 100_000;

    final AtomTable atoms = new AtomTable();
    private final ExportTable exports = new ExportTable();
    private final FunTable funs = new FunTable();
    private final TermOrder order = new TermOrder(atoms);
    private final TermPrinter printer = new TermPrinter(atoms);
    private final CodeServer server;
    final Interpreter interpreter;
    /** Yields seen by the last {@link #call}. */
    int lastYields;
    /** The Java-side detail of the last call's exception, for failure messages. */
    String lastDetail = "";
    /** The last call's process heap at its end: total words (young, old, overflow) and collections run. */
    long lastHeapWords;
    long lastCollections;
    long lastMajorCollections;
    /** When set, every safe point collects and freed heap blocks are poisoned (a GC stress test). */
    boolean gcStress;

    private final long heapLimitWords;

    ProgramRunner(Path dir) {
        this(dir, 1L << 26);
    }

    /** A runner whose processes may hold at most {@code heapLimitWords} words of heap. */
    ProgramRunner(Path dir, long heapLimitWords) {
        this.heapLimitWords = heapLimitWords;
        server = new CodeServer(new BeamLoader(atoms, exports, funs), exports,
                CodePath.otp(OtpRoot.locate()).prepend(dir));
        server.markPreloaded(org.jbeam.vm.code.Preloaded.modules(OtpRoot.locate()));
        interpreter = new Interpreter(server, atoms, exports, BifTable.standard(atoms, exports, funs));
    }

    /** Runs a call written {@code mod:fun(1,2,3)} (integer arguments only). */
    String call(String call) {
        int colon = call.indexOf(':');
        int paren = call.indexOf('(');
        String inside = call.substring(paren + 1, call.length() - 1).trim();
        List<Long> args = inside.isEmpty() ? List.of()
                : java.util.Arrays.stream(inside.split(",")).map(s -> Long.parseLong(s.trim())).toList();
        long entry = exports.entry(atoms.atom(call.substring(0, colon)), atoms.atom(call.substring(colon + 1, paren)),
                args.size());
        try (ErlangProcess process = new ErlangProcess(TermTags.makeLocalPid(1), order, 1 << 20, 1 << 12,
                heapLimitWords)) {
            if (gcStress) {
                process.heap().setCollectAtEverySafePoint(true);
                process.heap().setPoisonFreedSpace(true);
            }
            for (int i = 0; i < args.size(); i++) {
                process.setX(i, TermTags.makeSmall(args.get(i)));
            }
            TierStatus status = interpreter.start(process, entry);
            lastYields = 0;
            while (status == TierStatus.YIELDED) {
                if (++lastYields > MAX_SLICES) {
                    throw new AssertionError(call + " still runs after " + MAX_SLICES + " time slices");
                }
                status = interpreter.resume(process);
            }
            lastHeapWords = process.heap().totalHeapSizeWords();
            lastCollections = process.heap().minorCollections() + process.heap().majorCollections();
            lastMajorCollections = process.heap().majorCollections();
            lastDetail = status == TierStatus.RAISED ? process.exitReason().getMessage() : "";
            if (status == TierStatus.RAISED) {
                return process.exitReason().kind().name().toLowerCase(Locale.ROOT) + ":"
                        + printer.print(process.exitReason().reason());
            }
            return printer.print(process.x(0));
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
