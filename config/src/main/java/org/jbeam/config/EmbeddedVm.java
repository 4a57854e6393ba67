package org.jbeam.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;

import org.jbeam.config.assembly.VirtualMachine;
import org.jbeam.config.settings.ConfigurationException;
import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.SettingsFlags;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.DisplayPrinter;
import org.jbeam.vm.code.DemandLoading;
import org.jbeam.vm.code.OtpRoot;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * jbeam embedded in a Java program (the JMH suites, tools): a VM assembled from the launcher's
 * configuration flags, booted as {@link ErlCommand} boots it (OTP's standard boot script, then
 * the erl arguments given), whose schedulers keep running between calls. {@link #call} runs
 * {@code Module:Function(Args)} in a new process and reads its result in Java.
 */
public final class EmbeddedVm implements AutoCloseable {
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(2);

    private final VirtualMachine vm;
    private final ProcessRuntime runtime;
    private final AtomTable atoms;
    private final DisplayPrinter printer;
    /** The calls under way, by the pid of the process that runs each. */
    private final Map<Long, PendingCall<?>> calls = new ConcurrentHashMap<>();

    /** A call's result, read from the process's X0 by {@code reader} as it returns. */
    private record PendingCall<T>(CompletableFuture<T> result, LongFunction<T> reader) {
    }

    private EmbeddedVm(VirtualMachine vm, List<String> erlArgs) {
        this.vm = vm;
        this.atoms = vm.atoms();
        this.printer = new DisplayPrinter(atoms);
        Path root = vm.settings().otpRoot().orElseGet(OtpRoot::locate);
        ErlCommand.preload(vm, root);
        vm.codeServer().setDemandLoading(DemandLoading.ERROR_HANDLER);
        this.runtime = new ProcessRuntime(atoms, vm.exports(), vm.codeServer().tiers(),
                ProcessRuntime.ProcessSizes.DEFAULT,
                vm.settings().schedulerThreads(Runtime.getRuntime().availableProcessors()));
        runtime.setStress(vm.settings().stress());
        runtime.addExitObserver(this::exited);
        try (HeapFragments arguments = new HeapFragments(256)) {
            List<String> boot = ErlCommand.bootArguments(root, System.getProperty("user.home", "/"), erlArgs);
            runtime.spawnBootProcesses(ErlCommand.binaryList(arguments, boot));
            runtime.start();
            awaitStarted();
        }
    }

    /**
     * Assembles and boots a VM: {@code flags} as the launcher reads its own ({@code -tier NAME},
     * {@code -c key=value}, ...), {@code erlArgs} as erl's ({@code -pa DIR}, ...; {@code -noshell} and
     * {@code -noinput} are added). Returns once {@code init} reports the system started.
     *
     * @throws ConfigurationException when the flags or the configuration are invalid
     */
    public static EmbeddedVm boot(List<String> flags, List<String> erlArgs) throws ConfigurationException {
        StartupConfiguration startup = StartupConfiguration.load(SettingsFlags.parse(flags),
                LaunchEnvironment.ofThisProcess());
        VirtualMachine vm = VirtualMachine.assemble(startup.settings(), startup.tiers());
        // -noinput: the VM must not read the JVM's standard input, which belongs to the embedder.
        List<String> args = new java.util.ArrayList<>(List.of("-noshell", "-noinput"));
        args.addAll(erlArgs);
        return new EmbeddedVm(vm, args);
    }

    /** Waits for {@code init:get_status()} to answer {@code {started, _}}. */
    private void awaitStarted() {
        long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
        long started = atoms.atom("started");
        long init = atoms.atom("init");
        // init registers its name on a scheduler thread of its own: asking before it has would
        // be a send to an unregistered name.
        while (runtime.whereis(init) == org.jbeam.vm.atom.Atoms.UNDEFINED) {
            pause(deadline);
        }
        while (!call("init", "get_status", BOOT_LIMIT,
                status -> Tuples.isTuple(status) && Tuples.element(status, 1) == started)) {
            pause(deadline);
        }
    }

    private static void pause(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the embedded VM did not boot within " + BOOT_LIMIT);
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded VM boots", e);
        }
    }

    /**
     * Runs {@code module:function(args)} in a new process and returns the small integer it
     * returns (benchmarks return a checksum of their result). The arguments are atoms (a
     * {@code String}) or small integers (an {@code Integer} or {@code Long}).
     *
     * @throws IllegalStateException when the process fails or returns anything else, or the
     *     call takes longer than {@code limit}
     */
    public long call(String module, String function, Duration limit, Object... args) {
        return call(module, function, limit, result -> {
            if (!TermTags.isSmall(result)) {
                throw new IllegalStateException("returned " + printer.print(result) + ", not a small integer");
            }
            return TermTags.smallValue(result);
        }, args);
    }

    /** As {@link #call(String, String, Duration, Object...)}, the result read by {@code reader} while it lives. */
    private <T> T call(String module, String function, Duration limit, LongFunction<T> reader, Object... args) {
        long[] terms = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            terms[i] = switch (args[i]) {
                case String name -> atoms.atom(name);
                case Integer n -> TermTags.makeSmall(n);
                case Long n -> TermTags.makeSmall(n);
                default -> throw new IllegalArgumentException("not an atom or a small integer: " + args[i]);
            };
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        long pid;
        // The process may end before spawnFirst returns: the exit observer takes the same lock.
        synchronized (calls) {
            pid = runtime.spawnFirst(atoms.atom(module), atoms.atom(function), terms);
            calls.put(pid, new PendingCall<>(result, reader));
        }
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(module + ":" + function + " failed: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(module + ":" + function + " did not return within " + limit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + module + ":" + function, e);
        } finally {
            calls.remove(pid);
        }
    }

    /** The names of the tiers this VM assembled. */
    public List<String> tiers() {
        return List.copyOf(vm.tiers().keySet());
    }

    private void exited(ErlangProcess process, boolean returned, long reason) {
        PendingCall<?> call;
        synchronized (calls) {
            call = calls.get(process.pid());
        }
        if (call != null) {
            finish(call, process, returned, reason);
        }
    }

    private <T> void finish(PendingCall<T> call, ErlangProcess process, boolean returned, long reason) {
        if (!returned) {
            ErlangException e = process.exitReason();
            call.result().completeExceptionally(new IllegalStateException("exited: " + printer.print(reason)
                    + (e == null ? "" : " (" + e.getMessage() + ")")));
            return;
        }
        try {
            call.result().complete(call.reader().apply(process.x(0)));
        } catch (RuntimeException e) {
            call.result().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        runtime.close();
        vm.close();
    }
}
