package org.jbeam.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus on disk: every {@code *.erl} of the groups under {@code src/test/erlang}, compiled
 * with {@code erlc} in one run into one folder of {@code .beam} files. A corpus program compiles
 * without a single warning (where a program means one, it says so with a
 * {@code -compile(nowarn_...)} attribute), so erlc printing anything is a failure.
 */
final class Corpus {
    /** One program: its group folder ({@code small}, {@code large}) and its module name. */
    /**
     * One corpus program.
     *
     * @param notUnderStress why the program does not run in the stress run, or null when it
     *     does: its source says so on a line {@code %% not under stress: REASON}
     */
    record Program(String group, String module, Path source, String notUnderStress) {
        String displayName() {
            return group + "/" + module;
        }
    }

    private static final String NOT_UNDER_STRESS = "%% not under stress: ";

    private Corpus() {}

    /** The programs of {@code groups} under {@code sources}, sorted, those matching {@code filter}. */
    static List<Program> find(Path sources, List<String> groups, Pattern filter) throws IOException {
        List<Program> programs = new ArrayList<>();
        for (String group : groups) {
            try (Stream<Path> files = Files.list(sources.resolve(group))) {
                files.filter(f -> f.getFileName().toString().endsWith(".erl")).sorted().forEach(f -> {
                    String module = f.getFileName().toString().replaceFirst("\\.erl$", "");
                    if (filter.matcher(group + "/" + module).find()) {
                        programs.add(new Program(group, module, f, notUnderStress(f)));
                    }
                });
            }
        }
        return programs;
    }

    private static String notUnderStress(Path source) {
        try (Stream<String> lines = Files.lines(source)) {
            return lines.filter(l -> l.startsWith(NOT_UNDER_STRESS)).map(l -> l.substring(NOT_UNDER_STRESS.length()))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code programs} into {@code beams} with one erlc run.
     *
     * @throws IllegalStateException naming erlc's output when erlc fails or warns
     */
    static void compile(List<Program> programs, Path beams) throws IOException, InterruptedException {
        Files.createDirectories(beams);
        List<String> command = new ArrayList<>(List.of("erlc", "-o", beams.toString()));
        programs.forEach(p -> command.add(p.source().toString()));
        Process erlc;
        try {
            erlc = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run erlc (is OTP 25 on PATH?): " + e.getMessage(), e);
        }
        String output = new String(erlc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = erlc.waitFor();
        if (status != 0 || !output.isBlank()) {
            throw new IllegalStateException("erlc " + (status != 0 ? "failed (status " + status + ")" : "warned")
                    + " on the corpus:\n" + output);
        }
    }
}
