package org.jbeam.tier.interpreter.instr;

/**
 * Sending and receiving (OTP's {@code instr_msg.cpp}, {@code msg_instrs.tab}): {@code send},
 * the receive loop {@code loop_rec}/{@code loop_rec_end}/{@code remove_message}, the waits and
 * {@code timeout}, and the receive markers (no-ops here: a receive always scans from the oldest
 * message).
 */
public sealed interface MessageOps extends Instruction {
    /** {@code send}: X0 ! X1, the message left in X0. */
    record Send() implements MessageOps {}

    /** {@code loop_rec Fail Dst}: the message under the save pointer to {@code Dst}, or jump to {@code Fail}. */
    record LoopRec(int fail, Target target) implements MessageOps {}

    /** {@code loop_rec_end Loop}: move the save pointer on and go back to the {@code loop_rec}. */
    record LoopRecEnd(int loop) implements MessageOps {}

    record RemoveMessage() implements MessageOps {}

    /** {@code wait Loop}: wait for a message, then go to the {@code loop_rec} at {@code Loop}. */
    record Wait(int loop) implements MessageOps {}

    /** {@code wait_timeout Loop Time}: as {@code wait}, falling through once {@code Time} ms passed. */
    record WaitTimeout(int loop, Source time) implements MessageOps {}

    record Timeout() implements MessageOps {}

    /** {@code recv_marker_reserve Dst}: a marker term to {@code Dst}. */
    record RecvMarkerReserve(Target target) implements MessageOps {}

    /** {@code recv_marker_bind}, {@code recv_marker_clear}, {@code recv_marker_use}: nothing to do. */
    record RecvMarkerNoOp() implements MessageOps {}
}
