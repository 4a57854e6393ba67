package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.tier.interpreter.instr.BifOps;
import org.jbeam.tier.interpreter.instr.DataOps;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.FloatOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.Target;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.loader.ResolvedImport;

/** Rewrite rules for list and tuple instructions, guard BIF calls and float registers. */
final class DataRules {
    private DataRules() {}

    static void addTo(RewriteRules t) {
        t.one(GenericOp.GET_LIST, (g, d) -> new DataOps.GetList(d.source(g.operand(0)), d.target(g.operand(1)),
                d.target(g.operand(2))));
        t.one(GenericOp.GET_HD, (g, d) -> new DataOps.GetHd(d.source(g.operand(0)), d.target(g.operand(1))));
        t.one(GenericOp.GET_TL, (g, d) -> new DataOps.GetTl(d.source(g.operand(0)), d.target(g.operand(1))));
        t.one(GenericOp.PUT_LIST, (g, d) -> new DataOps.PutList(d.source(g.operand(0)), d.source(g.operand(1)),
                d.target(g.operand(2))));
        t.one(GenericOp.PUT_TUPLE2, (g, d) -> new DataOps.PutTuple2(d.target(g.operand(0)),
                d.list(g.operand(1)).stream().map(d::source).toArray(Source[]::new)));
        t.one(GenericOp.GET_TUPLE_ELEMENT, (g, d) -> new DataOps.GetTupleElement(d.source(g.operand(0)),
                d.unsigned(g.operand(1)), d.target(g.operand(2))));
        t.one(GenericOp.SET_TUPLE_ELEMENT, (g, d) -> new DataOps.SetTupleElement(d.source(g.operand(0)),
                d.source(g.operand(1)), d.unsigned(g.operand(2))));
        addBifs(t);
        addFloats(t);
    }

    private static void addBifs(RewriteRules t) {
        // bif0 Bif Dst | bif1/bif2 Fail Bif Args.. Dst | gc_bifN Fail Live Bif Args.. Dst
        t.add(GenericOp.BIF0, (g, c) -> List.of(bif(g, c, -1, 0, 0)));
        t.add(GenericOp.BIF1, (g, c) -> List.of(bif(g, c, 0, 1, 1)));
        t.add(GenericOp.BIF2, (g, c) -> List.of(bif(g, c, 0, 1, 2)));
        t.add(GenericOp.GC_BIF1, (g, c) -> gcBif(g, c, 1));
        t.add(GenericOp.GC_BIF2, (g, c) -> gcBif(g, c, 2));
        t.add(GenericOp.GC_BIF3, (g, c) -> gcBif(g, c, 3));
    }

    /**
     * A gc_bif: the BIF, then the collection point of {@link HeapRules}. {@code length/1} becomes
     * a setup and a walk that can yield (OTP's {@code i_length_setup} and {@code i_length}).
     */
    private static List<Instruction> gcBif(GenericInstruction g, RuleContext c, int arity) {
        OperandDecoder d = c.operands();
        Target result = d.target(g.operand(3 + arity));
        ResolvedImport target = d.importEntry(g.operand(2));
        if (arity == 1 && target.module().equals("erlang") && target.function().equals("length")) {
            int live = d.unsigned(g.operand(1));
            return HeapRules.gcBif(g, d, result, new BifOps.LengthSetup(live, d.source(g.operand(3))),
                    new BifOps.Length(d.label(g.operand(0)), live, result));
        }
        return HeapRules.gcBif(g, d, result, bif(g, c, 0, 2, arity));
    }

    /**
     * @param failAt the operand index of the fail label, or -1 when the form has none
     * @param bifAt the operand index of the BIF's import
     */
    private static Instruction bif(GenericInstruction g, RuleContext c, int failAt, int bifAt, int arity) {
        OperandDecoder d = c.operands();
        int fail = failAt < 0 ? Instruction.RAISE : d.label(g.operand(failAt));
        ResolvedImport target = d.importEntry(g.operand(bifAt));
        Source[] args = new Source[arity];
        for (int i = 0; i < arity; i++) {
            args[i] = d.source(g.operand(bifAt + 1 + i));
        }
        Target result = d.target(g.operand(bifAt + 1 + arity));
        boolean erlang = target.module().equals("erlang") && arity == 2;
        if (erlang && target.function().equals("+")) {
            return new BifOps.Add(fail, args[0], args[1], result);
        }
        if (erlang && target.function().equals("-")) {
            return new BifOps.Subtract(fail, args[0], args[1], result);
        }
        Bif bif = c.bifs().find(c.atoms().atom(target.module()), c.atoms().atom(target.function()), arity);
        if (bif == null) {
            return new ErrorOps.NotImplemented(g.op(), g.offset());
        }
        String name = target.module() + ":" + target.function() + "/" + arity;
        return new BifOps.CallGuardBif(fail, bif, name, args, result);
    }

    private static void addFloats(RewriteRules t) {
        t.one(GenericOp.FMOVE, DataRules::floatMove);
        t.one(GenericOp.FCONV, (g, d) -> new FloatOps.FloatConvert(d.source(g.operand(0)),
                d.floatRegister(g.operand(1))));
        t.one(GenericOp.FADD, (g, d) -> new FloatOps.FloatAdd(d.floatRegister(g.operand(1)),
                d.floatRegister(g.operand(2)), d.floatRegister(g.operand(3))));
        t.one(GenericOp.FSUB, (g, d) -> new FloatOps.FloatSubtract(d.floatRegister(g.operand(1)),
                d.floatRegister(g.operand(2)), d.floatRegister(g.operand(3))));
        t.one(GenericOp.FMUL, (g, d) -> new FloatOps.FloatMultiply(d.floatRegister(g.operand(1)),
                d.floatRegister(g.operand(2)), d.floatRegister(g.operand(3))));
        t.one(GenericOp.FDIV, (g, d) -> new FloatOps.FloatDivide(d.floatRegister(g.operand(1)),
                d.floatRegister(g.operand(2)), d.floatRegister(g.operand(3))));
        t.one(GenericOp.FNEGATE, (g, d) -> new FloatOps.FloatNegate(d.floatRegister(g.operand(1)),
                d.floatRegister(g.operand(2))));
    }

    private static Instruction floatMove(GenericInstruction g, OperandDecoder d) {
        Operand from = g.operand(0);
        Operand to = g.operand(1);
        if (d.isFloatRegister(from) && d.isFloatRegister(to)) {
            return new FloatOps.FloatCopy(d.floatRegister(from), d.floatRegister(to));
        }
        if (d.isFloatRegister(from)) {
            return new FloatOps.FloatStore(d.floatRegister(from), d.target(to));
        }
        return new FloatOps.FloatLoad(d.source(from), d.floatRegister(to));
    }
}
