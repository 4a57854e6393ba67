package org.jbeam.tier.interpreter.loader;

import org.jbeam.tier.interpreter.instr.MessageOps;
import org.jbeam.vm.beam.GenericOp;

/** Rewrite rules for sending and receiving; one specific instruction per generic one. */
final class MessageRules {
    private MessageRules() {}

    static void addTo(RewriteRules t) {
        t.one(GenericOp.SEND, (g, d) -> new MessageOps.Send());
        t.one(GenericOp.LOOP_REC, (g, d) -> new MessageOps.LoopRec(d.label(g.operand(0)), d.target(g.operand(1))));
        t.one(GenericOp.LOOP_REC_END, (g, d) -> new MessageOps.LoopRecEnd(d.label(g.operand(0))));
        t.one(GenericOp.REMOVE_MESSAGE, (g, d) -> new MessageOps.RemoveMessage());
        t.one(GenericOp.WAIT, (g, d) -> new MessageOps.Wait(d.label(g.operand(0))));
        t.one(GenericOp.WAIT_TIMEOUT, (g, d) -> new MessageOps.WaitTimeout(d.label(g.operand(0)),
                d.source(g.operand(1))));
        t.one(GenericOp.TIMEOUT, (g, d) -> new MessageOps.Timeout());
        t.one(GenericOp.RECV_MARKER_RESERVE, (g, d) -> new MessageOps.RecvMarkerReserve(d.target(g.operand(0))));
        t.one(GenericOp.RECV_MARKER_BIND, (g, d) -> new MessageOps.RecvMarkerNoOp());
        t.one(GenericOp.RECV_MARKER_CLEAR, (g, d) -> new MessageOps.RecvMarkerNoOp());
        t.one(GenericOp.RECV_MARKER_USE, (g, d) -> new MessageOps.RecvMarkerNoOp());
    }
}
