package org.jbeam.bench.runtime;

import java.util.concurrent.TimeUnit;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: calling a BIF through the {@link Bif} interface as every tier does, with its arguments
 * in the process's scratch array: {@code element/2} (the call itself dominates), and the
 * lookup by module, function and arity that loading does once per import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class BifDispatchBenchmark {
    private BifTable bifs;
    private Bif element;
    private long elementAtom;
    private ErlangProcess process;
    private HeapFragments heap;
    private long tuple;

    @Setup
    public void build() {
        AtomTable atoms = new AtomTable();
        bifs = BifTable.standard(atoms);
        elementAtom = atoms.atom("element");
        element = bifs.find(Atoms.ERLANG, elementAtom, 2);
        process = new ErlangProcess(TermTags.makeSmall(1), new TermOrder(atoms), 128, 256, 1L << 20);
        heap = new HeapFragments();
        tuple = Tuples.make(heap, TermTags.makeSmall(1), TermTags.makeSmall(2), TermTags.makeSmall(3));
    }

    @TearDown
    public void free() {
        heap.close();
        process.close();
    }

    @Benchmark
    public long callElement() {
        long[] args = process.bifArguments();
        args[0] = TermTags.makeSmall(2);
        args[1] = tuple;
        return element.call(process, args);
    }

    @Benchmark
    public Bif findByName() {
        return bifs.find(Atoms.ERLANG, elementAtom, 2);
    }
}
