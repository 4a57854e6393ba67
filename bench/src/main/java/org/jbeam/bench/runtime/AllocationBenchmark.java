package org.jbeam.bench.runtime;

import java.util.concurrent.TimeUnit;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: allocation and garbage-collection throughput of a process heap: each operation builds
 * a list of {@code length} cells as compiled code does (a heap test for the cells, then
 * bump allocation), keeping the last {@code kept} lists live in X registers, so the
 * generational collector copies the live ones and drops the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class AllocationBenchmark {
    @Param({"1000"})
    public int length;

    @Param({"1", "8"})
    public int kept;

    private ErlangProcess process;
    private int next;

    @Setup
    public void start() {
        process = new ErlangProcess(TermTags.makeSmall(1), new TermOrder(new AtomTable()), 128, 233, 1L << 26);
        for (int i = 0; i < kept; i++) {
            process.setX(i, TermTags.NIL);
        }
    }

    @TearDown
    public void free() {
        process.close();
    }

    @Benchmark
    public long buildList() {
        process.ensureHeap(kept, 2L * length);
        long list = TermTags.NIL;
        for (int i = 0; i < length; i++) {
            list = Lists.cons(process.heap(), TermTags.makeSmall(i), list);
        }
        process.setX(next, list);
        next = (next + 1) % kept;
        return list;
    }
}
