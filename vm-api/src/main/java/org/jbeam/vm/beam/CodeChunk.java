package org.jbeam.vm.beam;

/**
 * The header of the {@code Code} chunk ({@code beam_asm}'s {@code build_file/7}: sub-size,
 * instruction set, highest opcode used, label count, function count) and where the
 * instruction stream lies in the file.
 *
 * @param headerSize bytes of header after the sub-size word (16 for every OTP since R7)
 * @param instructionSet the format number; OTP's {@code BEAM_FORMAT_NUMBER} is 0
 * @param labelCount one more than the highest label number
 * @param codeOffset file offset of the first instruction
 * @param codeSize bytes of instructions
 */
public record CodeChunk(int headerSize, int instructionSet, int maxOpcode, int labelCount,
        int functionCount, int codeOffset, int codeSize) {}
