package org.jbeam.bench.bakeoff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the bake-off's Erlang sources (shipped in the jar under {@code erlang/bench/})
 * with the real {@code erlc} into one folder of {@code .beam} files; that folder is what
 * every runner loads, so all of them run byte-identical code.
 */
public final class BenchBeams {
    private static final String RESOURCE_FOLDER = "/erlang/bench/";

    private BenchBeams() {}

    /**
     * Writes the sources to {@code workDir/src}, compiles them into {@code workDir/ebin} and
     * returns the latter.
     *
     * @throws BenchException when a source is missing, erlc is absent or a module fails to compile
     */
    public static Path compile(Path workDir) throws BenchException {
        try {
            Path sources = Files.createDirectories(workDir.resolve("src"));
            Path ebin = Files.createDirectories(workDir.resolve("ebin"));
            List<String> command = new ArrayList<>(List.of("erlc", "-o", ebin.toString()));
            for (String module : Workloads.allModules()) {
                command.add(extract(module, sources).toString());
            }
            runErlc(command);
            return ebin;
        } catch (IOException e) {
            throw new BenchException("cannot prepare the benchmark sources in " + workDir + ": " + e.getMessage(), e);
        }
    }

    private static Path extract(String module, Path sources) throws IOException, BenchException {
        String resource = RESOURCE_FOLDER + module + ".erl";
        try (InputStream in = BenchBeams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BenchException("benchmark source " + resource + " is missing from the class path");
            }
            Path target = sources.resolve(module + ".erl");
            Files.write(target, in.readAllBytes());
            return target;
        }
    }

    private static void runErlc(List<String> command) throws BenchException, IOException {
        Process erlc;
        try {
            erlc = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new BenchException("cannot run erlc (is Erlang/OTP installed and on PATH?): " + e.getMessage(), e);
        }
        String output = new String(erlc.getInputStream().readAllBytes());
        try {
            if (!erlc.waitFor(5, TimeUnit.MINUTES)) {
                erlc.destroyForcibly();
                throw new BenchException("erlc did not finish within 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while erlc ran", e);
        }
        if (erlc.exitValue() != 0) {
            throw new BenchException("erlc failed on the benchmark sources:\n" + output);
        }
    }
}
