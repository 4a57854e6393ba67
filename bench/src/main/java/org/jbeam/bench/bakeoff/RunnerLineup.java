package org.jbeam.bench.bakeoff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runners of one bake-off: erl first (the reference), then one {@link TierRunner} per
 * tier that {@link TierDiscovery} finds. What could not be found is listed, not faked.
 */
public record RunnerLineup(List<Runner> available, List<UnavailableRunner> unavailable) {

    /** The line-up for the {@code .beam} files in {@code beams}, VMs working in {@code workDir}. */
    public static RunnerLineup discover(Path beams, Path workDir) {
        List<Runner> runners = new ArrayList<>();
        runners.add(new ErlRunner(beams, workDir));
        TierDiscovery.Found found = TierDiscovery.discover(RunnerLineup.class.getClassLoader());
        Path javaHome = Path.of(System.getProperty("java.home"));
        String classPath = System.getProperty("java.class.path");
        for (String tier : found.tiers()) {
            runners.add(new TierRunner(tier, beams, workDir, javaHome, classPath));
        }
        // Mixed-tier configurations: each pair of distinct tiers, the workloads on the second.
        for (String base : found.tiers()) {
            for (String workloadTier : found.tiers()) {
                if (!base.equals(workloadTier)) {
                    runners.add(new TierRunner(base, workloadTier, beams, workDir, javaHome, classPath));
                }
            }
        }
        List<UnavailableRunner> missing = new ArrayList<>();
        if (found.note() != null) {
            missing.add(new UnavailableRunner("jbeam tiers", found.note()));
        }
        if (found.tiers().size() < 2) {
            missing.add(new UnavailableRunner("mixed tiers", "a mixed-tier configuration needs two tiers; "
                    + found.tiers().size() + " found " + found.tiers()));
        }
        return new RunnerLineup(List.copyOf(runners), List.copyOf(missing));
    }

    /**
     * Only the runners named in {@code names} (all when it is empty); erl, the reference every
     * result is checked against, always stays first.
     *
     * @throws IllegalArgumentException naming a runner that is not in the line-up
     */
    public RunnerLineup select(List<String> names) {
        if (names.isEmpty()) {
            return this;
        }
        for (String name : names) {
            if (available.stream().noneMatch(r -> r.name().equals(name))) {
                throw new IllegalArgumentException("no runner named " + name + "; found: "
                        + available.stream().map(Runner::name).toList());
            }
        }
        return new RunnerLineup(available.stream()
                .filter(r -> r.name().equals(ErlRunner.NAME) || names.contains(r.name())).toList(), unavailable);
    }
}
