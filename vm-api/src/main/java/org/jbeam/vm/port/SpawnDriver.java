package org.jbeam.vm.port;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code {spawn, Command}} and {@code {spawn_executable, File}} driver (OTP's
 * {@code sys_drivers.c} {@code spawn_driver} and {@code erl_child_setup.c}): an OS process
 * whose stdin takes the port's output and whose stdout (with stderr when
 * {@code stderr_to_stdout}) is the port's input, read on a reader thread. {@code spawn} runs
 * {@code /bin/sh -c "exec Command"}, as erl's child setup does. At end of input the reader
 * waits for the process, so its exit status is reported before the end of file.
 *
 * <p>Closing the port closes the pipes but does not kill the process, as in erl: a well
 * behaved program ends when its stdin does.
 */
final class SpawnDriver implements PortDriver {
    private static final int READ_CHUNK = 1 << 16;

    private final Process process;
    private final boolean reads;
    private final OutputStream stdin;
    private volatile boolean closed;

    private SpawnDriver(Process process, boolean reads) {
        this.process = process;
        this.reads = reads;
        this.stdin = process.getOutputStream();
    }

    /** Starts {@code command} through the shell. */
    static SpawnDriver shell(String command, PortSettings settings) {
        return start(List.of("/bin/sh", "-c", "exec " + command), settings);
    }

    /** Starts {@code file} with {@code settings.args}; {@code enoent} or {@code eacces} as erl says. */
    static SpawnDriver executable(String file, PortSettings settings) {
        File program = new File(file);
        if (!program.isAbsolute()) {
            program = new File(settings.cd == null ? System.getProperty("user.dir") : settings.cd, file);
        }
        if (!program.exists()) {
            throw new OpenFailure("enoent", "no such executable: " + file);
        }
        if (program.isDirectory() || !program.canExecute()) {
            throw new OpenFailure("eacces", "not executable: " + file);
        }
        List<String> command = new ArrayList<>();
        command.add(program.getPath());
        if (settings.args != null) {
            command.addAll(settings.args);
        }
        return start(command, settings);
    }

    private static SpawnDriver start(List<String> command, PortSettings settings) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (settings.cd != null) {
            builder.directory(new File(settings.cd));
        }
        Map<String, String> environment = builder.environment();
        settings.env.forEach((name, value) -> {
            if (value == null) {
                environment.remove(name);
            } else {
                environment.put(name, value);
            }
        });
        builder.redirectErrorStream(settings.stderrToStdout);
        if (!settings.stderrToStdout) {
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        if (!settings.in) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        try {
            return new SpawnDriver(builder.start(), settings.in);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new OpenFailure(message.contains("error=13") ? "eacces"
                    : message.contains("error=2") ? "enoent" : "einval", message);
        }
    }

    @Override
    public void start(PortInput input) {
        if (reads) {
            Thread.ofPlatform().daemon().name("jbeam-port-spawn-" + process.pid()).start(() -> readLoop(input));
        }
    }

    private void readLoop(PortInput input) {
        byte[] buffer = new byte[READ_CHUNK];
        InputStream stdout = process.getInputStream();
        try {
            int n;
            while ((n = stdout.read(buffer)) >= 0 && !closed) {
                if (n > 0) {
                    input.data(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // The pipe broke (the port was closed meanwhile): the same as its end.
        }
        if (closed) {
            return;
        }
        try {
            input.exitStatus(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        input.eof();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        stdin.write(bytes);
        stdin.flush();
    }

    @Override
    public byte[] control(int operation, byte[] data) {
        return null;
    }

    @Override
    public long osPid() {
        return process.pid();
    }

    @Override
    public void close() {
        closed = true;
        try {
            stdin.close();
        } catch (IOException e) {
            // The process already closed its end; nothing is left to flush.
        }
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            // Already closed by the process's exit.
        }
    }
}
