package org.jbeam.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jbeam.vm.code.OtpRoot;

/** The workload of the load benchmarks: every {@code .beam} file of the installed stdlib. */
public final class StdlibFiles {
    private StdlibFiles() {}

    /** The stdlib {@code ebin} folder of the OTP installation jbeam uses. */
    public static Path ebin() {
        Path lib = OtpRoot.locate().resolve("lib");
        try (Stream<Path> dirs = Files.list(lib)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("stdlib-"))
                    .map(d -> d.resolve("ebin"))
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no stdlib-*/ebin under " + lib));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> beamFiles() {
        try (Stream<Path> files = Files.list(ebin())) {
            return files.filter(f -> f.toString().endsWith(".beam")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
