package org.jbeam.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * jbeam on one tier, run like erl: a child JVM starts the launcher
 * ({@code org.jbeam.config.Launcher}) from this test's class path, which holds the config module
 * and every tier, with the JVM flags {@code bin/jbeam} uses, {@code -tier NAME} (the default tier
 * for every module) and then exactly erl's flags. A child JVM per program, like a fresh erl per
 * program, keeps runs independent and gives the real exit status.
 */
final class JbeamRunner extends ProgramRunner {
    private static final String LAUNCHER = "org.jbeam.config.Launcher";

    private final String tier;

    JbeamRunner(String tier, Path beams, Path workDir, long limitSeconds) {
        super(beams, workDir, limitSeconds);
        this.tier = tier;
    }

    @Override
    String name() {
        return "jbeam/" + tier;
    }

    @Override
    protected List<String> vmCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dguice_bytecode_gen_option=DISABLED",
                "-Xss16m", "-cp", System.getProperty("java.class.path"), LAUNCHER, "-tier", tier));
        return command;
    }
}
