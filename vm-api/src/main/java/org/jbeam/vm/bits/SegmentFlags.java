package org.jbeam.vm.bits;

import java.nio.ByteOrder;

/**
 * A segment's field flags as the {@code .beam} file encodes them (OTP's {@code BSF_LITTLE},
 * {@code BSF_SIGNED}, {@code BSF_NATIVE}); other bits (such as {@code BSF_ALIGNED}) mean nothing
 * to the semantics and are ignored.
 */
public final class SegmentFlags {
    public static final int LITTLE = 0x02;
    public static final int SIGNED = 0x04;
    public static final int NATIVE = 0x10;

    /** What OTP's {@code native} endianness means on this machine. */
    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private SegmentFlags() {}

    /** Whether a segment with these flags is little-endian ({@code little}, or {@code native} here). */
    public static boolean isLittle(int flags) {
        return (flags & LITTLE) != 0 || ((flags & NATIVE) != 0 && NATIVE_LITTLE);
    }

    public static boolean isSigned(int flags) {
        return (flags & SIGNED) != 0;
    }
}
