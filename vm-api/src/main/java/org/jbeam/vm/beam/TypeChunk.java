package org.jbeam.vm.beam;

/**
 * Constants of the {@code Type} chunk as OTP 25 writes it ({@code beam_types:encode_ext/1}):
 * version 1, and each entry a 16-bit type-union bit set followed by a signed 64-bit minimum
 * and maximum of the integer range.
 */
public final class TypeChunk {
    private TypeChunk() {}

    /** OTP 25's {@code BEAM_TYPES_VERSION}. */
    public static final int VERSION = 1;
    public static final int ENTRY_BYTES = 18;
}
