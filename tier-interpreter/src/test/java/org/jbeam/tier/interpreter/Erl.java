package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code erlc}/{@code erl}; a missing or failing tool fails the test. */
final class Erl {
    private static final long TIMEOUT_SECONDS = 300;

    private Erl() {}

    /** Runs {@code command}; returns its standard output, failing the test on a non-zero exit. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // A failing erl must not leave erl_crash.dump files in the working directory.
            builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run " + command.getFirst() + " (is OTP installed and on the PATH?): " + e.getMessage());
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(command + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    /**
     * Copies {@code /FOLDER/PROGRAM.erl} of the test resources into {@code target/DIR} and
     * compiles them there with erlc; returns that folder.
     */
    static Path compile(String dirName, String folder, Collection<String> programs)
            throws IOException, InterruptedException {
        return compile(dirName, folder, programs, List.of());
    }

    /**
     * As {@link #compile(String, String, Collection)}, with extra erlc {@code options} (such as
     * {@code +no_bs_create_bin}); a program with no {@code .erl} resource may be a BEAM assembly
     * listing ({@code PROGRAM.S}), for instructions today's erlc no longer emits.
     */
    static Path compile(String dirName, String folder, Collection<String> programs, List<String> options)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", dirName));
        List<String> erlc = new ArrayList<>(List.of("erlc"));
        erlc.addAll(options);
        erlc.addAll(List.of("-o", dir.toString()));
        for (String program : programs) {
            String extension = Erl.class.getResource("/" + folder + "/" + program + ".erl") == null
                    && Erl.class.getResource("/" + folder + "/" + program + ".S") != null ? ".S" : ".erl";
            Path source = dir.resolve(program + extension);
            try (InputStream in = Erl.class.getResourceAsStream("/" + folder + "/" + program + extension)) {
                if (in == null) {
                    fail("no test resource /" + folder + "/" + program + ".erl");
                }
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
            erlc.add(source.toString());
        }
        run(erlc);
        return dir;
    }

    /**
     * What one erl run prints with {@code ~w} for each of {@code calls} (Erlang expressions over
     * the modules in {@code dir}), by call. With {@code catching}, an exception prints as
     * {@code Class:Reason} instead of ending the run.
     */
    static Map<String, String> ask(Path dir, List<String> calls, boolean catching)
            throws IOException, InterruptedException {
        StringBuilder eval = new StringBuilder();
        int n = 0;
        for (String call : calls) {
            n++; // erl_eval wants each try's variables to be fresh
            if (catching) {
                eval.append("io:format(\"~s~n\", [try io_lib:format(\"~w\", [").append(call).append("]) catch C")
                        .append(n).append(":R").append(n).append(" -> io_lib:format(\"~w:~w\", [C").append(n)
                        .append(", R").append(n).append("]) end]), ");
            } else {
                eval.append("io:format(\"~w~n\", [").append(call).append("]), ");
            }
        }
        eval.append("halt().");
        String[] lines = run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval.toString())).split("\n");
        assertEquals(calls.size(), lines.length, "one line per call from erl");
        Map<String, String> byCall = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            byCall.put(calls.get(i), lines[i]);
        }
        return byCall;
    }

    /**
     * What erl prints with {@code ~w} (or {@code Class:Reason}) for {@code module:F()} of each of
     * {@code functions}, each run in a fresh process as jbeam runs it, by function. Crash reports
     * of other processes may interleave with the output, so results carry a mark.
     */
    static Map<String, String> askInFreshProcesses(Path dir, String module, List<String> functions)
            throws IOException, InterruptedException {
        return askInFreshProcesses(dir, module, functions, List.of());
    }

    /** As {@link #askInFreshProcesses(Path, String, List)}, with {@code flags} given to erl. */
    static Map<String, String> askInFreshProcesses(Path dir, String module, List<String> functions, List<String> flags)
            throws IOException, InterruptedException {
        String mark = "RESULT ";
        StringBuilder eval = new StringBuilder("Run = fun(F) -> Self = self(), spawn(fun() -> R = try " + module
                + ":F() of V -> io_lib:format(\"~w\", [V]) catch C:E -> io_lib:format(\"~w:~w\", [C, E]) end, "
                + "Self ! {done, R} end), receive {done, R} -> io:format(\"" + mark + "~s~n\", [R]) end end, ");
        for (String function : functions) {
            eval.append("Run(").append(function).append("), ");
        }
        eval.append("halt().");
        List<String> lines = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of("erl", "-noshell"));
        command.addAll(flags);
        command.addAll(List.of("-pa", dir.toString(), "-eval", eval.toString()));
        for (String line : run(command).split("\n")) {
            if (line.startsWith(mark)) {
                lines.add(line.substring(mark.length()));
            }
        }
        assertEquals(functions.size(), lines.size(), "one result per function from erl");
        Map<String, String> byFunction = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byFunction.put(functions.get(i), lines.get(i));
        }
        return byFunction;
    }
}
