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
    /** The tier that runs every second module (by initial letter), or null: {@code tier} runs all. */
    private final String mixedWith;
    /**
     * The stress run of issue 7 ({@code conformance.stress=true}): every heap test collects and a
     * process yields at every call; the output must not change.
     */
    private final boolean stress = Boolean.getBoolean("conformance.stress");

    JbeamRunner(String tier, Path beams, Path workDir, long limitSeconds) {
        this(tier, null, beams, workDir, limitSeconds);
    }

    /**
     * jbeam with modules spread over two tiers (issue 5): those whose name starts with
     * {@code b}, {@code d}, {@code f}, ... (every second letter) run on {@code mixedWith}, the
     * others on {@code tier}, so OTP's modules and the program's alternate between the tiers.
     */
    JbeamRunner(String tier, String mixedWith, Path beams, Path workDir, long limitSeconds) {
        super(beams, workDir, limitSeconds);
        this.tier = tier;
        this.mixedWith = mixedWith;
    }

    @Override
    String name() {
        return "jbeam/" + tier + (mixedWith == null ? "" : "+" + mixedWith) + (stress ? " (stress)" : "");
    }

    /** The {@code jbeam.modules} setting that gives every second initial letter to {@code mixed}. */
    static String alternateModules(String mixed) {
        List<String> globs = new ArrayList<>();
        for (char letter = 'b'; letter <= 'z'; letter += 2) {
            globs.add("\"" + letter + "*\" = \"" + mixed + "\"");
        }
        return "modules={" + String.join(", ", globs) + "}";
    }

    @Override
    protected List<String> vmCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dguice_bytecode_gen_option=DISABLED",
                "-Xss16m", "-cp", System.getProperty("java.class.path"), LAUNCHER, "-tier", tier));
        if (mixedWith != null) {
            command.addAll(List.of("-c", alternateModules(mixedWith)));
        }
        if (stress) {
            command.addAll(List.of("-c", "debug.gc-stress=true", "-c", "debug.reductions-per-slice=1"));
        }
        return command;
    }
}
