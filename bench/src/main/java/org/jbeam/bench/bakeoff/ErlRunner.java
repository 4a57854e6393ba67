package org.jbeam.bench.bakeoff;

import java.nio.file.Path;
import java.util.List;

/**
 * The real erl (OTP on PATH, BeamAsm where the platform has it): the reference every other
 * runner's result is checked against and every ratio is taken over.
 */
public final class ErlRunner extends HarnessRunner {
    /** The runner name in reports. */
    public static final String NAME = "erl";

    private final Path beams;

    /** Runs the {@code .beam} files in {@code beams}, with {@code workDir} as erl's working directory. */
    public ErlRunner(Path beams, Path workDir) {
        super(workDir);
        this.beams = beams;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected List<String> vmCommand() {
        return List.of("erl", "-noshell", "-pa", beams.toString());
    }
}
