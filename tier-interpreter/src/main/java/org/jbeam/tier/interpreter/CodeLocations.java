package org.jbeam.tier.interpreter;

import java.util.Arrays;
import java.util.List;

import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.loader.SourceLocations;

/**
 * Where each instruction of an interpreted module comes from: the function that holds it (as
 * its {@code func_info} names it) and its source location, as OTP's
 * {@code erts_lookup_function_info} finds them. BEAM records the address each {@code line}
 * instruction stands before and looks an address up as the last such record at or before it;
 * here every specific instruction carries the line item of the last {@code line} instruction
 * met in code order, which gives the same answer without a search.
 */
public final class CodeLocations {
    private static final int NO_FUNCTION = -1;

    private final long moduleAtom;
    private final long[] functionNames;
    private final int[] functionArities;
    private final int[] functionOf;
    private final int[] lineItemOf;
    private final SourceLocations sources;

    private CodeLocations(LoadedModule module, long[] functionNames, int[] functionArities, int[] functionOf,
            int[] lineItemOf) {
        this.moduleAtom = module.moduleAtom();
        this.functionNames = functionNames;
        this.functionArities = functionArities;
        this.functionOf = functionOf;
        this.lineItemOf = lineItemOf;
        this.sources = new SourceLocations(module);
    }

    /**
     * @param start per generic instruction, the index of its first specific instruction (one
     *     more entry than the code, ending at the specific code's length)
     */
    public static CodeLocations of(LoadedModule module, int[] start) {
        List<GenericInstruction> code = module.code();
        int size = start[code.size()];
        int[] functionOf = new int[size];
        int[] lineItemOf = new int[size];
        long[] names = new long[code.size()];
        int[] arities = new int[code.size()];
        int functions = 0;
        int function = NO_FUNCTION;
        int lineItem = 0;
        for (int g = 0; g < code.size(); g++) {
            GenericInstruction instruction = code.get(g);
            if (instruction.op() == GenericOp.LINE) {
                lineItem = (int) unsigned(instruction.operand(0));
            } else if (instruction.op() == GenericOp.FUNC_INFO) {
                names[functions] = module.atoms()[((Operand.Atom) instruction.operand(1)).index()];
                arities[functions] = (int) unsigned(instruction.operand(2));
                function = functions++;
            }
            for (int s = start[g]; s < start[g + 1]; s++) {
                functionOf[s] = function;
                lineItemOf[s] = lineItem;
            }
        }
        return new CodeLocations(module, Arrays.copyOf(names, functions), Arrays.copyOf(arities, functions),
                functionOf, lineItemOf);
    }

    private static long unsigned(Operand operand) {
        return switch (operand) {
            case Operand.Unsigned u -> u.value();
            case Operand.IntegerValue i -> i.value();
            default -> 0;
        };
    }

    public long moduleAtom() {
        return moduleAtom;
    }

    /** Whether instruction {@code index} lies inside a function (not before the first {@code func_info}). */
    public boolean hasFunction(int index) {
        return index >= 0 && index < functionOf.length && functionOf[index] != NO_FUNCTION;
    }

    public long functionName(int index) {
        return functionNames[functionOf[index]];
    }

    public int functionArity(int index) {
        return functionArities[functionOf[index]];
    }

    /**
     * The location list of instruction {@code index}: {@code [{file,F},{line,L}]}, or
     * {@code []} when the line is unknown ({@link SourceLocations}).
     */
    public long location(HeapAllocator heap, int index) {
        return sources.location(heap, lineItemOf[index]);
    }
}
