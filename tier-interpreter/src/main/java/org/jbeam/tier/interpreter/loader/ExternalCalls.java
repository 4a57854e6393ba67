package org.jbeam.tier.interpreter.loader;

import org.jbeam.tier.interpreter.instr.ApplyOps;
import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.loader.ResolvedImport;

/**
 * The rule for {@code call_ext}, {@code call_ext_only} and {@code call_ext_last}: a call of an
 * import that is a BIF calls the Java BIF directly (OTP's loader makes such calls
 * {@code call_bif}); any other goes through the import's export entry.
 */
final class ExternalCalls {
    private ExternalCalls() {}

    /**
     * @param last whether the call ends the function (the {@code _only}/{@code _last} forms)
     * @param deallocate the frame size {@code call_ext_last} drops (-1 for {@code _only}, which has no frame)
     */
    static Instruction call(GenericInstruction g, RuleContext c, boolean last, int deallocate) {
        int arity = c.operands().unsigned(g.operand(0));
        ResolvedImport target = c.operands().importEntry(g.operand(1));
        if (target.module().equals("erlang") && target.function().equals("apply") && (arity == 2 || arity == 3)) {
            int drop = !last ? -1 : g.op() == GenericOp.CALL_EXT_ONLY ? ApplyOps.ONLY : deallocate;
            return arity == 3 ? new ApplyOps.ApplyMfa(drop) : new ApplyOps.ApplyFun(drop);
        }
        if (target.module().equals("erlang") && target.function().equals("hibernate") && arity == 3) {
            return new ApplyOps.Hibernate();
        }
        if (target.module().equals("erlang") && target.function().equals("call_on_load_function") && arity == 1) {
            return new ApplyOps.CallOnLoad(!last ? -1 : g.op() == GenericOp.CALL_EXT_ONLY ? ApplyOps.ONLY : deallocate);
        }
        Bif bif = c.bifs().find(c.atoms().atom(target.module()), c.atoms().atom(target.function()), arity);
        if (bif != null) {
            String name = target.module() + ":" + target.function() + "/" + arity;
            return last ? new CallOps.CallBifReturn(arity, bif, name, deallocate)
                    : new CallOps.CallBif(arity, bif, name);
        }
        if (!last) {
            return new CallOps.CallExt(arity, target.exportEntry());
        }
        return g.op() == GenericOp.CALL_EXT_ONLY ? new CallOps.CallExtOnly(arity, target.exportEntry())
                : new CallOps.CallExtLast(arity, target.exportEntry(), deallocate);
    }
}
