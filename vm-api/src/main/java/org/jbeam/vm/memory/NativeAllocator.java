package org.jbeam.vm.memory;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * Allocation of native memory with the C library's {@code malloc}/{@code calloc}/{@code free}.
 *
 * <p>Heaps, stacks and off-heap binaries need memory whose lifetime the VM decides (a
 * process dies, a binary's reference count reaches zero), not an arena's; so the VM calls
 * the C allocator directly. Calls are critical downcalls (no upcalls, short), about 4 ns.
 * Exhaustion is reported as {@link OutOfMemoryError}, never as a zero address.
 *
 * <p>{@link #liveBytes} counts what the VM holds (by {@code malloc_usable_size}), so tests and
 * the bench can check that memory comes back when processes and binaries go.
 */
public final class NativeAllocator {
    private static final MethodHandle MALLOC;
    private static final MethodHandle CALLOC;
    private static final MethodHandle REALLOC;
    private static final MethodHandle FREE;
    private static final MethodHandle USABLE_SIZE;
    private static final LongAdder LIVE = new LongAdder();

    static {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        Linker.Option critical = Linker.Option.critical(false);
        MALLOC = linker.downcallHandle(libc.find("malloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), critical);
        CALLOC = linker.downcallHandle(libc.find("calloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), critical);
        REALLOC = linker.downcallHandle(libc.find("realloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), critical);
        FREE = linker.downcallHandle(libc.find("free").orElseThrow(),
                FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG), critical);
        USABLE_SIZE = linker.downcallHandle(libc.find("malloc_usable_size").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), critical);
    }

    /** Bytes of native memory the VM has allocated and not freed yet (all threads). */
    public static long liveBytes() {
        return LIVE.sum();
    }

    private NativeAllocator() {}

    /** Allocates {@code bytes} of uninitialised memory, 16-byte aligned (glibc's guarantee). */
    public static long allocate(long bytes) {
        try {
            long address = (long) MALLOC.invokeExact(Math.max(bytes, 1L));
            return counted(checked(address, bytes));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Allocates {@code bytes} of zeroed memory. */
    public static long allocateZeroed(long bytes) {
        try {
            long address = (long) CALLOC.invokeExact(1L, Math.max(bytes, 1L));
            return counted(checked(address, bytes));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Resizes a block from {@link #allocate}, moving it when needed. */
    public static long reallocate(long address, long bytes) {
        try {
            long before = address == 0 ? 0 : (long) USABLE_SIZE.invokeExact(address);
            long moved = (long) REALLOC.invokeExact(address, Math.max(bytes, 1L));
            checked(moved, bytes);
            LIVE.add(-before);
            return counted(moved);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void free(long address) {
        if (address == 0) {
            return;
        }
        try {
            LIVE.add(-(long) USABLE_SIZE.invokeExact(address));
            FREE.invokeExact(address);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static long counted(long address) throws Throwable {
        LIVE.add((long) USABLE_SIZE.invokeExact(address));
        return address;
    }

    private static long checked(long address, long bytes) {
        if (address == 0) {
            throw new OutOfMemoryError("native allocation of " + bytes + " bytes failed");
        }
        return address;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
