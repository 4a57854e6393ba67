package org.jbeam.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jbeam.config.Commands.Outcome;
import org.jbeam.vm.code.OtpRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jbeam started like erl: the first process runs OTP's {@code erl_init:start/2} and
 * {@code init:boot/1}, which evaluates a boot script. Each case runs the launcher in a JVM of its
 * own (so the exit status is the real one) and, where erl gets as far, runs {@code erl} with
 * the same arguments and compares stdout and exit status. See {@code docs/BOOT.md} for how far
 * the standard boot gets.
 */
class ErlBootTest {
    /** A boot that never ends is a failure, not a timing check. */
    private static final long HANG_SECONDS = 120;


    /**
     * A boot script of the steps the standard one starts with (preloaded modules, the code path,
     * loading {@code error_handler} through {@code erl_prim_loader} and
     * {@code prepare_loading}/{@code finish_loading}), then two {@code apply} steps:
     * {@code erlang:display/1} and {@code halt(3)}. erl and jbeam print the same and exit 3.
     */
    @Test
    void aBootScriptRunsToHaltWithErlsOutputAndStatus(@TempDir Path dir) throws Exception {
        Path boot = bootFile(dir, "halt3", """
                {script,{"halt3","1"},
                 [{preLoaded,[erl_init,init,erl_prim_loader,prim_file,erlang]},
                  {progress,preloaded},
                  {path,["$ROOT/lib/KERNEL/ebin"]},
                  {primLoad,[error_handler]},
                  {kernel_load_completed},
                  {progress,kernel_load_completed},
                  {progress,modules_loaded},
                  {apply,{erlang,display,[{boot,[1,2],"ab",'Q x',-7}]}},
                  {apply,{erlang,halt,[3]}}]}.
                """);
        List<String> args = List.of("-boot", boot.toString(), "-noshell");
        Outcome erl = run(erlCommand(args));
        Outcome jbeam = run(jbeamCommand(args));
        assertEquals(3, erl.status(), "erl: " + erl);
        assertEquals(erl.stdout(), jbeam.stdout(), "jbeam's stderr: " + jbeam.stderr());
        assertEquals(erl.status(), jbeam.status(), "jbeam's stderr: " + jbeam.stderr());
    }

