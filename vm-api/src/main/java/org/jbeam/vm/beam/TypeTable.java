package org.jbeam.vm.beam;

/**
 * The {@code Type} chunk header ({@code beam_asm}: {@code BEAM_TYPES_VERSION}, count) and its
 * entries kept as written; the tiers that exploit types decode them. When the chunk is absent
 * or of another version, OTP assumes a single "any" type, and so does {@link #fallback()}.
 */
public record TypeTable(int version, int count, byte[] entries) {
    public static TypeTable fallback() {
        return new TypeTable(-1, 1, new byte[0]);
    }
}
