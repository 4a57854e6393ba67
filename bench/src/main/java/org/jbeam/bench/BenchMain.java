package org.jbeam.bench;

import java.util.Arrays;

import org.jbeam.bench.bakeoff.BakeOff;
import org.jbeam.bench.load.LoadBakeOff;

/**
 * Entry point of the benchmarks jar: {@code bakeoff} runs the workload bake-off (every
 * available runner against the real erl), {@code load} the stdlib loading bake-off; anything
 * else goes to JMH's own command line.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bakeoff")) {
            System.exit(BakeOff.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        } else if (args.length > 0 && args[0].equals("load")) {
            LoadBakeOff.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            org.openjdk.jmh.Main.main(args);
        }
    }
}