    /**
     * A boot script that loads {@code boot_probe} (a test resource compiled with erlc) and runs
     * it: it displays what the boot-level BIFs answer ({@code system_info/1},
     * {@code module_info}, {@code function_exported/3}, {@code process_flag/2}, the process
     * dictionary, {@code persistent_term}, {@code process_info/2}, {@code group_leader/0}) and
     * calls {@code halt(7)}. erl and jbeam must print the same and exit 7.
     */
    @Test
    void aProbeModuleSeesTheBootBifsAsErlDoes(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("boot_probe.erl");
        try (var in = ErlBootTest.class.getResourceAsStream("/boot/boot_probe.erl")) {
            Files.write(source, in.readAllBytes());
        }
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), source.toString()));
        assertEquals(0, compiled.status(), "erlc: " + compiled);
        Path boot = bootFile(dir, "probe", """
                {script,{"probe","1"},
                 [{preLoaded,[erl_init,init,erl_prim_loader,prim_file,erlang]},
                  {progress,preloaded},
                  {path,["$ROOT/lib/KERNEL/ebin","PROBE_DIR"]},
                  {primLoad,[error_handler,boot_probe]},
                  {kernel_load_completed},
                  {progress,kernel_load_completed},
                  {progress,modules_loaded},
                  {apply,{boot_probe,run,[]}}]}.
                """.replace("PROBE_DIR", dir.toString()));
        List<String> args = List.of("-boot", boot.toString(), "-noshell");
        Outcome erl = run(erlCommand(args));
        Outcome jbeam = run(jbeamCommand(args));
        assertEquals(7, erl.status(), "erl: " + erl);
        assertEquals(erl.stdout(), jbeam.stdout(), "jbeam's stderr: " + jbeam.stderr());
        assertEquals(erl.status(), jbeam.status(), "jbeam's stderr: " + jbeam.stderr());
    }

    /**
     * The standard boot ({@code bin/start.boot}) with {@code -init_debug} runs to the end as erl's
     * does: every step init reports (preloaded modules, kernel processes, the kernel and stdlib
     * applications started, {@code c:erlangrc}, {@code started}), then {@code -eval} prints
     * and halts with its status. stdout, stderr and the exit status equal erl's.
     */
    @Test
    void theStandardBootRunsToEvalAsErlDoes() throws Exception {
        List<String> args = List.of("-init_debug", "-noshell", "-eval", "io:format(\"hi~n\"), halt(3).");
        Outcome erl = run(erlCommand(args));
        assertEquals(3, erl.status(), "erl: " + erl);
        Outcome jbeam = run(jbeamCommand(args));
        assertEquals(erl, jbeam);
        assertTrue(jbeam.stdout().contains("{progress,started}"), jbeam.toString());
    }

    /**
     * The standard boot under the stress settings (a collection at every heap test, a yield at
     * every call) on each tier, two schedulers: the output is erl's. A collection that scans a
     * frame's Y slots before they are written (allocate_heap's heap test after the frame) broke
     * this boot in erl_prim_loader.
     */
    @ParameterizedTest
    @ValueSource(strings = {"interpreter", "template-jit"})
    void theStandardBootUnderStressPrintsWhatErlPrints(String tier) throws Exception {
        List<String> evaluation = List.of("-noshell", "-eval",
                "io:format(\"~p~n\", [lists:sort([{X, Y} || X <- [c, a, b], Y <- [1.5, 2]])]), halt(5).");
        Outcome erl = run(erlCommand(evaluation));
        assertEquals(5, erl.status(), "erl: " + erl);
        List<String> args = new ArrayList<>(List.of("-tier", tier, "-S", "2", "-c", "debug.gc-stress=true",
                "-c", "debug.reductions-per-slice=1"));
        args.addAll(evaluation);
        Outcome jbeam = run(jbeamCommand(args));
        assertEquals(erl, jbeam);
    }

    /** {@code -s M F} of a module on {@code -pa}, found through error_handler and the Erlang code server. */
    @Test
    void minusSCallsAModuleOnTheCodePathGivenWithMinusPa(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("greet.erl"), """
                -module(greet).
                -export([hello/0, crash/0]).
                hello() -> io:format("hello ~p~n", [lists:seq(1, 3)]).
                crash() -> erlang:error({oops, lists:reverse("ab")}).
                """);
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), dir.resolve("greet.erl").toString()));
        assertEquals(0, compiled.status(), compiled.toString());
        for (String function : List.of("hello", "crash")) {
            List<String> args = List.of("-noshell", "-pa", dir.toString(), "-s", "greet", function, "-s", "init", "stop");
            Outcome erl = run(erlCommand(args));
            Outcome jbeam = run(jbeamCommand(args));
            assertEquals(erl.status(), jbeam.status(), function + ": " + erl + " / " + jbeam);
            assertEquals(erl.stdout(), jbeam.stdout(), function);
        }
    }

    /**
     * An uncaught error in {@code -s} halts with a slogan: stdout, stderr (the slogan, then the
     * line about the crash dump) and the status equal erl's, with the dump in the file
     * {@code ERL_CRASH_DUMP} names, in erl's format (its header, the slogan, a section per
     * process, the atoms, {@code =end}); with {@code ERL_CRASH_DUMP_SECONDS=0} neither writes one.
     */
    @Test
    void aSloganHaltWritesACrashDumpAsErlDoes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("boom.erl"), "-module(boom).\n-export([go/0]).\ngo() -> error({boom, self() =:= self()}).\n");
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), dir.resolve("boom.erl").toString()));
        assertEquals(0, compiled.status(), compiled.toString());
        List<String> args = List.of("-noshell", "-pa", dir.toString(), "-s", "boom", "go", "-s", "init", "stop");
        Path erlDump = dir.resolve("erl.dump");
        Path jbeamDump = dir.resolve("jbeam.dump");
        Outcome erl = run(erlCommand(args), new byte[0], java.util.Map.of("ERL_CRASH_DUMP", erlDump.toString()));
        Outcome jbeam = run(jbeamCommand(args), new byte[0], java.util.Map.of("ERL_CRASH_DUMP", jbeamDump.toString()));
        assertEquals(1, erl.status(), erl.toString());
        assertEquals(erl.stdout(), jbeam.stdout());
        assertEquals(erl.stderr().replace(erlDump.toString(), "DUMP"), jbeam.stderr().replace(jbeamDump.toString(), "DUMP"));
        List<String> erlLines = Files.readAllLines(erlDump);
        List<String> jbeamLines = Files.readAllLines(jbeamDump);
        assertEquals(erlLines.getFirst(), jbeamLines.getFirst());
        assertEquals(erlLines.get(2), jbeamLines.get(2), "the slogan line");
        for (String section : List.of("=memory", "=proc:", "=atoms", "=end")) {
            assertTrue(jbeamLines.stream().anyMatch(line -> line.startsWith(section)), section + " in jbeam's dump");
        }
        assertTrue(jbeamLines.contains("boom"), "the module's atom is among the atoms");

        Path none = dir.resolve("none.dump");
        java.util.Map<String, String> noDump = java.util.Map.of("ERL_CRASH_DUMP", none.toString(), "ERL_CRASH_DUMP_SECONDS", "0");
        erl = run(erlCommand(args), new byte[0], noDump);
        jbeam = run(jbeamCommand(args), new byte[0], noDump);
        assertEquals(erl, jbeam);
        assertFalse(Files.exists(none), "no dump when ERL_CRASH_DUMP_SECONDS is 0");
    }

    /**
     * {@code jbeam FILE.erl ARGS...} compiles with erlc and runs {@code main/1} with the
     * arguments as strings (or {@code main/0}): stdout and status equal erl's for the same module
     * run as {@code -run Mod main ARGS -s init stop} ({@code -s Mod main} for main/0); a compile
     * error prints erlc's messages and exits 1.
     */
    @Test
    void aFileRunsItsMainAsEscriptWould(@TempDir Path dir) throws Exception {
        Path withArgs = Files.writeString(dir.resolve("echo_args.erl"), """
                -module(echo_args).
                -export([main/1]).
                main(Args) -> io:format("~p ~s~n", [Args, lists:reverse(hd(Args))]).
                """);
        Path noArgs = Files.writeString(dir.resolve("say.erl"), """
                -module(say).
                -export([main/0]).
                main() -> io:format("~w~n", [lists:sum(lists:seq(1, 100))]).
                """);
        Path broken = Files.writeString(dir.resolve("broken.erl"), "-module(broken).\nf() -> .\n");
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), withArgs.toString(), noArgs.toString()));
        assertEquals(0, compiled.status(), compiled.toString());
        Outcome erl = run(erlCommand(List.of("-noshell", "-pa", dir.toString(), "-run", "echo_args", "main", "abc", "de f",
                "-s", "init", "stop")));
        Outcome jbeam = run(jbeamCommand(List.of(withArgs.toString(), "abc", "de f")));
        assertEquals(erl.stdout() + erl.status(), jbeam.stdout() + jbeam.status(), jbeam.stderr());
        erl = run(erlCommand(List.of("-noshell", "-pa", dir.toString(), "-s", "say", "main", "-s", "init", "stop")));
        jbeam = run(jbeamCommand(List.of(noArgs.toString())));
        assertEquals(erl.stdout() + erl.status(), jbeam.stdout() + jbeam.status(), jbeam.stderr());
        Outcome erlc = run(List.of("erlc", "-o", dir.toString(), broken.toString()));
        jbeam = run(jbeamCommand(List.of(broken.toString())));
        assertEquals(1, jbeam.status(), jbeam.toString());
        assertEquals(erlc.stdout() + erlc.stderr(), jbeam.stdout(), jbeam.toString());
    }

    /**
     * Where no {@code erlc} is installed, {@code jbeam FILE.erl} compiles with OTP's compiler
     * running on jbeam: with a PATH that finds no erlc (and no erl), the program still runs and
     * prints what erl prints for it.
     */
    @Test
    void aFileCompilesOnJbeamWhenNoErlcIsInstalled(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("sum_args.erl"), """
                -module(sum_args).
                -export([main/1]).
                main(Args) -> io:format("~w~n", [lists:sum([list_to_integer(A) || A <- Args])]).
                """);
        Outcome jbeam = run(jbeamCommand(List.of(source.toString(), "4", "5", "33")), new byte[0],
                java.util.Map.of("PATH", dir.resolve("no-such-bin").toString(), "JBEAM_OTP_ROOT", OtpRoot.locate().toString()));
        assertEquals("42\n0", jbeam.stdout() + jbeam.status(), jbeam.stderr());
    }

    /** {@code jbeam:tier_of/1} names the tier a loaded module runs on, {@code undefined} for one not loaded. */
    @Test
    void tierOfNamesTheTierOfALoadedModule() throws Exception {
        Outcome jbeam = run(jbeamCommand(List.of("-tier", "interpreter", "-noshell", "-eval",
                "io:format(\"~p ~p~n\", [jbeam:tier_of(lists), jbeam:tier_of(no_such_module)]), halt().")));
        assertEquals("interpreter undefined\n0", jbeam.stdout() + jbeam.status(), jbeam.stderr());
    }

    /**
     * Standard input reaches the real {@code user} io server through the {@code {fd,0,1}} port:
     * {@code io:get_line/1} with prompts, {@code io:fread/2}, and {@code eof} at the end.
     */
    @Test
    void standardInputReachesGetLineAndFread(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ask.erl"), """
                -module(ask).
                -export([main/0]).
                main() ->
                    Name = io:get_line("name? "),
                    {ok, [N]} = io:fread("num> ", "~d"),
                    Rest = rest([]),
                    io:format("~p ~p ~p~n", [Name, N, Rest]).
                rest(Acc) -> case io:get_line("") of eof -> lists:reverse(Acc); L -> rest([L | Acc]) end.
                """);
        Outcome compiled = run(List.of("erlc", "-o", dir.toString(), dir.resolve("ask.erl").toString()));
        assertEquals(0, compiled.status(), compiled.toString());
        byte[] input = "alice\n42\nrest of line\nlast".getBytes(StandardCharsets.UTF_8);
        List<String> args = List.of("-noshell", "-pa", dir.toString(), "-s", "ask", "main", "-s", "init", "stop");
        Outcome erl = run(erlCommand(args), input);
        Outcome jbeam = run(jbeamCommand(args), input);
        assertEquals(erl.stdout() + erl.status(), jbeam.stdout() + jbeam.status(), jbeam.stderr());
    }

    /** Compiles {@code script} (KERNEL replaced by the installation's kernel directory) to NAME.boot with erl. */
    private static Path bootFile(Path dir, String name, String script) throws Exception {
        Path scriptFile = dir.resolve(name + ".script");
        Files.writeString(scriptFile, script.replace("KERNEL", kernelDirectory()));
        Outcome made = run(new ArrayList<>(List.of("erl", "-noshell", "-eval",
                "ok = systools:script2boot(\"" + dir.resolve(name) + "\"), halt().")));
        assertEquals(0, made.status(), "erl could not make the boot file: " + made);
        return dir.resolve(name);
    }

    private static String kernelDirectory() throws IOException {
        try (Stream<Path> apps = Files.list(OtpRoot.locate().resolve("lib"))) {
            return apps.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kernel-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no kernel application under the OTP root"));
        }
    }

    private static List<String> erlCommand(List<String> args) {
        return Commands.erl(args);
    }

    private static List<String> jbeamCommand(List<String> args) {
        return Commands.jbeam(args);
    }

    private static Outcome run(List<String> command) throws Exception {
        return run(command, new byte[0]);
    }

    private static Outcome run(List<String> command, byte[] input) throws Exception {
        return run(command, input, java.util.Map.of());
    }

    private static Outcome run(List<String> command, byte[] input, java.util.Map<String, String> environment)
            throws Exception {
        return Commands.run(command, input, environment, HANG_SECONDS);
    }
}
