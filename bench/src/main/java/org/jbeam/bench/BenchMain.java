package org.jbeam.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jbeam.bench.bakeoff.BakeOff;
import org.jbeam.bench.bakeoff.TierDiscovery;
import org.jbeam.bench.load.LoadBakeOff;

/**
 * Entry point of the benchmarks jar: {@code bakeoff} runs the workload bake-off (every
 * available runner against the real erl), {@code load} the stdlib loading bake-off; anything
 * else goes to JMH's own command line, with {@code -p tier=...} set to every tier
 * ServiceLoader finds unless the command line sets it.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bakeoff")) {
            System.exit(BakeOff.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        } else if (args.length > 0 && args[0].equals("load")) {
            LoadBakeOff.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            org.openjdk.jmh.Main.main(withTiers(args));
        }
    }

    /** JMH's arguments with every discovered tier as the {@code tier} parameter, unless one is given. */
    static String[] withTiers(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        boolean given = false;
        for (int i = 0; i + 1 < all.size(); i++) {
            given |= all.get(i).equals("-p") && all.get(i + 1).startsWith("tier=");
        }
        List<String> tiers = TierDiscovery.discover(BenchMain.class.getClassLoader()).tiers();
        if (!given && !tiers.isEmpty()) {
            all.add("-p");
            all.add("tier=" + String.join(",", tiers));
        }
        return all.toArray(String[]::new);
    }
}
