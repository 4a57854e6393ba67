package org.jbeam.bench.bakeoff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * jbeam on one execution tier, run like erl: a child JVM starts jbeam's launcher with
 * erl's command line ({@code -noshell -pa DIR -run jbeam_bench_harness ...}) and the tier
 * chosen with the launcher's {@value #TIER_FLAG} flag, which overrides {@code vm.conf} for
 * every module. The harness, the {@code .beam} files and the output protocol are exactly
 * erl's, so the tier is timed by its own {@code erlang:monotonic_time/1} around the same
 * entry function.
 *
 * <p>This is the seam for the tiers: it needs the launcher to accept erl's options (the
 * README's announced {@code bin/jbeam -noshell -s Mod -s init stop}) and the tier key to
 * select a tier. A child JVM per block, like a fresh erl per block, keeps runners
 * independent and makes peak RSS a per-run figure.
 */
public final class TierRunner extends HarnessRunner {
    /** The launcher flag that selects the tier for every module. */
    public static final String TIER_FLAG = "-tier";
    /** The launcher class inside jbeam's jar (and inside the benchmarks jar, which shades it). */
    public static final String LAUNCHER = "org.jbeam.config.Launcher";

    private final String tier;
    /** The tier the workload modules ({@code bench_*}) run on in a mixed configuration; null when none. */
    private final String workloadTier;
    private final Path beams;
    private final Path javaHome;
    private final String classPath;

    /**
     * @param tier      the tier's name as its provider reports it
     * @param beams     the folder of compiled bench modules
     * @param workDir   the child VM's working directory
     * @param javaHome  the JDK that runs the child JVM
     * @param classPath a class path holding the launcher and the tier
     */
    public TierRunner(String tier, Path beams, Path workDir, Path javaHome, String classPath) {
        this(tier, null, beams, workDir, javaHome, classPath);
    }

    /**
     * A mixed-tier configuration: the workload modules ({@code bench_*}) on {@code workloadTier},
     * everything else (the harness, OTP's libraries) on {@code tier}, so each workload's calls
     * into the libraries and back cross tiers. Its name is {@code tier+workloadTier}.
     */
    public TierRunner(String tier, String workloadTier, Path beams, Path workDir, Path javaHome, String classPath) {
        super(workDir);
        this.tier = tier;
        this.workloadTier = workloadTier;
        this.beams = beams;
        this.javaHome = javaHome;
        this.classPath = classPath;
    }

    @Override
    public String name() {
        return workloadTier == null ? tier : tier + "+" + workloadTier;
    }

    @Override
    protected List<String> vmCommand() {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Xss16m", "-Dguice_bytecode_gen_option=DISABLED", "-cp", classPath, LAUNCHER));
        command.addAll(List.of(TIER_FLAG, tier));
        if (workloadTier != null) {
            command.addAll(List.of("-c", "modules={\"bench_*\" = \"" + workloadTier + "\"}"));
        }
        command.addAll(List.of("-noshell", "-pa", beams.toString()));
        return command;
    }
}
