package org.jbeam.vm.beam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jbeam.vm.atom.Utf8;

/**
 * Decodes the {@code Line} chunk as {@code beam_file.c}'s {@code parse_line_chunk} does:
 * version, flags, count of {@code line} instructions, item count, name count, then the items
 * compactly encoded (an {@code a}-tagged file index when the file changes, an {@code i}-tagged
 * line number per item), then the file names with 16-bit lengths. A version other than 0 is
 * ignored, as OTP ignores it.
 */
final class LineChunkReader {
    private LineChunkReader() {}

    static Optional<LineTable> read(ChunkReader in) throws BeamLoadException {
        int version = in.i32();
        if (version != 0) {
            return Optional.empty();
        }
        int flags = in.i32();
        int instructionAt = in.position();
        int instructionCount = in.i32();
        if (instructionCount < 0) {
            throw in.failAt(instructionAt, "line instruction count " + instructionCount + " is negative");
        }
        int itemCount = in.count("line item", 0);
        int nameCount = in.count("file name", 0);
        if ((long) itemCount + 2L * nameCount > in.remaining()) {
            throw in.failAt(instructionAt + 4, itemCount + " line items and " + nameCount
                    + " file names exceed the " + in.remaining() + " bytes left");
        }
        int[] nameIndices = new int[itemCount + 1];
        int[] lines = new int[itemCount + 1];
        CompactTermReader compact = new CompactTermReader(in);
        int nameIndex = 0;
        for (int item = 1; item <= itemCount; ) {
            int at = in.position();
            CompactTermReader.Tagged t = compact.readTagged();
            if (t.tag() == CompactTermReader.TAG_A) {
                nameIndex = t.index(in, at);
                if (nameIndex > nameCount) {
                    throw in.failAt(at, "file name index " + nameIndex + " exceeds the " + nameCount + " names");
                }
            } else if (t.tag() == CompactTermReader.TAG_I) {
                lines[item] = t.index(in, at);
                nameIndices[item] = nameIndex;
                item++;
            } else {
                throw in.failAt(at, "line item has tag " + t.tag() + ", expected a or i");
            }
        }
        List<String> names = new ArrayList<>(nameCount + 1);
        names.add(null);
        for (int i = 0; i < nameCount; i++) {
            int at = in.position();
            byte[] name = in.bytes(in.u16());
            if (Utf8.countCharacters(name) < 0) {
                throw in.failAt(at, "file name is not valid UTF-8");
            }
            names.add(new String(name, StandardCharsets.UTF_8));
        }
        return Optional.of(new LineTable(version, flags, instructionCount, nameIndices, lines,
                java.util.Collections.unmodifiableList(names)));
    }
}
