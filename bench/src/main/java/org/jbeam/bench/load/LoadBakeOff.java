package org.jbeam.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jbeam.tier.template.backend.TemplateBackend;
import org.jbeam.vm.beam.BeamLoadException;

/**
 * Side-by-side timing of loading and validating all of stdlib: jbeam's loader, alone and with
 * the template JIT compiling every module, against the real erl's
 * ({@code erlang:prepare_loading/2}) on the same files, in one run.
 *
 * <p>The two runners alternate in several rounds of blocks so that drift of a shared
 * machine falls on both; each block warms up first. The figure that matters is the ratio
 * of the medians: jbeam's time over erl's. Under BeamAsm erl's prepare step also generates
 * machine code, so the loader with the template JIT is the like-for-like figure.
 */
public final class LoadBakeOff {
    private static final int BLOCKS = 3;
    private static final int ROUNDS_PER_BLOCK = 7;
    private static final int WARMUP_ROUNDS = 5;

    private LoadBakeOff() {}

    public static void main(String[] args) throws Exception {
        LoadFigures figures = measure(BLOCKS, ROUNDS_PER_BLOCK, WARMUP_ROUNDS);
        report(figures.files(), figures.jbeamNs(), figures.erlNs());
        if (!figures.templateJitNs().isEmpty()) {
            double median = median(figures.templateJitNs());
            System.out.printf(Locale.ROOT, "%-8s median %8.2f ms   (loader and template JIT: %.0f BEAM instructions/s,"
                    + " %d modules refused)%n", "jbeam+jit", median / 1e6, figures.instructions() / (median / 1e9),
                    figures.templateJitRefused());
            System.out.printf(Locale.ROOT, "ratio jbeam+jit/erl: %.2f%n", median / median(figures.erlNs()));
        }
    }

    /**
     * Times loading all of stdlib on both sides: {@code blocks} interleaved blocks of
     * {@code rounds} measured rounds each, after {@code warmup} unmeasured ones per block.
     */
    public static LoadFigures measure(int blocks, int rounds, int warmup)
            throws IOException, InterruptedException, BeamLoadException {
        List<Path> files = StdlibFiles.beamFiles();
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        Path timer = compileErlangTimer();
        Optional<TemplateBackend> backend = StdlibLoading.templateBackend();
        List<Long> jbeam = new ArrayList<>();
        List<Long> erl = new ArrayList<>();
        List<Long> templateJit = new ArrayList<>();
        for (int block = 0; block < blocks; block++) {
            erl.addAll(timeErl(timer, files, rounds, warmup));
            jbeam.addAll(timeJbeam(files, contents, rounds, warmup, null));
            if (backend.isPresent()) {
                templateJit.addAll(timeJbeam(files, contents, rounds, warmup, backend.get()));
            }
        }
        long instructions;
        int refused;
        try (StdlibLoading once = backend.isPresent() ? StdlibLoading.compiling(backend.get()) : new StdlibLoading()) {
            loadAll(once, files, contents);
            instructions = once.instructions();
            refused = once.refused();
        }
        return new LoadFigures(files.size(), jbeam, erl, templateJit, instructions, refused);
    }

    /** Rounds of loading every file, each module also compiled by {@code backend} unless it is null. */
    private static List<Long> timeJbeam(List<Path> files, List<byte[]> contents, int roundCount, int warmup,
            TemplateBackend backend) throws BeamLoadException {
        for (int i = 0; i < warmup; i++) {
            loadAll(files, contents, backend);
        }
        List<Long> rounds = new ArrayList<>();
        for (int i = 0; i < roundCount; i++) {
            long start = System.nanoTime();
            loadAll(files, contents, backend);
            rounds.add(System.nanoTime() - start);
        }
        return rounds;
    }

    private static void loadAll(List<Path> files, List<byte[]> contents, TemplateBackend backend)
            throws BeamLoadException {
        try (StdlibLoading loading = backend == null ? new StdlibLoading() : StdlibLoading.compiling(backend)) {
            loadAll(loading, files, contents);
        }
    }

    private static void loadAll(StdlibLoading loading, List<Path> files, List<byte[]> contents)
            throws BeamLoadException {
        for (int i = 0; i < files.size(); i++) {
            loading.load(files.get(i).toString(), contents.get(i));
        }
    }

    private static List<Long> timeErl(Path timerDir, List<Path> files, int roundCount, int warmup)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("erl", "-noshell", "-pa", timerDir.toString(),
                "-s", "jbeam_load_timer", "main", Integer.toString(roundCount), Integer.toString(warmup)));
        files.forEach(f -> command.add(f.toString()));
        Process erl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(erl.getInputStream().readAllBytes());
        if (!erl.waitFor(10, TimeUnit.MINUTES) || erl.exitValue() != 0) {
            throw new IllegalStateException("erl load timer failed:\n" + output);
        }
        List<Long> rounds = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("round_ns ")) {
                rounds.add(Long.parseLong(line.substring(9).trim()));
            }
        }
        if (rounds.size() != roundCount) {
            throw new IllegalStateException("erl load timer printed " + rounds.size() + " rounds:\n" + output);
        }
        return rounds;
    }

    private static Path compileErlangTimer() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jbeam-load-timer");
        Path source = dir.resolve("jbeam_load_timer.erl");
        try (InputStream in = LoadBakeOff.class.getResourceAsStream("/erlang/jbeam_load_timer.erl")) {
            Files.write(source, in.readAllBytes());
        }
        Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(erlc.getInputStream().readAllBytes());
        if (erlc.waitFor() != 0) {
            throw new IllegalStateException("erlc failed:\n" + output);
        }
        return dir;
    }

    private static void report(int fileCount, List<Long> jbeam, List<Long> erl) {
        double jbeamMedian = median(jbeam);
        double erlMedian = median(erl);
        System.out.printf(Locale.ROOT, "load and validate all of stdlib (%d files), %d rounds each, interleaved%n",
                fileCount, jbeam.size());
        System.out.printf(Locale.ROOT, "%-8s median %8.2f ms   min %8.2f ms   max %8.2f ms%n", "erl",
                erlMedian / 1e6, min(erl) / 1e6, max(erl) / 1e6);
        System.out.printf(Locale.ROOT, "%-8s median %8.2f ms   min %8.2f ms   max %8.2f ms%n", "jbeam",
                jbeamMedian / 1e6, min(jbeam) / 1e6, max(jbeam) / 1e6);
        System.out.printf(Locale.ROOT, "ratio jbeam/erl: %.2f%n", jbeamMedian / erlMedian);
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double min(List<Long> values) {
        return Arrays.stream(values.stream().mapToLong(Long::longValue).toArray()).min().orElse(0);
    }

    private static double max(List<Long> values) {
        return Arrays.stream(values.stream().mapToLong(Long::longValue).toArray()).max().orElse(0);
    }
}
