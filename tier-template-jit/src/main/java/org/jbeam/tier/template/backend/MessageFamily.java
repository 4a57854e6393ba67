package org.jbeam.tier.template.backend;

import org.jbeam.tier.template.ops.MessageOps;

/** Send and receive (OTP's {@code msg_instrs}). */
public interface MessageFamily {
    void send(MessageOps.Send op);

    void loopRec(MessageOps.LoopRec op);

    void loopRecEnd(MessageOps.LoopRecEnd op);

    void removeMessage(MessageOps.RemoveMessage op);

    void await(MessageOps.Wait op);

    void waitTimeout(MessageOps.WaitTimeout op);

    void timeout(MessageOps.Timeout op);

    void recvMarkerReserve(MessageOps.RecvMarkerReserve op);
}
