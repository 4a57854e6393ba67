package org.jbeam.vm.scheduler;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermTags;

/**
 * The crash dump erl writes when the VM halts with a slogan ({@code erl_crash_dump.c}, dump
 * format 0.5, which {@code crashdump_viewer} reads): where it goes ({@code ERL_CRASH_DUMP}, else
 * {@code erl_crash.dump} in the working directory; none when {@code ERL_CRASH_DUMP_SECONDS} is
 * 0), the line erl prints about it, and its sections for what jbeam keeps: the header, memory,
 * one {@code =proc} section per live process, the atoms, newest first, and {@code =end}. The
 * sections about erts' own allocators, schedulers' internals and loaded code are left out.
 */
final class CrashDump {
    /** C's {@code ctime()} layout, the dump's second line. */
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    private final AtomTable atoms;
    private final ProcessRuntime runtime;

    CrashDump(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.atoms = runtime.atoms();
    }

    /** The dump file the environment asks for, or null when it asks for none. */
    static Path target(Map<String, String> environment) {
        if ("0".equals(environment.get("ERL_CRASH_DUMP_SECONDS"))) {
            return null;
        }
        String file = environment.getOrDefault("ERL_CRASH_DUMP", "erl_crash.dump");
        return Path.of(file.isEmpty() ? "erl_crash.dump" : file);
    }

    /**
     * Writes the dump to {@code file} and returns erl's line about it; an I/O failure is
     * reported in that line (erl says it could not open the file) and is not thrown.
     */
    String write(Path file, String slogan, String systemVersion, long callerPid) {
        String line = "Crash dump is being written to: " + file + "...";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            header(out, slogan, systemVersion);
            memory(out);
            for (long pid : runtime.pids()) {
                ErlangProcess process = runtime.lookup(pid);
                if (process != null) {
                    process(out, process, pid == callerPid);
                }
            }
            atoms(out);
            out.write("=end\n");
            return line + "done";
        } catch (IOException e) {
            return "Could not open file for writing (" + file + "): " + e.getMessage();
        }
    }

    private void header(Writer out, String slogan, String systemVersion) throws IOException {
        out.write("=erl_crash_dump:0.5\n");
        out.write(CTIME.format(ZonedDateTime.now()) + "\n");
        out.write("Slogan: " + slogan + "\n");
        out.write("System version: " + systemVersion.stripTrailing() + "\n");
        out.write("Taints: \n");
        out.write("Atoms: " + atoms.size() + "\n");
        out.write("Calling Thread: scheduler:1\n");
    }

    private void memory(Writer out) throws IOException {
        long processes = 0;
        long processesUsed = 0;
        for (long pid : runtime.pids()) {
            ErlangProcess process = runtime.lookup(pid);
            if (process != null) {
                processes += process.memoryBytes();
                processesUsed += (process.heap().usedWords() + process.stackSizeWords()) * 8L;
            }
        }
        long total = MemoryBifs.total();
        out.write("=memory\n");
        out.write("total: " + total + "\n");
        out.write("processes: " + processes + "\n");
        out.write("processes_used: " + processesUsed + "\n");
        out.write("system: " + Math.max(0, total - processes) + "\n");
    }

    private void process(Writer out, ErlangProcess process, boolean caller) throws IOException {
        ProcessControl control = process.control();
        out.write("=proc:" + pidText(process.pid()) + "\n");
        out.write("State: " + (caller ? "Running" : stateName(control.state())) + "\n");
        if (control.registeredName != TermTags.NON_VALUE) {
            out.write("Name: " + atomText(control.registeredName) + "\n");
        }
        long entry = control.startEntry();
        out.write("Spawned as: " + atomText(ExportEntry.module(entry)) + ":" + atomText(ExportEntry.function(entry))
                + "/" + ExportEntry.arity(entry) + "\n");
        long parent = control.options.parent;
        out.write("Spawned by: " + (TermTags.isLocalPid(parent) ? pidText(parent) : "[]") + "\n");
        out.write("Message queue length: " + process.mailbox().size() + "\n");
        if (!control.links.isEmpty()) {
            StringJoiner links = new StringJoiner(", ", "[", "]");
            control.links.forEach(pid -> links.add(pidText(pid)));
            out.write("Link list: " + links + "\n");
        }
        out.write("Reductions: " + process.totalReductions() + "\n");
        out.write("Stack+heap: " + process.heapSizeWords() + "\n");
        out.write("OldHeap: " + (process.totalHeapSizeWords() - process.heapSizeWords()) + "\n");
        out.write("Memory: " + process.memoryBytes() + "\n");
    }

    private static String stateName(ProcessControl.State state) {
        return switch (state) {
            case RUNNABLE -> "Scheduled";
            case RUNNING -> "Running";
            case WAITING -> "Waiting";
            case EXITING, EXITED -> "Exiting";
        };
    }

    private void atoms(Writer out) throws IOException {
        out.write("=atoms\n");
        for (int index = atoms.size() - 1; index >= 0; index--) {
            out.write(atomText(TermTags.makeAtom(index)) + "\n");
        }
    }

    private String atomText(long atom) {
        return DisplayPrinter.quoteAtom(atoms.name(atom));
    }

    private static String pidText(long pid) {
        return "<0." + Identifiers.pidNumber(pid) + "."
                + Identifiers.pidSerial(pid) + ">";
    }
}
