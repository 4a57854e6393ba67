package org.jbeam.bench;

import java.util.Arrays;

import org.jbeam.bench.load.LoadBakeOff;

/**
 * Entry point of the benchmarks jar: {@code load} runs the stdlib loading bake-off against
 * the real erl; anything else goes to JMH's own command line.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            LoadBakeOff.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            org.openjdk.jmh.Main.main(args);
        }
    }
}
