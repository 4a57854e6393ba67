package org.jbeam.vm.code;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the OTP installation whose libraries jbeam runs: the {@code jbeam.otp.root} system
 * property or the {@code JBEAM_OTP_ROOT} environment variable when set, else the installation
 * the {@code erl} on the PATH belongs to ({@code ROOT/bin/erl}, the link followed), else
 * {@code /usr/lib/erlang}. Found once per JVM: the answer does not change while it runs, and
 * every VM assembly and test runner asks.
 */
public final class OtpRoot {
    public static final String PROPERTY = "jbeam.otp.root";
    public static final String ENVIRONMENT = "JBEAM_OTP_ROOT";
    public static final Path DEFAULT = Path.of("/usr/lib/erlang");

    private static volatile Path found;

    private OtpRoot() {}

    public static Path locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = found;
        if (root == null) {
            root = fromErlOnPath().orElse(DEFAULT);
            found = root;
        }
        return root;
    }

    /** {@code ROOT} of the first {@code erl} on the PATH that is {@code ROOT/bin/erl} of an installation. */
    static Optional<Path> fromErlOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path erl = Path.of(dir, "erl");
            if (!Files.isExecutable(erl)) {
                continue;
            }
            try {
                Path bin = erl.toRealPath().getParent();
                Path root = bin == null ? null : bin.getParent();
                if (root != null && Files.isDirectory(root.resolve("lib")) && Files.isDirectory(root.resolve("releases"))) {
                    return Optional.of(root);
                }
            } catch (IOException e) {
                // Not an installation's erl: look further along the PATH.
            }
        }
        return Optional.empty();
    }
}
