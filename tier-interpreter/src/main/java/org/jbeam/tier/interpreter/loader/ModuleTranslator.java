package org.jbeam.tier.interpreter.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.jbeam.tier.interpreter.CodeLocations;
import org.jbeam.tier.interpreter.InterpretedModule;
import org.jbeam.tier.interpreter.Opcodes;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;

/**
 * Pre-decodes a loaded module into one instruction array. Two passes over the generic code:
 * the first counts what each generic instruction becomes, which places every label; the
 * second rewrites again with labels resolved to instruction indices.
 */
public final class ModuleTranslator {
    private final RewriteRules rules;
    private final BifTable bifs;
    private final AtomTable atoms;

    public ModuleTranslator(RewriteRules rules, BifTable bifs, AtomTable atoms) {
        this.rules = rules;
        this.bifs = bifs;
        this.atoms = atoms;
    }

    /**
     * One more than the highest X register the module's code names, at least the arity of each
     * of its functions and calls: no process stopped in this module holds a live X register
     * beyond it.
     */
    static int liveXBound(LoadedModule module) {
        int bound = 1;
        for (GenericInstruction instruction : module.code()) {
            for (Operand operand : instruction.operands()) {
                bound = Math.max(bound, xBound(operand));
            }
        }
        for (var function : module.functions()) {
            bound = Math.max(bound, function.arity() + 1);
        }
        return Math.min(bound + 1, org.jbeam.vm.process.ErlangProcess.X_REGISTERS);
    }

    private static int xBound(Operand operand) {
        return switch (operand) {
            case Operand.XRegister x -> x.index() + 1;
            case Operand.TypedRegister t when t.register() instanceof Operand.XRegister x -> x.index() + 1;
            case Operand.OperandList list -> list.elements().stream().mapToInt(ModuleTranslator::xBound).max().orElse(0);
            case Operand.IntegerValue n when n.value() >= 0 && n.value() < 256 -> (int) n.value() + 1;
            default -> 0;
        };
    }

    /**
     * The module's code as interpreter instructions.
     *
     * @param catches registers the module's handlers; it is consulted only in the second pass,
     *     once instruction indices are final
     */
    public InterpretedModule translate(LoadedModule module, int id, CatchTable catches) {
        List<GenericInstruction> code = module.code();
        int[] start = new int[code.size() + 1];
        try (HeapFragments scratch = new HeapFragments()) {
            RuleContext counting = context(module, scratch, label -> 0, handler -> 0);
            NifStubs countingNifs = new NifStubs();
            for (int i = 0; i < code.size(); i++) {
                start[i + 1] = start[i] + countingNifs.rewrite(code.get(i), counting, rules).size();
            }
        }
        HeapFragments literalArea = new HeapFragments();
        int[] labels = module.labels();
        RuleContext resolving = context(module, literalArea, label -> start[labels[label]], catches);
        List<Instruction> out = new ArrayList<>(start[code.size()]);
        NifStubs nifs = new NifStubs();
        for (GenericInstruction generic : code) {
            out.addAll(nifs.rewrite(generic, resolving, rules));
        }
        Instruction[] instructions = out.toArray(Instruction[]::new);
        return new InterpretedModule(id, module, instructions, Opcodes.of(instructions), liveXBound(module), start,
                literalArea,
                CodeLocations.of(module, start));
    }

    private RuleContext context(LoadedModule module, HeapFragments area, IntUnaryOperator labels,
            CatchTable catches) {
        return new RuleContext(new OperandDecoder(module.atoms(), module.literals(), module.imports(), area, labels),
                bifs, atoms, catches, module.funs(), module.file().strings());
    }
}
