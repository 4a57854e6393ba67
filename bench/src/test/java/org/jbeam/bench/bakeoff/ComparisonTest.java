package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ratios against erl and the interpreter, and geometric means that ignore wrong results. */
class ComparisonTest {
    private final Comparison comparison = Samples.result().comparison();

    @Test
    void ratiosAreMediansOverTheBaselinesMedian() {
        assertEquals(2.0, comparison.ratio("fib", "interpreter", "erl").getAsDouble(), 1e-12);
        assertEquals(0.5, comparison.ratio("fib", "trace-jit", "erl").getAsDouble(), 1e-12);
        assertEquals(0.25, comparison.ratio("fib", "trace-jit", "interpreter").getAsDouble(), 1e-12);
        assertEquals(1.0, comparison.ratio("ring", "erl", "erl").getAsDouble(), 1e-12);
    }

    @Test
    void aWrongResultHasNoRatio() {
        assertFalse(comparison.ratio("json", "trace-jit", "erl").isPresent());
        assertFalse(comparison.ratio("json", "missing-runner", "erl").isPresent());
    }

    @Test
    void geometricMeansPerGroupSkipWrongResults() {
        // interpreter, sequential: ratios 2 (fib) and 8 (json) -> 4.
        assertEquals(4.0, comparison.geometricMean("interpreter", "erl", WorkloadGroup.SEQUENTIAL).getAsDouble(), 1e-12);
        // trace-jit, sequential: only fib counts (json is wrong) -> 0.5.
        assertEquals(0.5, comparison.geometricMean("trace-jit", "erl", WorkloadGroup.SEQUENTIAL).getAsDouble(), 1e-12);
        assertEquals(2.0, comparison.geometricMean("trace-jit", "erl", WorkloadGroup.CONCURRENT).getAsDouble(), 1e-12);
        assertEquals(0.5, comparison.geometricMean("trace-jit", "interpreter", WorkloadGroup.CONCURRENT).getAsDouble(),
                1e-12);
    }

    @Test
    void aResultIsAllOkOnlyWhenEveryRunnerMatchedErl() {
        assertFalse(Samples.result().allResultsOk());
        assertTrue(comparison.has("interpreter"));
        assertEquals(java.util.List.of("erl", "interpreter", "trace-jit"), comparison.runners());
    }
}
