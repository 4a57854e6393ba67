package org.jbeam.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The oracle: OTP's own {@code erl} from PATH. Crash dumps are switched off
 * ({@code ERL_CRASH_DUMP_SECONDS=0}) so a program that crashes on purpose leaves no
 * {@code erl_crash.dump} behind; that changes nothing on stdout or in the exit status.
 */
final class ErlRunner extends ProgramRunner {
    ErlRunner(Path beams, Path workDir, long limitSeconds) {
        super(beams, workDir, limitSeconds);
    }

    @Override
    String name() {
        return "erl";
    }

    @Override
    protected List<String> vmCommand() {
        return List.of("erl");
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("ERL_CRASH_DUMP_SECONDS", "0");
    }
}
