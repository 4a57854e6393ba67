package org.jbeam.bench.bakeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jbeam.bench.bakeoff.WorkloadGroup.CONCURRENT;
import static org.jbeam.bench.bakeoff.WorkloadGroup.SEQUENTIAL;

/**
 * The catalogue of workloads, in report order, and the Erlang modules they need besides
 * their own. A test checks that it names exactly the {@code bench_*.erl} files there are.
 */
public final class Workloads {
    /** Modules every workload run needs: the timing harness and the shared helpers. */
    public static final List<String> SUPPORT_MODULES = List.of("jbeam_bench_harness", "jbeam_bench_lib");

    private static final List<Workload> ALL = List.of(
            new Workload("fib", SEQUENTIAL, "calls and recursion: doubly recursive Fibonacci"),
            new Workload("tak", SEQUENTIAL, "calls and recursion: Takeuchi's function"),
            new Workload("nrev", SEQUENTIAL, "lists: naive reverse of a 30-element list"),
            new Workload("qsort", SEQUENTIAL, "lists: quicksort with list comprehensions"),
            new Workload("lists_sort", SEQUENTIAL, "lists: lists:sort/1 and lists:keysort/2 of 100k elements"),
            new Workload("records", SEQUENTIAL, "tuples and records: a ledger of account records"),
            new Workload("nbody", SEQUENTIAL, "floats: n-body simulation of the Jovian planets"),
            new Workload("mandelbrot", SEQUENTIAL, "floats: Mandelbrot set on a grid"),
            new Workload("pidigits", SEQUENTIAL, "bignums: digits of pi with a spigot"),
            new Workload("binary_build", SEQUENTIAL, "bit syntax: binary construction by appending"),
            new Workload("proto_parse", SEQUENTIAL, "bit syntax: a framed protocol parser"),
            new Workload("maps", SEQUENTIAL, "maps: update- and lookup-heavy, flat and HAMT"),
            new Workload("funs", SEQUENTIAL, "funs and higher-order code: closures, folds, CPS"),
            new Workload("exceptions", SEQUENTIAL, "exceptions: try/catch of throw, error and exit"),
            new Workload("io_lib", SEQUENTIAL, "io_lib:format/2 with mixed directives"),
            new Workload("ets", SEQUENTIAL, "ETS: set and ordered_set inserts, lookups, select"),
            new Workload("json", SEQUENTIAL, "mixed program: JSON encode and decode in Erlang"),
            new Workload("compile", SEQUENTIAL, "the OTP compiler: compile:forms/2 of a fixed module"),
            new Workload("ring", CONCURRENT, "message passing: a ring of 500 processes"),
            new Workload("pingpong", CONCURRENT, "message passing: request/reply between two processes"),
            new Workload("spawn", CONCURRENT, "spawn and exit: monitored and linked short-lived processes"),
            new Workload("ets_concurrent_one", CONCURRENT, "ETS: 8 processes insert and look up in one table, 1 scheduler"),
            new Workload("ets_concurrent_all", CONCURRENT,
                    "ETS: the same 8 processes and table with every scheduler online"));

    private Workloads() {}

    /** Every workload, in report order. */
    public static List<Workload> all() {
        return ALL;
    }

    /**
     * The workloads named in {@code names} (in catalogue order), or all when it is empty.
     *
     * @throws IllegalArgumentException naming the first unknown workload
     */
    public static List<Workload> select(List<String> names) {
        if (names.isEmpty()) {
            return ALL;
        }
        Map<String, Workload> byName = new LinkedHashMap<>();
        ALL.forEach(w -> byName.put(w.name(), w));
        for (String name : names) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("unknown workload '" + name + "'; known: " + byName.keySet());
            }
        }
        List<Workload> chosen = new ArrayList<>();
        ALL.stream().filter(w -> names.contains(w.name())).forEach(chosen::add);
        return chosen;
    }

    /** Every Erlang module the bake-off compiles: the support modules and each workload's. */
    public static List<String> allModules() {
        List<String> modules = new ArrayList<>(SUPPORT_MODULES);
        ALL.forEach(w -> modules.add(w.module()));
        return modules;
    }
}
