package org.jbeam.vm.memory;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * Word and byte access to native memory by absolute address (contract 1 of the design).
 *
 * <p>Every heap, stack, register file, literal area and binary of the VM lives in native
 * memory and is addressed by a 64-bit address. Java reads and writes it through one global
 * segment that spans the whole address space; C2 compiles these accessors to plain loads
 * and stores. Callers are responsible for addresses being valid: only memory obtained from
 * {@link NativeAllocator} (or generated code's own areas) may be touched.
 */
public final class NativeMemory {
    /** The whole address space as one segment; reinterpreting NULL is the FFM idiom for it. */
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;

    private static final VarHandle ATOMIC_WORD = ValueLayout.JAVA_LONG.varHandle();

    /** Bytes per machine word; BEAM terms are one word each. */
    public static final int WORD_BYTES = 8;

    private NativeMemory() {}

    public static long word(long address) {
        return ALL.get(WORD, address);
    }

    public static void setWord(long address, long value) {
        ALL.set(WORD, address, value);
    }

    /** The word at {@code index} words past {@code base}. */
    public static long wordAt(long base, long index) {
        return ALL.get(WORD, base + index * WORD_BYTES);
    }

    public static void setWordAt(long base, long index, long value) {
        ALL.set(WORD, base + index * WORD_BYTES, value);
    }

    /** Atomically adds {@code delta} to the 8-aligned word at {@code address}; returns the old value. */
    public static long getAndAddWord(long address, long delta) {
        return (long) ATOMIC_WORD.getAndAdd(ALL, address, delta);
    }

    /** Atomically sets the 8-aligned word at {@code address} to {@code update} if it holds {@code expected}. */
    public static boolean compareAndSetWord(long address, long expected, long update) {
        return ATOMIC_WORD.compareAndSet(ALL, address, expected, update);
    }

    public static int intAt(long address) {
        return ALL.get(INT, address);
    }

    public static void setIntAt(long address, int value) {
        ALL.set(INT, address, value);
    }

    public static double doubleAt(long address) {
        return ALL.get(DOUBLE, address);
    }

    public static void setDoubleAt(long address, double value) {
        ALL.set(DOUBLE, address, value);
    }

    /** The unsigned byte at {@code address}. */
    public static int byteAt(long address) {
        return ALL.get(ValueLayout.JAVA_BYTE, address) & 0xFF;
    }

    public static void setByteAt(long address, int value) {
        ALL.set(ValueLayout.JAVA_BYTE, address, (byte) value);
    }

    public static void copy(long from, long to, long bytes) {
        MemorySegment.copy(ALL, from, ALL, to, bytes);
    }

    public static void fill(long address, long bytes, byte value) {
        ALL.asSlice(address, bytes).fill(value);
    }

    /** Copies {@code length} bytes from Java into native memory. */
    public static void copyIn(byte[] source, int offset, long to, int length) {
        MemorySegment.copy(source, offset, ALL, ValueLayout.JAVA_BYTE, to, length);
    }

    /** Copies {@code length} bytes from native memory into Java. */
    public static void copyOut(long from, byte[] target, int offset, int length) {
        MemorySegment.copy(ALL, ValueLayout.JAVA_BYTE, from, target, offset, length);
    }

    /** Copies {@code count} words from native memory into {@code target} from {@code offset}. */
    public static void copyOutWords(long from, long[] target, int offset, int count) {
        MemorySegment.copy(ALL, WORD, from, target, offset, count);
    }

    /** Copies {@code count} words of {@code source} from {@code offset} into native memory. */
    public static void copyInWords(long[] source, int offset, long to, int count) {
        MemorySegment.copy(source, offset, ALL, WORD, to, count);
    }

    public static byte[] bytes(long from, int length) {
        byte[] out = new byte[length];
        copyOut(from, out, 0, length);
        return out;
    }

    /** A segment view of native memory, for APIs (zlib, channels) that take segments. */
    public static MemorySegment segment(long address, long bytes) {
        return ALL.asSlice(address, bytes);
    }
}
