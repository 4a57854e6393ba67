package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jbeam.vm.port.StandardIo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ports against the real erl, with {@code ports/ports.erl}: each result function runs as the
 * first process on the interpreter and in a fresh erl process, and their {@code ~w} texts
 * (ports, pids and references normalised to atoms) must be equal: spawn drivers with
 * exit status, line and packet modes, binaries and iolists, closing by BIF and by message,
 * exit signals and monitors, badsig, the badarg cases, {@code os:cmd/1}, port_info.
 * The {@code {fd, In, Out}} functions run with the standard streams captured: what they write
 * to descriptor 1, given the same standard input, must be the bytes erl writes.
 */
class PortsOracleTest {
    static List<String> functions() {
        return List.of("spawn_exit_status", "spawn_line", "cat_binary", "cat_list_close_message",
                "info_shape", "exit_and_monitor", "badsig", "badargs", "owner_exit_closes", "packet",
                "executable_args_env_cd", "connect", "set_data");
    }

    private static Path dir;
    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        dir = Erl.compile("erl-ports", "ports", List.of("ports"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "ports", functions()));
        runner = new ProcessRunner(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void resultIsWhatErlGives(String function) throws Exception {
        runner.standardIo = null;
        assertEquals(ERL.get(function), runner.run("ports", function), () -> function + " " + runner.lastDetail);
    }

    @Test
    void fdPortWritesWhatErlWrites() throws Exception {
        assertSameOutput("fd_write", "", List.of());
    }

    @Test
    void fdPortReadsStandardInputToEndOfFile() throws Exception {
        // -noinput: erl's own user then does not read standard input too.
        assertSameOutput("fd_read", "first line\nsecond\u00e9 line\nno newline", List.of("-noinput"));
    }

    /** Runs {@code ports:F()} on erl and on jbeam with {@code input} on standard input; their stdout + stderr must match. */
    private static void assertSameOutput(String function, String input, List<String> erlFlags) throws Exception {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("erl", "-noshell"));
        command.addAll(erlFlags);
        command.addAll(List.of("-pa", dir.toString(), "-eval", "ports:" + function + "(), halt()."));
        String erl = runWithInput(command, bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStream both = new SynchronizedStream(out);
        runner.standardIo = new StandardIo(new ByteArrayInputStream(bytes), both, both);
        String result = runner.run("ports", function);
        runner.standardIo = null;
        assertEquals("ok", result, () -> function + " " + runner.lastDetail);
        assertEquals(erl, out.toString(StandardCharsets.UTF_8), function);
    }

    private static String runWithInput(List<String> command, byte[] input) throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("ERL_CRASH_DUMP_SECONDS", "0");
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run erl (is OTP installed and on the PATH?): " + e.getMessage());
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " timed out");
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /** Standard output and error into one buffer, as erl's are merged into one pipe. */
    private static final class SynchronizedStream extends OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedStream(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            target.write(bytes, offset, length);
        }
    }
}
