package org.jbeam.bench.bakeoff;

/**
 * One benchmark program: the Erlang module {@code bench_NAME} in {@code bench/src/main/erlang},
 * which exports {@code run(Size) -> Result}, {@code default_size() -> Size} and
 * {@code quick_size() -> Size}. The sizes live with the Erlang code so every runner reads
 * the same ones.
 *
 * @param name        the short name used on the command line ({@code --only fib,json})
 * @param group       the group whose geometric mean it counts towards
 * @param description what the workload exercises, for the reports
 */
public record Workload(String name, WorkloadGroup group, String description) {
    /** The prefix of every workload module's name. */
    public static final String MODULE_PREFIX = "bench_";

    /** The Erlang module that holds the workload. */
    public String module() {
        return MODULE_PREFIX + name;
    }
}
