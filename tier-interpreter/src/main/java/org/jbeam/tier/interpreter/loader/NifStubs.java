package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.tier.interpreter.instr.CallOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.bif.Bif;

/**
 * Native implemented functions that jbeam provides in Java, as BEAM's {@code erl_nif.c} does
 * when {@code erlang:load_nif/2} patches a loaded module: a function of a module other than
 * {@code erlang} whose {@code Module:Function/Arity} is in the BIF table (say
 * {@code prim_file:get_cwd_nif/0}) has the first instruction of its body replaced by a call
 * of the Java code and a return. The Erlang stub body behind it (usually
 * {@code erlang:nif_error(undef)}) is never reached. Local calls, which do not go through the
 * export table, reach the Java code this way too.
 *
 * <p>One instance follows one translation pass in instruction order: a {@code func_info}
 * arms it, the labels and {@code line}s after it pass, the next instruction is the one
 * replaced. Both passes replace the same instructions, so instruction counts agree.
 */
final class NifStubs {
    private Bif pending;
    private int pendingArity;
    private String pendingName;

    /** The instructions {@code generic} becomes, the NIF call in place of a stub's first instruction. */
    List<Instruction> rewrite(GenericInstruction generic, RuleContext context, RewriteRules rules) {
        GenericOp op = generic.op();
        if (op == GenericOp.FUNC_INFO) {
            arm(generic, context);
            return rules.rewrite(generic, context);
        }
        if (pending == null || op == GenericOp.LABEL || op == GenericOp.LINE) {
            return rules.rewrite(generic, context);
        }
        List<Instruction> call = List.of(new CallOps.CallBifReturn(pendingArity, pending, pendingName, -1));
        pending = null;
        return call;
    }

    private void arm(GenericInstruction generic, RuleContext context) {
        OperandDecoder d = context.operands();
        long module = d.term(generic.operand(0));
        long function = d.term(generic.operand(1));
        int arity = d.unsigned(generic.operand(2));
        pending = module == Atoms.ERLANG ? null : context.bifs().find(module, function, arity);
        pendingArity = arity;
        pendingName = context.atoms().name(module) + ":" + context.atoms().name(function) + "/" + arity;
    }
}
