package org.jbeam.vm.beam;

import java.util.List;

/**
 * The {@code Line} chunk (version 0, {@code beam_asm:build_line_table/1}) with OTP's two
 * implicit entries made explicit, as {@code beam_file.c} does: item 0 is the undefined
 * location, and file-name index 0 is the module's own {@code Module.erl}, so
 * {@code fileNames.get(0)} is {@code null} and the names written in the chunk start at 1.
 *
 * @param instructionCount how many {@code line} instructions the code holds
 * @param nameIndices per item, the index into {@code fileNames}
 * @param lines per item, the line number (0 for item 0)
 */
public record LineTable(int version, int flags, int instructionCount, int[] nameIndices, int[] lines,
        List<String> fileNames) {

    /** Items including the implicit item 0. */
    public int itemCount() {
        return lines.length;
    }
}
