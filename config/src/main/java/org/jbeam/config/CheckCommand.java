package org.jbeam.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.loader.BeamLoader;
import org.jbeam.vm.loader.LiteralArea;

/**
 * {@code jbeam check PATH...}: loads and validates every {@code .beam} file named, or found
 * (recursively) under a named directory, without running anything. Prints one line per
 * rejected file, {@code PATH: chunk NAME at offset N: reason}, then
 * {@code checked N files: L loaded, R rejected}.
 */
public final class CheckCommand {
    /** Exit status when every file loaded. */
    public static final int ALL_LOADED = 0;
    /** Exit status when at least one file was rejected. */
    public static final int SOME_REJECTED = 1;

    private final PrintStream out;

    public CheckCommand(PrintStream out) {
        this.out = out;
    }

    /** Checks {@code paths}; returns the exit status. */
    public int run(List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            files.addAll(beamFiles(Path.of(path)));
        }
        int rejected = 0;
        try (ExportTable exports = new ExportTable(); FunTable funs = new FunTable()) {
            BeamLoader loader = new BeamLoader(new AtomTable(), exports, funs);
            for (Path file : files) {
                try {
                    loader.load(file.toString(), read(file)).literalArea().ifPresent(LiteralArea::close);
                } catch (BeamLoadException e) {
                    out.println(e.getMessage());
                    rejected++;
                }
            }
        }
        out.println("checked " + files.size() + " files: " + (files.size() - rejected) + " loaded, " + rejected
                + " rejected");
        return rejected == 0 ? ALL_LOADED : SOME_REJECTED;
    }

    /** The file itself, or every {@code .beam} under a directory in name order. */
    private static List<Path> beamFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".beam") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(path);
        }
    }

    private static byte[] read(Path file) throws BeamLoadException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new BeamLoadException(file.toString(), BeamLoadException.CONTAINER, 0, "cannot read file: " + e);
        }
    }
}
