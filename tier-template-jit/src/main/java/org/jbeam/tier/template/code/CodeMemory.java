package org.jbeam.tier.template.code;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Executable memory from the Linux kernel, through FFM downcalls to the C library
 * ({@code mmap}, {@code mremap}, {@code mprotect}, {@code munmap}).
 *
 * <p><b>W^X by two views of one shared memory.</b> A region is shared anonymous memory mapped
 * twice: once read-write (where the JIT writes), once read-execute (where the CPU runs); no
 * page is ever writable and executable at the same address. The second view is made by
 * {@code mremap} with an old size of 0, which maps the same shared pages again, and then
 * {@code mprotect}ed to read-execute. The alternative, one mapping whose protection flips
 * between RW and RX with {@code mprotect}, was not chosen because a flip stops every thread
 * running code on those pages: with two views a region can be appended to or patched (linking
 * a call once its callee is loaded, setting a breakpoint) while schedulers run the code already
 * in it, and no protection change, with its TLB shootdown, is ever needed. The price is two
 * address ranges per region. Shared anonymous memory rather than a {@code memfd_create} file,
 * because the kernel names it {@code /dev/zero (deleted)}, which Linux perf takes for anonymous
 * memory and so looks up in the JIT's {@code /tmp/perf-PID.map}; a memfd's name is a file of
 * its own to perf, whose symbols it cannot read. Code must be assembled for the executable
 * view's addresses; relative displacements are the same in both views. x86-64 keeps
 * instruction fetch coherent with stores through another mapping of the same page; an arch
 * whose caches are not (AArch64) must flush the range.
 */
public final class CodeMemory {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_SHARED = 1;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final int MREMAP_MAYMOVE = 1;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1L;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle MMAP;
    private static final MethodHandle MREMAP;
    private static final MethodHandle MPROTECT;
    private static final MethodHandle MUNMAP;
    private static final MethodHandle STRERROR;
    private static final long PAGE_SIZE;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        MMAP = linker.downcallHandle(libc.findOrThrow("mmap"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), errno);
        MUNMAP = linker.downcallHandle(libc.findOrThrow("munmap"),
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), errno);
        // mremap is variadic; without MREMAP_FIXED it reads no argument past the fixed four.
        MREMAP = linker.downcallHandle(libc.findOrThrow("mremap"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT), errno);
        MPROTECT = linker.downcallHandle(libc.findOrThrow("mprotect"),
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT), errno);
        STRERROR = linker.downcallHandle(libc.findOrThrow("strerror"), FunctionDescriptor.of(ADDRESS, JAVA_INT));
        try {
            MethodHandle sysconf = linker.downcallHandle(libc.findOrThrow("sysconf"),
                    FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
            PAGE_SIZE = (long) sysconf.invokeExact(SC_PAGESIZE);
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private CodeMemory() {}

    /** The size of a page: regions are whole pages. */
    public static long pageSize() {
        return PAGE_SIZE;
    }

    /**
     * A new region of at least {@code bytes} (rounded up to whole pages), zero-filled, mapped
     * read-write and read-execute at two different addresses.
     *
     * @throws CodeMemoryException if the kernel refuses any step (nothing stays mapped then)
     */
    public static CodeRegion allocate(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a code region needs at least one byte, not " + bytes);
        }
        long size = (bytes + PAGE_SIZE - 1) & -PAGE_SIZE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            long writable = (long) MMAP.invokeExact(state, 0L, size, PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_ANONYMOUS, -1, 0L);
            check(writable != MAP_FAILED, state, "mmap(read-write view of " + size + " bytes)");
            long executable = MAP_FAILED;
            try {
                executable = (long) MREMAP.invokeExact(state, writable, 0L, size, MREMAP_MAYMOVE);
                check(executable != MAP_FAILED, state, "mremap(second view of " + size + " bytes)");
                int protectedToExecute = (int) MPROTECT.invokeExact(state, executable, size, PROT_READ | PROT_EXEC);
                check(protectedToExecute == 0, state, "mprotect(read-execute view of " + size + " bytes)");
            } catch (CodeMemoryException e) {
                if (executable != MAP_FAILED) {
                    unmap(executable, size);
                }
                unmap(writable, size);
                throw e;
            }
            return new CodeRegion(writable, executable, size);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Unmaps {@code size} bytes at {@code address}; used by {@link CodeRegion#close}. */
    static void unmap(long address, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = (int) MUNMAP.invokeExact(state, address, size);
            check(result == 0, state, String.format("munmap(0x%x, %d)", address, size));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void check(boolean succeeded, MemorySegment state, String call) throws Throwable {
        if (!succeeded) {
            int errno = (int) ERRNO.get(state, 0L);
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            throw new CodeMemoryException(call, errno, text.reinterpret(Integer.MAX_VALUE).getString(0));
        }
    }
}
