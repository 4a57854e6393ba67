package org.jbeam.vm.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the OTP installation whose libraries jbeam runs: the {@code jbeam.otp.root} system
 * property or the {@code JBEAM_OTP_ROOT} environment variable when set, else what the real
 * {@code erl} reports as {@code code:root_dir()}, else {@code /usr/lib/erlang}.
 */
public final class OtpRoot {
    public static final String PROPERTY = "jbeam.otp.root";
    public static final String ENVIRONMENT = "JBEAM_OTP_ROOT";
    public static final Path DEFAULT = Path.of("/usr/lib/erlang");
    private static final long ERL_TIMEOUT_SECONDS = 20;

    private OtpRoot() {}

    public static Path locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return askErl().orElse(DEFAULT);
    }

    /** {@code code:root_dir()} of the {@code erl} on the PATH, if there is one that answers. */
    public static Optional<Path> askErl() {
        try {
            Process erl = new ProcessBuilder("erl", "-noshell", "-eval",
                    "io:format(\"~s\",[code:root_dir()]),halt().")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!erl.waitFor(ERL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                erl.destroyForcibly();
                return Optional.empty();
            }
            String root = new String(erl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return erl.exitValue() == 0 && !root.isEmpty() && Files.isDirectory(Path.of(root))
                    ? Optional.of(Path.of(root)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
