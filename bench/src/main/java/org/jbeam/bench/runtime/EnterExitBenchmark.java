package org.jbeam.bench.runtime;

import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import org.jbeam.arch.x86_64.EntryStub;
import org.jbeam.arch.x86_64.ExitEmitter;
import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.tier.template.code.CodeMemory;
import org.jbeam.tier.template.code.CodeRegion;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.entry.ExitStatus;
import org.jbeam.vm.memory.NativeAllocator;
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
 * JMH: the cost of the narrow door on x86-64, one {@code enter(context, address)} round trip
 * into generated code that leaves at once ({@code mov eax, RETURNED; jmp [rbp+exit]}): the
 * stub saves and restores six registers and loads and stores the pinned ones. Beside it, the
 * floor: a critical downcall to {@code mov rax, rsi; ret} with the same signature. The gap is
 * what the stub itself costs; the total is what a template pays per helper call made by
 * leaving and re-entering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = RuntimeBenchmarkSettings.NATIVE_ACCESS)
public class EnterExitBenchmark {

    /**
     * The stub, the floor function and the code they run, with their handles as constants, as a
     * tier holds its one door: C2 then inlines the downcalls. They live as long as the fork.
     */
    private static final class Door {
        static final EntryStub STUB = EntryStub.generate();
        static final MethodHandle ENTER = STUB.handle();
        static final CodeRegion CODE;
        static final long RETURN_AT_ONCE;
        static final MethodHandle FLOOR;

        static {
            Assembler a = new Assembler();
            ExitEmitter.exit(a, ExitStatus.of(ExitReason.RETURNED));
            a.align(16);
            int floor = a.position();
            a.mov(RAX, RSI);
            a.ret();
            CODE = CodeMemory.allocate(a.position());
            CODE.write(0, a.assemble(CODE.executableAddress()));
            RETURN_AT_ONCE = CODE.executableAddress();
            FLOOR = Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(CODE.executableAddress() + floor),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                    Linker.Option.critical(false));
        }
    }

    private EntryContext context;
    private long xRegisters;
    private EntryStub stubObject;

    @Setup
    public void prepare() {
        context = new EntryContext();
        xRegisters = NativeAllocator.allocateZeroed(8 * 1024);
        context.setXRegisters(xRegisters);
        context.setReductions(4000);
        stubObject = Door.STUB;
    }

    @TearDown
    public void free() {
        NativeAllocator.free(xRegisters);
        context.close();
    }

    /** Java -> stub -> generated code -> exit sequence -> Java, through the constant handle. */
    @Benchmark
    public long enterExit() throws Throwable {
        return (long) Door.ENTER.invokeExact(context.address(), Door.RETURN_AT_ONCE);
    }

    /** The same round trip through {@link EntryStub#enter}, a handle C2 does not see as a constant. */
    @Benchmark
    public long enterExitThroughStubObject() {
        return stubObject.enter(context.address(), Door.RETURN_AT_ONCE);
    }

    /** The floor: a critical downcall of the same signature to a function that only returns. */
    @Benchmark
    public long criticalDowncallFloor() throws Throwable {
        return (long) Door.FLOOR.invokeExact(context.address(), Door.RETURN_AT_ONCE);
    }
}
