package org.jbeam.tier.template.ops;

/** Bit-syntax instructions (OTP's {@code instr_bs}): each is a {@link BitsSite} the BITS helper carries out. */
public final class BitsOps {
    private BitsOps() {}

    /**
     * A bit-syntax instruction, as {@link BitsSite} {@code site} of the module describes it
     * ({@code detail}, for templates that do some cases inline); when it fails, jump to
     * {@code fail} (0: it raises, or cannot fail).
     */
    public record BitsInstruction(int site, int fail, BitsSite detail) implements Op {}
}
