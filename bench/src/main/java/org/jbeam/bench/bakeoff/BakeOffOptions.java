package org.jbeam.bench.bakeoff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bake-off's command line: {@code [--quick] [--out DIR] [--only NAME,...]}, plus
 * {@code --blocks N}, {@code --warmup N} and {@code --iterations N} to override the
 * repetition counts, {@code --memory-processes N} for the idle-process figure,
 * {@code --fairness-responders N} for the fairness check and {@code --skip-load} to leave out
 * the stdlib loading figure.
 *
 * @param blocks          fresh-VM blocks per runner and workload, interleaved between runners
 * @param warmup          unmeasured iterations at the start of each block (at least 1)
 * @param iterations      measured iterations per block
 * @param memoryProcesses idle processes spawned for the memory figures (0 to skip them)
 * @param fairnessResponders responsive processes of the fairness check (0 to skip it)
 * @param fairnessRounds  how many times each responder is pinged in the fairness check
 * @param stdlibLoad      whether to time loading all of stdlib (jbeam's loader against erl's)
 */
public record BakeOffOptions(SizeMode size, Path out, List<String> only, List<String> runners, int blocks,
        int warmup, int iterations, int memoryProcesses, int fairnessResponders, int fairnessRounds, boolean stdlibLoad) {

    public static final String USAGE = """
            usage: bench bakeoff [--quick] [--out DIR] [--only NAME,...] [--runners NAME,...]
                                 [--blocks N] [--warmup N] [--iterations N] [--memory-processes N]
                                 [--fairness-responders N] [--skip-load]
              --quick      small sizes and few iterations (about 20 seconds with erl alone)
              --out DIR    where results.json, memory.json, load.json, report.md and report.html go
                           (default bakeoff-results)
              --only       the workloads to run, by name (default: all)
              --runners    the runners, by name: erl and tier names (default: erl and every tier found)
              --fairness-responders N  processes pinged beside a spinning one (default 1000; 0 skips)
              --skip-load  leave out the time to load all of stdlib""";

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException with a message for the user on a bad command line
     */
    public static BakeOffOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path out = Path.of("bakeoff-results");
        List<String> only = List.of();
        List<String> runners = List.of();
        // One fresh VM per runner and workload under --quick: with five runners (erl, two tiers, two
        // mixes) VM start-up is most of the time, and --quick must stay under ten minutes here.
        int blocks = quick ? 1 : 3;
        int warmup = quick ? 2 : 5;
        int iterations = quick ? 3 : 7;
        int memoryProcesses = 10_000;
        int fairnessResponders = 1000;
        int fairnessRounds = quick ? 2 : 5;
        boolean stdlibLoad = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> { }
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--only" -> only = names(value(args, ++i, "--only"), "--only");
                case "--runners" -> runners = names(value(args, ++i, "--runners"), "--runners");
                case "--blocks" -> blocks = count(args, ++i, "--blocks", 1);
                case "--warmup" -> warmup = count(args, ++i, "--warmup", 1);
                case "--iterations" -> iterations = count(args, ++i, "--iterations", 1);
                case "--memory-processes" -> memoryProcesses = count(args, ++i, "--memory-processes", 0);
                case "--fairness-responders" ->
                    fairnessResponders = count(args, ++i, "--fairness-responders", 0);
                case "--skip-load" -> stdlibLoad = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Workloads.select(only);
        return new BakeOffOptions(quick ? SizeMode.QUICK : SizeMode.DEFAULT, out, only, runners, blocks, warmup,
                iterations, memoryProcesses, fairnessResponders, fairnessRounds, stdlibLoad);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static List<String> names(String list, String option) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(option + " needs at least one name");
        }
        return names;
    }

    private static int count(String[] args, int index, String option, int minimum) {
        String text = value(args, index, option);
        try {
            int n = Integer.parseInt(text);
            if (n < minimum) {
                throw new IllegalArgumentException(option + " must be at least " + minimum + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + text + "'", e);
        }
    }
}
