package org.jbeam.bench.bakeoff;

import java.util.List;
import java.util.OptionalLong;

import org.jbeam.bench.load.LoadFigures;

/** Hand-made measurements for the report and ratio tests. */
final class Samples {
    static final Workload FIB = new Workload("fib", WorkloadGroup.SEQUENTIAL, "calls");
    static final Workload JSON = new Workload("json", WorkloadGroup.SEQUENTIAL, "mixed <&> \"quoted\"");
    static final Workload RING = new Workload("ring", WorkloadGroup.CONCURRENT, "messages");

    private Samples() {}

    /** A measurement with one block whose measured iterations are {@code times}. */
    static Measurement measured(Workload workload, String runner, boolean ok, long... times) {
        List<Long> iterations = java.util.Arrays.stream(times).boxed().toList();
        return new Measurement(workload, runner, 10L, List.of(new Block(List.of(times[0] * 3), iterations)),
                "{ok,42}", ok, ok ? null : "result differs from erl's {ok,42}", OptionalLong.of(40_000));
    }

    /** erl, an interpreter twice as slow, and a tier that got json wrong. */
    static BakeOffResult result() {
        List<Measurement> measurements = List.of(
                measured(FIB, "erl", true, 100, 100, 100),
                measured(FIB, "interpreter", true, 200, 200, 200),
                measured(FIB, "trace-jit", true, 50, 50, 50),
                measured(JSON, "erl", true, 1000, 1000),
                measured(JSON, "interpreter", true, 8000, 8000),
                measured(JSON, "trace-jit", false, 10, 10),
                measured(RING, "erl", true, 400),
                measured(RING, "interpreter", true, 1600),
                measured(RING, "trace-jit", true, 800));
        List<MemoryFigures> memory = List.of(
                new MemoryFigures("erl", 10_000, 2700, 2640, OptionalLong.of(61_000), null),
                MemoryFigures.failed("interpreter", 10_000, "erlang:memory/1 is not implemented"));
        return new BakeOffResult("2026-01-01T00:00:00Z", "test machine", BakeOffOptions.parse("--quick"), measurements,
                memory, List.of(new FairnessFigures("erl", 1000, 2000, 80_000, 30_000, 9_000, null),
                        new FairnessFigures("interpreter", 1000, 2000, 400_000, 200_000, 90_000, null),
                        FairnessFigures.failed("trace-jit", 1000, "VM exited with status 2")),
                List.of(new UnavailableRunner("template-jit", "no x86_64 backend <yet>")),
                new StdlibLoad(new LoadFigures(87, List.of(30L, 40L, 50L), List.of(100L, 100L, 100L)), null));
    }
}
