package org.jbeam.vm.loader;

import java.util.Arrays;
import java.util.List;

import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;

/**
 * Checks the generic instructions of one module before anything runs them (design
 * contract 5), the checks OTP's {@code beam_load.c} and {@code beam_file.c} make while
 * loading: every operand refers to something that exists (atom, label, literal, import, fun,
 * line item, string range, type), register numbers are in range, label definitions are
 * unique, every {@code func_info} is followed by its entry label, the function count matches
 * the header, and the code ends with {@code int_code_end}.
 */
final class CodeValidator {
    /** OTP's {@code MAX_REG}: X and float registers are numbered below it. */
    static final int MAX_REG = 1024;
    /** Far above any frame the compiler makes; bounds what a tier must reserve. */
    static final int MAX_Y = 1 << 16;
    private static final int MAX_ARITY = 255;

    private final BeamFile file;
    private final List<GenericInstruction> code;
    private final int[] labels;

    /** A function as its {@code func_info} and entry label define it. */
    record Function(int functionAtom, int arity, int entryLabel, int entryIndex) {}

    private CodeValidator(BeamFile file, List<GenericInstruction> code) {
        this.file = file;
        this.code = code;
        this.labels = new int[file.code().labelCount()];
        Arrays.fill(labels, -1);
    }

    /** Validates {@code code}; returns the label table (label number to instruction index). */
    static int[] validate(BeamFile file, List<GenericInstruction> code, List<Function> functions)
            throws BeamLoadException {
        CodeValidator validator = new CodeValidator(file, code);
        validator.defineLabels();
        validator.checkStructure(functions);
        for (GenericInstruction instruction : code) {
            validator.checkOperands(instruction);
            OperandRoles.check(file, instruction);
        }
        return validator.labels;
    }

    private void defineLabels() throws BeamLoadException {
        for (int i = 0; i < code.size(); i++) {
            GenericInstruction instruction = code.get(i);
            if (instruction.op() != GenericOp.LABEL) {
                continue;
            }
            if (!(instruction.operand(0) instanceof Operand.Unsigned(long number))
                    || number < 1 || number >= labels.length) {
                throw error(instruction, "label " + instruction.operand(0) + " is not between 1 and "
                        + (labels.length - 1));
            }
            if (labels[(int) number] >= 0) {
                throw error(instruction, "label " + number + " is defined twice");
            }
            labels[(int) number] = i;
        }
    }

    private void checkStructure(List<Function> functions) throws BeamLoadException {
        if (code.isEmpty() || code.getLast().op() != GenericOp.INT_CODE_END) {
            throw new BeamLoadException(file.source(), "Code", file.code().codeOffset() + file.code().codeSize(),
                    "code does not end with int_code_end");
        }
        for (int i = 0; i < code.size(); i++) {
            GenericInstruction instruction = code.get(i);
            switch (instruction.op()) {
                case INT_CODE_END -> {
                    if (i != code.size() - 1) {
                        throw error(instruction, "int_code_end before the end of the code");
                    }
                }
                case FUNC_INFO -> functions.add(function(i, instruction));
                case LABEL, LINE -> { }
                default -> {
                    if (functions.isEmpty()) {
                        throw error(instruction, instruction.op().opName() + " before the first func_info");
                    }
                }
            }
        }
        if (functions.size() != file.code().functionCount()) {
            throw new BeamLoadException(file.source(), "Code", file.code().codeOffset() - 4,
                    "header declares " + file.code().functionCount() + " functions, the code has "
                            + functions.size());
        }
    }

    private Function function(int index, GenericInstruction info) throws BeamLoadException {
        if (!(info.operand(0) instanceof Operand.Atom(int module)) || module != 1
                || !(info.operand(1) instanceof Operand.Atom(int name))
                || !(info.operand(2) instanceof Operand.Unsigned(long arity)) || arity > MAX_ARITY) {
            throw error(info, "func_info operands " + info.operands() + " are not this module, an atom and an arity");
        }
        if (index + 1 >= code.size() || code.get(index + 1).op() != GenericOp.LABEL) {
            throw error(info, "func_info is not followed by the function's entry label");
        }
        int entryLabel = (int) ((Operand.Unsigned) code.get(index + 1).operand(0)).value();
        return new Function(name, (int) arity, entryLabel, index + 1);
    }

    private void checkOperands(GenericInstruction instruction) throws BeamLoadException {
        for (Operand operand : instruction.operands()) {
            checkOperand(instruction, operand);
        }
    }

    private void checkOperand(GenericInstruction instruction, Operand operand) throws BeamLoadException {
        switch (operand) {
            case Operand.Atom(int index) -> {
                if (index > file.atoms().size()) {
                    throw error(instruction, "atom index " + index + " exceeds the " + file.atoms().size() + " atoms");
                }
            }
            case Operand.XRegister(int index) -> {
                if (index >= MAX_REG) {
                    throw error(instruction, "x(" + index + ") is not below " + MAX_REG);
                }
            }
            case Operand.YRegister(int index) -> {
                if (index >= MAX_Y) {
                    throw error(instruction, "y(" + index + ") is not below " + MAX_Y);
                }
            }
            case Operand.FloatRegister(int index) -> {
                if (index >= MAX_REG) {
                    throw error(instruction, "fr(" + index + ") is not below " + MAX_REG);
                }
            }
            case Operand.Label(int number) -> checkLabel(instruction, number);
            case Operand.Literal(int index) -> {
                if (index >= file.literals().size()) {
                    throw error(instruction, "literal " + index + " exceeds the " + file.literals().size() + " literals");
                }
            }
            case Operand.Character(int codePoint) -> {
                if (codePoint > Character.MAX_CODE_POINT) {
                    throw error(instruction, "character " + codePoint + " is not a code point");
                }
            }
            case Operand.TypedRegister(Operand.Register register, int typeIndex) -> {
                checkOperand(instruction, register);
                if (typeIndex >= file.types().count()) {
                    throw error(instruction, "type index " + typeIndex + " exceeds the " + file.types().count() + " types");
                }
            }
            case Operand.OperandList(List<Operand> elements) -> {
                for (Operand element : elements) {
                    checkOperand(instruction, element);
                }
            }
            case Operand.Unsigned u -> { }
            case Operand.IntegerValue i -> { }
            case Operand.BigIntegerValue b -> { }
            case Operand.Nil n -> { }
            case Operand.FloatValue f -> { }
            case Operand.AllocationList a -> { }
        }
    }

    /** Label 0 means "no failure label"; any other must be defined. */
    private void checkLabel(GenericInstruction instruction, int number) throws BeamLoadException {
        if (number != 0 && (number >= labels.length || labels[number] < 0)) {
            throw error(instruction, "label " + number + " is not defined");
        }
    }

    /** The instruction index of a defined label, or a load error naming {@code what}. */
    static int resolve(BeamFile file, int[] labels, String chunk, int offset, int label, String what)
            throws BeamLoadException {
        if (label < 1 || label >= labels.length || labels[label] < 0) {
            throw new BeamLoadException(file.source(), chunk, offset, what + " names undefined label " + label);
        }
        return labels[label];
    }

    private BeamLoadException error(GenericInstruction instruction, String reason) {
        return new BeamLoadException(file.source(), "Code", instruction.offset(),
                instruction.op().opName() + ": " + reason);
    }
}
