package org.jbeam.vm.beam;

import java.util.List;

/**
 * One instruction of the {@code Code} chunk as the compiler wrote it: a {@link GenericOp}
 * and its typed operands.
 *
 * @param offset the file offset of the opcode byte, for error messages
 */
public record GenericInstruction(GenericOp op, List<Operand> operands, int offset) {
    public GenericInstruction {
        operands = List.copyOf(operands);
    }

    public Operand operand(int i) {
        return operands.get(i);
    }
}
