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
 * ({@code memfd_create}, {@code ftruncate}, {@code mmap}, {@code munmap}, {@code close}).
 *
 * <p><b>W^X by two views of one memory file.</b> A region is an anonymous memory file mapped
 * twice: once read-write (where the JIT writes), once read-execute (where the CPU runs); no
 * page is ever writable and executable at the same address. The alternative, one mapping whose
 * protection flips between RW and RX with {@code mprotect}, was not chosen because a flip
 * stops every thread running code on those pages: with two views a region can be appended to
 * or patched (linking a call once its callee is loaded, setting a breakpoint) while schedulers
 * run the code already in it, and no protection change, with its TLB shootdown, is ever needed.
 * The price is two address ranges per region and a file descriptor held only while mapping.
 * Code must be assembled for the executable view's addresses; relative displacements are the
 * same in both views. x86-64 keeps instruction fetch coherent with stores through another
 * mapping of the same page; an arch whose caches are not (AArch64) must flush the range.
 */
public final class CodeMemory {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_SHARED = 1;
    private static final int MFD_CLOEXEC = 1;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1L;

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle MEMFD_CREATE;
    private static final MethodHandle FTRUNCATE;
    private static final MethodHandle MMAP;
    private static final MethodHandle MUNMAP;
    private static final MethodHandle CLOSE;
    private static final MethodHandle STRERROR;
    private static final long PAGE_SIZE;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        MEMFD_CREATE = linker.downcallHandle(libc.findOrThrow("memfd_create"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), errno);
        FTRUNCATE = linker.downcallHandle(libc.findOrThrow("ftruncate"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), errno);
        MMAP = linker.downcallHandle(libc.findOrThrow("mmap"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), errno);
        MUNMAP = linker.downcallHandle(libc.findOrThrow("munmap"),
                FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), errno);
        CLOSE = linker.downcallHandle(libc.findOrThrow("close"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT), errno);
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
            int fd = (int) MEMFD_CREATE.invokeExact(state, arena.allocateFrom("jbeam-code"), MFD_CLOEXEC);
            check(fd != -1, state, "memfd_create(\"jbeam-code\")");
            try {
                int truncated = (int) FTRUNCATE.invokeExact(state, fd, size);
                check(truncated == 0, state, "ftruncate(memfd, " + size + ")");
                long writable = map(state, size, PROT_READ | PROT_WRITE, fd, "read-write");
                long executable;
                try {
                    executable = map(state, size, PROT_READ | PROT_EXEC, fd, "read-execute");
                } catch (CodeMemoryException e) {
                    unmap(writable, size);
                    throw e;
                }
                return new CodeRegion(writable, executable, size);
            } finally {
                // The mappings keep the memory file alive; the descriptor is needed no longer.
                int closed = (int) CLOSE.invokeExact(state, fd);
                assert closed == 0;
            }
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

    private static long map(MemorySegment state, long size, int protection, int fd, String view) throws Throwable {
        long address = (long) MMAP.invokeExact(state, 0L, size, protection, MAP_SHARED, fd, 0L);
        check(address != MAP_FAILED, state, "mmap(" + view + " view of " + size + " bytes)");
        return address;
    }

    private static void check(boolean succeeded, MemorySegment state, String call) throws Throwable {
        if (!succeeded) {
            int errno = (int) ERRNO.get(state, 0L);
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            throw new CodeMemoryException(call, errno, text.reinterpret(Integer.MAX_VALUE).getString(0));
        }
    }
}
