package org.jbeam.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jbeam.config.assembly.VirtualMachine;
import org.jbeam.config.settings.ConfigurationException;
import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.SettingsFlags;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.code.DemandLoading;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.code.Preloaded;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * {@code jbeam [FLAGS] ERL-ARGS...}: starts the VM as {@code erl} does. The first process runs
 * OTP's preloaded {@code erl_init:start(init, BootArgs)}, BootArgs being the binaries erts
 * hands it ({@code erl_init.c}'s {@code erl_first_process_otp}): {@code -root ROOT -bindir
 * BINDIR -progname erl -- -home HOME --} then the user's arguments. {@code init:boot/1} then
 * reads the boot script and starts the system. The exit status is the one
 * {@code erlang:halt/1} gives; when the first process ends without a halt (erts treats that as
 * a fatal error) jbeam prints why and exits 1.
 */
public final class ErlCommand {
    /** The status when the first process ends without halting the VM. */
    public static final int INIT_DIED = 1;
    /** The status when the VM did not halt within the time limit (tests set one). */
    public static final int TIMED_OUT = 124;

    private final PrintStream out;
    private final PrintStream err;
    private final Duration limit;

    /** A command that waits for the VM as long as it runs ({@code limit} null) or at most {@code limit}. */
    public ErlCommand(PrintStream out, PrintStream err, Duration limit) {
        this.out = out;
        this.err = err;
        this.limit = limit;
    }

    /** Boots with the erl arguments after the configuration flags; returns the exit status. */
    public int run(SettingsFlags flags, LaunchEnvironment environment) {
        StartupConfiguration startup;
        try {
            startup = StartupConfiguration.load(flags, environment);
        } catch (ConfigurationException e) {
            ConfigCommand.printProblems(err, e);
            return Launcher.USAGE_ERROR;
        }
        try (VirtualMachine vm = VirtualMachine.assemble(startup.settings(), startup.tiers())) {
            Path root = startup.settings().otpRoot().orElseGet(OtpRoot::locate);
            String home = environment.variables().getOrDefault("HOME", "/");
            preload(vm, root);
            // From here on modules load as erts loads them: through error_handler and the Erlang
            // code server, which honours -pa, -pz and code:add_path/1.
            vm.codeServer().setDemandLoading(DemandLoading.ERROR_HANDLER);
            return boot(vm, bootArguments(root, home, flags.rest()));
        }
    }

    /** Loads the preloaded modules, as erts does before the first process runs. */
    static void preload(VirtualMachine vm, Path root) {
        for (String module : Preloaded.modules(root)) {
            try {
                vm.codeServer().ensureLoaded(module, vm.tierFor(module).id());
            } catch (BeamLoadException e) {
                throw new IllegalStateException("cannot load the preloaded module " + module + ": " + e.getMessage(), e);
            }
        }
    }

    /** The arguments erts gives {@code erl_init:start/2}, as strings. */
    static List<String> bootArguments(Path root, String home, List<String> userArguments) {
        List<String> args = new ArrayList<>(List.of("-root", root.toString(), "-bindir", bindir(root).toString(),
                "-progname", "erl", "--", "-home", home, "--"));
        args.addAll(userArguments);
        return args;
    }

    /** {@code ROOT/erts-VSN/bin}, the first erts directory of the installation. */
    private static Path bindir(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("erts-")).sorted().findFirst()
                    .orElse(root.resolve("erts")).resolve("bin");
        } catch (IOException | UncheckedIOException e) {
            return root.resolve("bin");
        }
    }

    private int boot(VirtualMachine vm, List<String> bootArguments) {
        AtomTable atoms = vm.atoms();
        CompletableFuture<Integer> status = new CompletableFuture<>();
        try (ProcessRuntime runtime = new ProcessRuntime(atoms, vm.exports(), vm.codeServer().tiers(),
                ProcessRuntime.ProcessSizes.DEFAULT,
                vm.settings().schedulerThreads(Runtime.getRuntime().availableProcessors())); HeapFragments arguments = new HeapFragments(256)) {
            runtime.setStress(vm.settings().stress());
            runtime.setHaltHandler(status::complete);
            // init, and beside it what erts starts: the code purger (code:purge/1, soft_purge/1 and
            // modules with -on_load ask it), the literal area collector, the dirty signal handlers.
            long first = runtime.spawnBootProcesses(binaryList(arguments, bootArguments));
            DisplayPrinter text = new DisplayPrinter(atoms);
            runtime.addExitObserver((process, returned, reason) -> {
                if (process.pid() == first && !status.isDone()) {
                    err.println(firstProcessDeath(text, process, returned, reason));
                    status.complete(INIT_DIED);
                }
            });
            runtime.start();
            int code = await(status);
            System.out.flush();
            out.flush();
            err.flush();
            return code;
        }
    }

    /** Why the first process ended, as the line erts prints before it exits. */
    private static String firstProcessDeath(DisplayPrinter text, ErlangProcess process, boolean returned, long reason) {
        if (returned) {
            return "jbeam: the first process (erl_init:start/2) returned without halting the VM";
        }
        ErlangException e = process.exitReason();
        if (e == null) {
            return "jbeam: Kernel pid terminated (init) (" + text.print(reason) + ")";
        }
        String trace = process.exitStackTrace() == TermTags.NON_VALUE ? "[]" : text.print(process.exitStackTrace());
        return "jbeam: Kernel pid terminated (init) (" + e.kind().name().toLowerCase(Locale.ROOT) + ":"
                + text.print(e.reason()) + " " + trace + ")\n  (" + e.getMessage() + ")";
    }

    private int await(CompletableFuture<Integer> status) {
        try {
            return limit == null ? status.get() : status.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            err.println("jbeam: the VM did not halt within " + limit.toSeconds() + " s");
            return TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INIT_DIED;
        } catch (ExecutionException e) {
            return INIT_DIED;
        }
    }

    /** {@code [<<"arg">>, ...]} built in {@code heap} (UTF-8, as erts passes argv's bytes). */
    static long binaryList(HeapFragments heap, List<String> strings) {
        long list = TermTags.NIL;
        for (int i = strings.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, Binaries.make(heap, strings.get(i).getBytes(StandardCharsets.UTF_8)), list);
        }
        return list;
    }
}
