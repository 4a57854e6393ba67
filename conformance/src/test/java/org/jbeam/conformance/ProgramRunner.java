package org.jbeam.conformance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A VM that runs a compiled corpus program as {@code erl -noshell -pa BEAMS -s Mod main -s init
 * stop} does, in a child process of its own so the exit status and stdout are the real ones.
 * stdout and stderr go to files in the work folder (no pipe can fill up and stall the child);
 * stdin is empty.
 */
abstract class ProgramRunner {
    private final Path beams;
    private final Path workDir;
    private final long limitSeconds;

    /**
     * @param beams        the folder of compiled corpus modules
     * @param workDir      the children's working directory (crash dumps and output files land here)
     * @param limitSeconds how long a run may take before it is stopped and reported as hanging
     */
    ProgramRunner(Path beams, Path workDir, long limitSeconds) {
        this.beams = beams;
        this.workDir = workDir;
        this.limitSeconds = limitSeconds;
    }

    /** The runner's name in reports: {@code erl}, or {@code jbeam/TIER}. */
    abstract String name();

    /** The command up to (not including) erl's own flags. */
    protected abstract List<String> vmCommand();

    /** Extra environment variables for the child. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    /** The erl flags every runner gets: the program's {@code main/0}, then {@code init:stop/0}. */
    static List<String> erlFlags(Path beams, String module) {
        return List.of("-noshell", "-pa", beams.toString(), "-s", module, "main", "-s", "init", "stop");
    }

    /** Runs {@code module:main/0}; {@code tag} keeps the output files of parallel runs apart. */
    Outcome run(String module, String tag) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(vmCommand());
        command.addAll(erlFlags(beams, module));
        Path out = workDir.resolve(module + "." + tag + ".out");
        Path err = workDir.resolve(module + "." + tag + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start " + name() + " (" + command.getFirst()
                    + "); is OTP 25's erl on PATH and JDK 25 in java.home?", e);
        }
        int status;
        if (process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            status = process.exitValue();
        } else {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            status = Outcome.TIMED_OUT;
        }
        Outcome outcome = new Outcome(status, Files.readAllBytes(out), Files.readString(err,
                StandardCharsets.ISO_8859_1));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return outcome;
    }
}
