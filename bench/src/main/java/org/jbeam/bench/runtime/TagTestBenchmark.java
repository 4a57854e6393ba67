package org.jbeam.bench.runtime;

import java.util.concurrent.TimeUnit;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Floats;
import org.jbeam.vm.term.Lists;
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
 * JMH: the tag tests every instruction starts with ({@link TermTags}), over 4,096 terms of
 * mixed kinds (small integers, atoms, lists, tuples, floats): the cost per term of classifying
 * it, as {@code is_integer}/{@code is_list}/{@code is_tuple} and a header read do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class TagTestBenchmark {
    private static final int TERMS = 4096;

    private final long[] terms = new long[TERMS];
    private HeapFragments heap;

    @Setup
    public void build() {
        heap = new HeapFragments();
        AtomTable atoms = new AtomTable();
        for (int i = 0; i < TERMS; i++) {
            terms[i] = switch (i % 5) {
                case 0 -> TermTags.makeSmall(i);
                case 1 -> atoms.atom("a" + (i % 64));
                case 2 -> Lists.cons(heap, TermTags.makeSmall(i), TermTags.NIL);
                case 3 -> Tuples.make(heap, TermTags.makeSmall(i), TermTags.NIL);
                default -> Floats.make(heap, i * 0.5);
            };
        }
    }

    @TearDown
    public void free() {
        heap.close();
    }

    /** Classifies every term; the sum keeps the work from being optimised away. */
    @Benchmark
    public long classify() {
        long kinds = 0;
        for (long term : terms) {
            if (TermTags.isSmall(term)) {
                kinds += 1;
            } else if (TermTags.isAtom(term)) {
                kinds += 2;
            } else if (TermTags.isList(term)) {
                kinds += 3;
            } else if (TermTags.isBoxed(term) && Tuples.isTuple(term)) {
                kinds += 4 + Tuples.arity(term);
            } else if (TermTags.isBoxed(term)) {
                kinds += TermTags.headerSubtag(Boxed.header(term));
            }
        }
        return kinds;
    }
}
