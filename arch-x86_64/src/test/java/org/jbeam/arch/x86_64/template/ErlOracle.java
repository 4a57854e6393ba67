package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real {@code erlc} and {@code erl}, the oracle; a missing or failing tool fails the test. */
final class ErlOracle {
    private ErlOracle() {}

    /** Copies {@code /tjit/PROGRAM.erl} resources into {@code target/DIR}, compiles them there, returns the folder. */
    static Path compile(String dirName, List<String> programs) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", dirName));
        List<String> erlc = new ArrayList<>(List.of("erlc", "-o", dir.toString()));
        for (String program : programs) {
            Path source = dir.resolve(program + ".erl");
            try (InputStream in = ErlOracle.class.getResourceAsStream("/tjit/" + program + ".erl")) {
                if (in == null) {
                    fail("no test resource /tjit/" + program + ".erl");
                }
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
            erlc.add(source.toString());
        }
        run(erlc);
        return dir;
    }

    /** Copies {@code PROGRAM.erl} files from folder {@code sources} into {@code target/DIR}, compiles them there, returns the folder. */
    static Path compileFrom(Path sources, String dirName, List<String> programs) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", dirName));
        List<String> erlc = new ArrayList<>(List.of("erlc", "-o", dir.toString()));
        for (String program : programs) {
            Path source = dir.resolve(program + ".erl");
            Files.copy(sources.resolve(program + ".erl"), source, StandardCopyOption.REPLACE_EXISTING);
            erlc.add(source.toString());
        }
        run(erlc);
        return dir;
    }

    /**
     * What erl's {@code erlang:display/1} prints for {@code [Value]} of each expression of
     * {@code calls}, by expression. The list puts each call as deep in erl_eval's frames as the
     * interpreter's oracle ({@code io:format("~w~n", [Call])}) does, which matters to a trace
     * that reaches erl's own frames.
     */
    static Map<String, String> displayValues(Path dir, List<String> calls) throws IOException, InterruptedException {
        StringBuilder eval = new StringBuilder();
        for (String call : calls) {
            eval.append("erlang:display([").append(call).append("]), ");
        }
        eval.append("halt().");
        String[] lines = run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval.toString())).split("\r?\n");
        assertEquals(calls.size(), lines.length, "one line per call from erl");
        Map<String, String> byCall = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            byCall.put(calls.get(i), lines[i]);
        }
        return byCall;
    }

    /**
     * What erl's {@code erlang:display/1} prints for each {@code module:F()} of {@code functions}:
     * {@code {result,F,Value}} or {@code {exception,F,Class,Reason}}, by function.
     */
    static Map<String, String> display(Path dir, String module, List<String> functions)
            throws IOException, InterruptedException {
        StringBuilder eval = new StringBuilder();
        for (String f : functions) {
            eval.append("erlang:display(try ").append(module).append(':').append(f).append("() of V_").append(f)
                    .append(" -> {result,").append(f).append(",V_").append(f).append("} catch C_").append(f)
                    .append(":R_").append(f).append(" -> {exception,").append(f).append(",C_").append(f)
                    .append(",R_").append(f).append("} end), ");
        }
        eval.append("halt().");
        // erlang:display ends its lines with CR LF.
        String[] lines = run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval.toString())).split("\r?\n");
        assertEquals(functions.size(), lines.length, "one line per function from erl");
        Map<String, String> byFunction = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            byFunction.put(functions.get(i), lines[i]);
        }
        return byFunction;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run " + command.getFirst() + " (is OTP installed and on the PATH?): " + e.getMessage());
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(command + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
