package org.jbeam.tier.template.ops;

/** Stack frames and heap needs (OTP's {@code allocate*}, {@code deallocate}, {@code trim}, {@code test_heap}). */
public final class FrameOps {
    private FrameOps() {}

    /** {@code allocate[_zero] N}: a frame of N Y registers holding the CP register; zeroed ones hold {@code []}. */
    public record Allocate(int yCount, boolean zero) implements Op {}

    /** {@code deallocate N}: the frame's saved CP back into the CP register, the frame popped. */
    public record Deallocate(int yCount) implements Op {}

    /** {@code test_heap Need Live}: collect, keeping X0..X(live-1), unless {@code needWords} words fit. */
    public record TestHeap(long needWords, int live) implements Op {}

    /** {@code trim N _}: drop Y0..Y(N-1), keeping the saved CP at the new frame pointer. */
    public record Trim(int dropped) implements Op {}
}
