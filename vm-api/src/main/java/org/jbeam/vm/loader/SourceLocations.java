package org.jbeam.vm.loader;

import java.util.List;
import java.util.Optional;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.beam.LineTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The source locations of a module's line items as stack traces show them,
 * {@code [{file, F}, {line, L}]}, as OTP's {@code erts_build_mfa_item} builds them: built on the
 * asker's heap each time (a trace entry is a process's own term), from file names decoded to
 * code points once per module, since traces are built often.
 */
public final class SourceLocations {
    private final Optional<LineTable> lines;
    /** Each file name's code points; index 0 is the module's own file. */
    private final int[][] fileCodePoints;

    public SourceLocations(LoadedModule module) {
        this.lines = module.lineTable();
        List<String> names = lines.map(LineTable::fileNames).orElse(List.of());
        this.fileCodePoints = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // File index 0 is implicit: beam_load.c names it after the module, whatever path erlc read.
            fileCodePoints[i] = (name == null ? module.name() + ".erl" : name).codePoints().toArray();
        }
    }

    /**
     * The location list of line item {@code item}, or {@code []} when the module has no line
     * table or the item's line is unknown (0), which OTP leaves out.
     */
    public long location(HeapAllocator heap, int item) {
        if (lines.isEmpty()) {
            return TermTags.NIL;
        }
        LineTable table = lines.get();
        if (item <= 0 || item >= table.itemCount() || table.lines()[item] == 0) {
            return TermTags.NIL;
        }
        long file = Tuples.make(heap, Atoms.FILE, string(heap, fileCodePoints[table.nameIndices()[item]]));
        long line = Tuples.make(heap, Atoms.LINE, TermTags.makeSmall(table.lines()[item]));
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
