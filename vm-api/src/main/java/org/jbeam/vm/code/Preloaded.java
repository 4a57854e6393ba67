package org.jbeam.vm.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The preloaded modules of an OTP installation: the {@code .beam} files of
 * {@code lib/erts-VSN/ebin} ({@code erl_init}, {@code init}, {@code erl_prim_loader},
 * {@code prim_file}, ...), which erts links into the emulator and loads before the first
 * process runs, and which {@code erlang:pre_loaded/0} lists.
 */
public final class Preloaded {
    private Preloaded() {}

    /** The preloaded module names in name order; empty when the installation has no erts ebin. */
    public static List<String> modules(Path otpRoot) {
        Path lib = otpRoot.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> apps = Files.list(lib)) {
            Path ebin = apps.filter(app -> app.getFileName().toString().startsWith("erts-")).sorted().findFirst()
                    .map(app -> app.resolve("ebin")).orElse(null);
            if (ebin == null || !Files.isDirectory(ebin)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(ebin)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".beam"))
                        .map(n -> n.substring(0, n.length() - ".beam".length())).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + lib, e);
        }
    }
}
