package org.jbeam.tier.template.ops;

/**
 * Messages (OTP's {@code msg_instrs}): {@code send}, the receive loop ({@code loop_rec},
 * {@code loop_rec_end}, {@code remove_message}, {@code wait}, {@code wait_timeout},
 * {@code timeout}) and the receive markers (OTP 24's optimisation of a receive of a fresh
 * reference; jbeam's mailbox scans from its save pointer, so only {@code recv_marker_reserve}'s
 * result is kept).
 */
public final class MessageOps {
    private MessageOps() {}

    /** {@code send}: X0 ! X1, the message as the result in X0. */
    public record Send() implements Op {}

    /** {@code loop_rec Fail Dst}: the message under the save pointer to Dst; none: jump to {@code fail}. */
    public record LoopRec(int fail, Register target) implements Op {}

    /** {@code loop_rec_end Loop}: the save pointer moves on; back to the loop (a reduction counted). */
    public record LoopRecEnd(int loop) implements Op {}

    /** {@code remove_message}: the matched message leaves the queue, its data joins the heap. */
    public record RemoveMessage() implements Op {}

    /** {@code wait Loop}: the process waits for a message, then runs the loop again. */
    public record Wait(int loop) implements Op {}

    /** {@code wait_timeout Loop Time}: waits at most {@code time} ms; when it has passed, goes on to {@code timeout}. */
    public record WaitTimeout(int loop, Source time) implements Op {}

    /** {@code timeout}: the save pointer back to the first message, the timer cleared. */
    public record Timeout() implements Op {}

    /** {@code recv_marker_reserve Dst}: a marker the other marker instructions take (jbeam: 0). */
    public record RecvMarkerReserve(Register target) implements Op {}
}
