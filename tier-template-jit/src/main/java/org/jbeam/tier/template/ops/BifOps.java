package org.jbeam.tier.template.ops;

/** BIF calls inside expressions and guards (OTP's {@code instr_bif}, {@code instr_arith}). */
public final class BifOps {
    private BifOps() {}

    /**
     * {@code bif0..2} and {@code gc_bif1..3}: the BIF of {@link BifSite} {@code site} called through
     * a helper with {@code args}; on failure jump to {@code fail}, or raise when it is 0.
     */
    public record CallGuardBif(int fail, int site, Source[] args, Register target) implements Op {}

    /**
     * {@code gc_bif2} of an {@link ArithOp}: two small integers whose result fits, or two floats
     * with a finite result, are done inline; anything else (bignums, mixed operands, overflow,
     * errors) calls the BIF of {@code site}.
     */
    public record Arith(ArithOp op, int fail, int site, Source a, Source b, Register target) implements Op {}

    /**
     * A {@link TermBif}: a well-formed argument is read inline; anything else calls the BIF of
     * {@code site}, which raises (or fails to {@code fail}) as erl does.
     */
    public record TermAccess(TermBif bif, int fail, int site, Source[] args, Register target) implements Op {}
}
