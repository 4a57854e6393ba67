package org.jbeam.vm.beam;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the instruction stream of the {@code Code} chunk into {@link GenericInstruction}s:
 * an opcode byte, then as many compact-encoded operands as {@code genop.tab} gives the op.
 * Only the encoding is checked here (known opcode, not above the file's declared maximum,
 * not obsolete, operands well-formed); the loader checks what the operands refer to.
 */
public final class CodeDecoder {
    private CodeDecoder() {}

    public static List<GenericInstruction> decode(BeamFile file, byte[] bytes) throws BeamLoadException {
        CodeChunk code = file.code();
        ChunkReader in = new ChunkReader(file.source(), "Code", bytes, code.codeOffset(),
                code.codeOffset() + code.codeSize());
        CompactTermReader operands = new CompactTermReader(in);
        // Every instruction takes at least one byte: a lying stream cannot outgrow this.
        List<GenericInstruction> instructions = new ArrayList<>(Math.min(code.codeSize(), 1 << 16));
        while (!in.atEnd()) {
            int at = in.position();
            GenericOp op = opcode(in, at, code.maxOpcode());
            List<Operand> args = new ArrayList<>(op.arity());
            for (int i = 0; i < op.arity(); i++) {
                args.add(operands.read());
            }
            instructions.add(new GenericInstruction(op, args, at));
        }
        return instructions;
    }

    private static GenericOp opcode(ChunkReader in, int at, int maxOpcode) throws BeamLoadException {
        int number = in.u8();
        GenericOp op = GenericOp.byNumber(number);
        if (op == null) {
            throw in.failAt(at, "unknown opcode " + number);
        }
        if (number > maxOpcode) {
            throw in.failAt(at, "opcode " + number + " (" + op.opName() + ") exceeds the declared highest opcode "
                    + maxOpcode);
        }
        if (op.obsolete()) {
            throw in.failAt(at, "obsolete instruction " + op.opName() + "; recompile the module with OTP 25");
        }
        return op;
    }
}
