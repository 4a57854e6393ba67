package org.jbeam.vm.loader;

import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.Operand;

/**
 * The operands whose meaning depends on the instruction, as OTP's {@code genop.tab} and
 * {@code beam_disasm:resolve_inst/4} define them: import indices of calls and BIFs, fun
 * indices of {@code make_fun2}/{@code make_fun3}, line items, and string-table ranges of the
 * bit-syntax string instructions. Each must be a {@code u} operand inside its table.
 */
final class OperandRoles {
    private OperandRoles() {}

    static void check(BeamFile file, GenericInstruction instruction) throws BeamLoadException {
        switch (instruction.op()) {
            case CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY -> checkCall(file, instruction);
            case BIF0 -> index(file, instruction, 0, file.imports().size(), "import");
            case BIF1, BIF2 -> index(file, instruction, 1, file.imports().size(), "import");
            case GC_BIF1, GC_BIF2, GC_BIF3 -> index(file, instruction, 2, file.imports().size(), "import");
            case MAKE_FUN2, MAKE_FUN3 -> index(file, instruction, 0, file.lambdas().size(), "fun");
            case LINE -> checkLine(file, instruction);
            case BS_PUT_STRING -> checkString(file, instruction, unsigned(file, instruction, 0, "length"),
                    unsigned(file, instruction, 1, "string offset"));
            case BS_MATCH_STRING -> checkString(file, instruction,
                    (unsigned(file, instruction, 2, "bit count") + 7) / 8,
                    unsigned(file, instruction, 3, "string offset"));
            default -> { }
        }
    }

    /** The callee must exist and its arity must be the call's. */
    private static void checkCall(BeamFile file, GenericInstruction instruction) throws BeamLoadException {
        long arity = unsigned(file, instruction, 0, "arity");
        int index = index(file, instruction, 1, file.imports().size(), "import");
        if (file.imports().get(index).arity() != arity) {
            throw error(file, instruction, "calls import " + index + " of arity "
                    + file.imports().get(index).arity() + " with " + arity + " arguments");
        }
    }

    private static void checkLine(BeamFile file, GenericInstruction instruction) throws BeamLoadException {
        long item = unsigned(file, instruction, 0, "line item");
        // Without a (version 0) Line chunk OTP drops line instructions, so any index is harmless.
        if (file.lineTable().isPresent() && item >= file.lineTable().get().itemCount()) {
            throw error(file, instruction, "line item " + item + " exceeds the "
                    + file.lineTable().get().itemCount() + " items");
        }
    }

    private static void checkString(BeamFile file, GenericInstruction instruction, long length, long offset)
            throws BeamLoadException {
        int size = file.strings().length;
        if (length < 0 || length > size || offset > size - length) {
            throw error(file, instruction, "string of " + length + " bytes at " + offset + " exceeds the "
                    + file.strings().length + "-byte string table");
        }
    }

    private static int index(BeamFile file, GenericInstruction instruction, int position, int size, String what)
            throws BeamLoadException {
        long index = unsigned(file, instruction, position, what + " index");
        if (index >= size) {
            throw error(file, instruction, what + " index " + index + " exceeds the " + size + " entries");
        }
        return (int) index;
    }

    private static long unsigned(BeamFile file, GenericInstruction instruction, int position, String what)
            throws BeamLoadException {
        if (!(instruction.operand(position) instanceof Operand.Unsigned(long value))) {
            throw error(file, instruction, what + " operand " + instruction.operand(position) + " is not tagged u");
        }
        return value;
    }

    private static BeamLoadException error(BeamFile file, GenericInstruction instruction, String reason) {
        return new BeamLoadException(file.source(), "Code", instruction.offset(),
                instruction.op().opName() + ": " + reason);
    }
}
