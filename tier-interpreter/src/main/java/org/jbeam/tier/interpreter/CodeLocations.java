package org.jbeam.tier.interpreter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.LineTable;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

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
    private final Optional<LineTable> lines;
    private final String moduleFile;
    /** Each file name's code points (index 0: the module's own file): a stack trace builds its string often. */
    private final int[][] fileCodePoints;

    private CodeLocations(LoadedModule module, long[] functionNames, int[] functionArities, int[] functionOf,
            int[] lineItemOf) {
        this.moduleAtom = module.moduleAtom();
        this.functionNames = functionNames;
        this.functionArities = functionArities;
        this.functionOf = functionOf;
        this.lineItemOf = lineItemOf;
        this.lines = module.lineTable();
        // File index 0 is implicit: beam_load.c names it after the module, whatever path erlc read.
        this.moduleFile = module.name() + ".erl";
        List<String> names = lines.map(LineTable::fileNames).orElse(List.of());
        this.fileCodePoints = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            fileCodePoints[i] = (name == null ? moduleFile : name).codePoints().toArray();
        }
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
     * {@code []} when the module has no line table or the line is unknown (0), as
     * {@code erts_build_mfa_item} leaves it out.
     */
    public long location(HeapAllocator heap, int index, long fileAtom, long lineAtom) {
        if (lines.isEmpty()) {
            return TermTags.NIL;
        }
        LineTable table = lines.get();
        int item = lineItemOf[index];
        if (item <= 0 || item >= table.itemCount() || table.lines()[item] == 0) {
            return TermTags.NIL;
        }
        int nameIndex = table.nameIndices()[item];
        long file = Tuples.make(heap, fileAtom, string(heap, fileCodePoints[nameIndex]));
        long line = Tuples.make(heap, lineAtom, TermTags.makeSmall(table.lines()[item]));
        return Lists.of(heap, file, line);
    }

    private static long string(HeapAllocator heap, int[] codePoints) {
        long list = TermTags.NIL;
        for (int i = codePoints.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(codePoints[i]), list);
        }
        return list;
    }
}
