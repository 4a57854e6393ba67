package org.jbeam.tier.template.ops;

/** Moves between registers (OTP's {@code move}, {@code swap}, {@code init_yregs}). */
public final class MoveOps {
    private MoveOps() {}

    public record Move(Source source, Register target) implements Op {}

    public record Swap(Register a, Register b) implements Op {}

    /** {@code init_yregs} (and the old {@code init}): the Y registers become {@code []}. */
    public record InitY(int[] yRegisters) implements Op {}
}
