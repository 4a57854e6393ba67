package org.jbeam.vm.bif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:system_info/1} (OTP's {@code erl_bif_info.c}) for the items the boot and the
 * libraries ask for. The release and erts version come from the OTP installation jbeam runs
 * (its {@code releases/*}{@code /OTP_VERSION} directory name and {@code erts-VSN}); limits are
 * erl's defaults; the emulator describes itself as erl's 64-bit Linux build does
 * ({@code "BEAM"}, SMP, word size 8). An item jbeam cannot answer truthfully is {@code badarg},
 * so a caller learns it rather than getting a made-up value.
 */
public final class SystemInfoBifs {
    private SystemInfoBifs() {}

    /** Registers {@code system_info/1} for the installation at {@code otpRoot}. */
    public static void register(BifTable t, AtomTable atoms, Path otpRoot) {
        String release = release(otpRoot);
        String ertsVersion = ertsVersion(otpRoot);
        long startTime = TimeBifs.monotonicNanos();
        t.register("erlang", "system_info", 1, (p, a) -> info(p, atoms, a[0], release, ertsVersion, startTime));
    }

    private static long info(ErlangProcess p, AtomTable atoms, long item, String release, String ertsVersion,
            long startTime) {
        if (Tuples.isTuple(item) && Tuples.arity(item) == 2 && Tuples.element(item, 1) == atoms.atom("wordsize")) {
            return TermTags.makeSmall(8);
        }
        if (!TermTags.isAtom(item)) {
            throw ErlangException.badarg("system_info: unknown item");
        }
        return switch (atoms.name(item)) {
            case "otp_release" -> TermText.list(p.heap(), release);
            case "version" -> TermText.list(p.heap(), ertsVersion);
            case "machine" -> TermText.list(p.heap(), "BEAM");
            case "system_architecture" -> TermText.list(p.heap(), "x86_64-pc-linux-gnu");
            case "driver_version" -> TermText.list(p.heap(), "3.3");
            case "nif_version" -> TermText.list(p.heap(), "2.16");
            case "wordsize" -> TermTags.makeSmall(8);
            case "smp_support", "threads" -> Atoms.TRUE;
            case "debug_compiled" -> Atoms.FALSE;
            case "compat_rel" -> TermTags.makeSmall(Integer.parseInt(release.replaceAll("\\D.*", "")));
            case "process_limit" -> TermTags.makeSmall(262144);
            case "atom_limit" -> TermTags.makeSmall(atoms.limit());
            case "atom_count" -> TermTags.makeSmall(atoms.size());
            case "port_limit" -> TermTags.makeSmall(65536);
            case "port_count" -> TermTags.makeSmall(0);
            case "ets_limit" -> TermTags.makeSmall(8192);
            case "thread_pool_size" -> TermTags.makeSmall(1);
            case "schedulers" -> TermTags.makeSmall(p.control() == null ? 1 : p.control().runtime().schedulerCount());
            case "schedulers_online" ->
                    TermTags.makeSmall(p.control() == null ? 1 : p.control().runtime().schedulersOnline());
            case "scheduler_id" -> TermTags.makeSmall(p.control() == null ? 1 : p.control().runtime().currentSchedulerId());
            case "multi_scheduling" -> atoms.atom(p.control() == null || p.control().runtime().schedulerCount() == 1
                    ? "disabled" : p.control().runtime().multiSchedulingBlocked() ? "blocked" : "enabled");
            case "dirty_cpu_schedulers", "dirty_cpu_schedulers_online" -> TermTags.makeSmall(1);
            case "process_count" -> TermTags.makeSmall(p.control() == null ? 1 : p.control().runtime().processCount());
            case "emu_type", "build_type" -> atoms.atom("opt");
            case "heap_type" -> atoms.atom("private");
            case "creation" -> TermTags.makeSmall(0);
            // erts_code_purger's parallel requests: erts's default, twice the scheduler count.
            case "outstanding_system_requests_limit" ->
                    TermTags.makeSmall(2 * (p.control() == null ? 1 : p.control().runtime().schedulerCount()));
            default -> SystemInfoItems.answer(p, atoms, item, release, ertsVersion, startTime);
        };
    }

    /** The OTP release: the name of the first directory under {@code releases} ("25"). */
    private static String release(Path otpRoot) {
        return firstEntry(otpRoot.resolve("releases"), name -> !name.isEmpty() && Character.isDigit(name.charAt(0)),
                "25");
    }

    /** The erts version from the {@code erts-VSN} directory ("13.1.5"). */
    private static String ertsVersion(Path otpRoot) {
        String dir = firstEntry(otpRoot, name -> name.startsWith("erts-"), "erts-0");
        return dir.substring("erts-".length());
    }

    private static String firstEntry(Path directory, java.util.function.Predicate<String> wanted, String fallback) {
        if (!Files.isDirectory(directory)) {
            return fallback;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(e -> e.getFileName().toString()).filter(wanted).sorted().findFirst().orElse(fallback);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
