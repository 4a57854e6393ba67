package org.jbeam.bench.runtime;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
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
 * JMH: Erlang's term order ({@link TermOrder#compare}, what {@code <}, {@code ==},
 * {@code lists:sort/1} and ordered ETS tables use) on two equal-but-distinct terms of one kind,
 * so the whole of each is walked: small integers, atoms, bignums, 100-element lists, and
 * nested tuples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class TermCompareBenchmark {
    @Param({"small", "atom", "bignum", "list", "tuple"})
    public String kind;

    private HeapFragments heap;
    private TermOrder order;
    private long left;
    private long right;

    @Setup
    public void build() {
        heap = new HeapFragments();
        AtomTable atoms = new AtomTable();
        order = new TermOrder(atoms);
        left = term(atoms);
        right = term(atoms);
    }

    private long term(AtomTable atoms) {
        return switch (kind) {
            case "small" -> TermTags.makeSmall(123_456);
            case "atom" -> atoms.atom("a_rather_long_atom_name");
            case "bignum" -> Integers.fromBigInteger(heap, BigInteger.TWO.pow(300).add(BigInteger.valueOf(7)));
            case "list" -> {
                long list = TermTags.NIL;
                for (int i = 100; i > 0; i--) {
                    list = Lists.cons(heap, TermTags.makeSmall(i), list);
                }
                yield list;
            }
            case "tuple" -> Tuples.make(heap, atoms.atom("node"), Tuples.make(heap, TermTags.makeSmall(1),
                    Tuples.make(heap, atoms.atom("leaf"), TermTags.makeSmall(2))), TermTags.NIL);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    @TearDown
    public void free() {
        heap.close();
    }

    @Benchmark
    public int compare() {
        return order.compare(left, right);
    }
}
