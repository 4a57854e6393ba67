package org.jbeam.vm.scheduler;

import java.io.PrintStream;
import java.time.Instant;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The emulator's error report for a process that an uncaught error or throw ended (OTP's
 * {@code terminate_proc} in {@code beam_common.c} and {@code erts_send_error_term_to_logger}
 * in {@code utils.c}). An {@code exit} does not report, nor does an exit signal.
 *
 * <p>The report is the message {@code {log, error, "Error in process ~p with exit
 * value:~n~p~n", [Pid, ExitValue], Meta}}, {@code Meta} being {@code #{error_logger =>
 * #{emulator => true, tag => error}, gl => GroupLeader, pid => Pid, time => Microseconds}},
 * sent to the system logger ({@link SystemFlags#systemLogger}: a pid, or the process
 * registered as {@code logger}; a dead pid falls back to that name, as erts does). With
 * {@code undefined} the report is dropped. With no logger process, erts prints the message to
 * standard error as {@code (no logger present) unexpected logger message: } followed by the
 * term in its {@code %T} form ({@link DisplayPrinter}); so does jbeam.
 */
final class CrashReports {
    private static final String FORMAT = "Error in process ~p with exit value:~n~p~n";
    private static final String MAX_HEAP_FORMAT = "     Process:            ~p ~n"
            + "     Context:            maximum heap size reached~n"
            + "     Max Heap Size:      ~p~n"
            + "     Total Heap Size:    ~p~n"
            + "     Kill:               ~p~n"
            + "     Error Logger:       ~p~n"
            + "     Message Queue Len:  ~p~n"
            + "     GC Info:            ~p~n";

    private final ProcessRuntime runtime;
    private final TermOrder order;
    private final DisplayPrinter printer;
    private final PrintStream stderr;

    CrashReports(ProcessRuntime runtime, AtomTable atoms, TermOrder order, PrintStream stderr) {
        this.runtime = runtime;
        this.order = order;
        this.printer = new DisplayPrinter(atoms);
        this.stderr = stderr;
    }

    /** Reports that {@code process} ends with {@code exitValue} (a term its heap holds). */
    void report(ErlangProcess process, long exitValue) {
        send(process, FORMAT, fragment -> new long[] {process.pid(), TermCopier.copy(exitValue, fragment)});
    }

    /**
     * Reports that {@code process}'s heap of {@code totalWords} words went over {@code limit}, in
     * erts' words and with its figures (OTP 25's {@code reached_max_heap_size}), the GC info
     * being jbeam's ({@link GcInfo}).
     */
    void reportMaxHeapSize(ErlangProcess process, MaxHeapSize limit, long totalWords) {
        send(process, MAX_HEAP_FORMAT, fragment -> {
            long gcInfo = GcInfo.of(process, fragment, runtime.atoms());
            return new long[] {process.pid(), Integers.fromLong(fragment, limit.sizeWords()),
                Integers.fromLong(fragment, totalWords), Atoms.bool(limit.kill()), Atoms.bool(limit.errorLogger()),
                TermTags.makeSmall(process.mailbox().size()), gcInfo};
        });
    }

    /** Sends {@code {log, error, Format, Args, Meta}} for {@code process} to the system logger. */
    // One report at a time: schedulers crash processes in parallel.
    private synchronized void send(ErlangProcess process, String format, java.util.function.Function<HeapFragments, long[]> args) {
        SystemFlags flags = runtime.systemFlags();
        if (flags.dropsReports()) {
            return;
        }
        ErlangProcess logger = logger(flags.systemLogger());
        HeapFragments fragment = new HeapFragments(256);
        long message = message(fragment, process, format, Lists.of(fragment, args.apply(fragment)));
        if (logger == null) {
            stderr.println("(no logger present) unexpected logger message: " + printer.print(message));
            stderr.flush();
            fragment.close();
            return;
        }
        runtime.deliver(logger, message, fragment);
    }

    private ErlangProcess logger(long systemLogger) {
        AtomTable atoms = runtime.atoms();
        if (TermTags.isLocalPid(systemLogger)) {
            ErlangProcess process = runtime.lookup(systemLogger);
            if (process != null) {
                return process;
            }
        }
        long pid = runtime.whereis(atoms.atom("logger"));
        return pid == Atoms.UNDEFINED ? null : runtime.lookup(pid);
    }

    private long message(HeapFragments heap, ErlangProcess process, String formatText, long args) {
        AtomTable atoms = runtime.atoms();
        long pid = process.pid();
        long errorLogger = Maps.fromPairs(order, heap, new long[] {atoms.atom("emulator"), atoms.atom("tag")},
                new long[] {Atoms.TRUE, Atoms.ERROR});
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
        long meta = Maps.fromPairs(order, heap,
                new long[] {atoms.atom("error_logger"), atoms.atom("gl"), atoms.atom("pid"), atoms.atom("time")},
                new long[] {errorLogger, process.control().options.groupLeader, pid, Integers.fromLong(heap, micros)});
        long format = Lists.of(heap, formatText.chars().mapToLong(TermTags::makeSmall).toArray());
        return Tuples.make(heap, atoms.atom("log"), Atoms.ERROR, format, args, meta);
    }
}
