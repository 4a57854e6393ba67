package org.jbeam.bench.runtime;

import java.util.concurrent.TimeUnit;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.Message;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermCopier;
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
 * JMH: one message's way from sender to receiver as {@code !} and {@code receive} take it:
 * copied into a heap fragment of its own size, queued in the receiver's mailbox, taken in,
 * matched as the current message and removed (its fragment joins the receiver's heap, which a
 * collection every 1,024 messages empties). The message is {@code {request, self(), 42, <<"payload">>}}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class SendReceiveBenchmark {
    private ErlangProcess receiver;
    private HeapFragments senderHeap;
    private long message;
    private int received;

    @Setup
    public void start() {
        AtomTable atoms = new AtomTable();
        receiver = new ErlangProcess(TermTags.makeSmall(2), new TermOrder(atoms), 128, 233, 1L << 26);
        senderHeap = new HeapFragments();
        message = Tuples.make(senderHeap, atoms.atom("request"), TermTags.makeSmall(1), TermTags.makeSmall(42),
                Binaries.make(senderHeap, "payload".getBytes()));
    }

    @TearDown
    public void free() {
        receiver.close();
        senderHeap.close();
    }

    @Benchmark
    public long sendAndReceive() {
        HeapFragments fragment = new HeapFragments((int) TermCopier.flatWords(message));
        receiver.mailbox().deliver(new Message(TermCopier.copy(message, fragment), fragment));
        long taken = receiver.mailbox().current();
        receiver.mailbox().removeCurrent(receiver.heap());
        if (++received % 1024 == 0) {
            receiver.garbageCollect(0, 0, false);
        }
        return taken;
    }
}
