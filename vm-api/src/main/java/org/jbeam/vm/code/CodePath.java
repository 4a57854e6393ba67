package org.jbeam.vm.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directories searched for {@code Module.beam}, in order, like OTP's code path
 * ({@code code:get_path/0}): user directories first, then every {@code lib/APP/ebin} of an
 * OTP installation.
 */
public record CodePath(List<Path> directories) {
    public CodePath {
        directories = List.copyOf(directories);
    }

    /** Every {@code lib/*}{@code /ebin} under {@code otpRoot}, sorted by application. */
    public static CodePath otp(Path otpRoot) {
        Path lib = otpRoot.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return new CodePath(List.of());
        }
        try (Stream<Path> apps = Files.list(lib)) {
            return new CodePath(apps.map(app -> app.resolve("ebin")).filter(Files::isDirectory).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + lib, e);
        }
    }

    /** This path with {@code directory} searched first. */
    public CodePath prepend(Path directory) {
        List<Path> all = new ArrayList<>(directories.size() + 1);
        all.add(directory);
        all.addAll(directories);
        return new CodePath(all);
    }

    /** The first {@code module.beam} on the path. */
    public Optional<Path> find(String module) {
        String fileName = module + ".beam";
        return directories.stream().map(d -> d.resolve(fileName)).filter(Files::isRegularFile).findFirst();
    }
}
