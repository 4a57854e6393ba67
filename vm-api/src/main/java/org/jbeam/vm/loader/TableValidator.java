package org.jbeam.vm.loader;

import java.util.List;

import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.FunctionEntry;
import org.jbeam.vm.beam.ImportEntry;
import org.jbeam.vm.beam.LambdaEntry;

/**
 * Cross-checks the tables of a {@code .beam} file against each other, as
 * {@code beam_file.c} and {@code beam_load.c} do: every atom index in {@code ImpT},
 * {@code ExpT}, {@code LocT} and {@code FunT} names an atom, every label they give is
 * defined, and every export points at the entry label of the function it names.
 */
final class TableValidator {
    private static final int HEADER = 4;
    private static final int FUNCTION_ENTRY = 12;
    private static final int FUN_ENTRY = 24;

    private TableValidator() {}

    /** Atom indices of all tables. */
    static void checkAtoms(BeamFile file) throws BeamLoadException {
        int base = base(file, "ImpT");
        for (int i = 0; i < file.imports().size(); i++) {
            ImportEntry entry = file.imports().get(i);
            atom(file, "ImpT", base + FUNCTION_ENTRY * i, entry.moduleAtom());
            atom(file, "ImpT", base + FUNCTION_ENTRY * i + 4, entry.functionAtom());
        }
        functionAtoms(file, "ExpT", file.exports());
        functionAtoms(file, "LocT", file.locals());
        base = base(file, "FunT");
        for (int i = 0; i < file.lambdas().size(); i++) {
            atom(file, "FunT", base + FUN_ENTRY * i, file.lambdas().get(i).functionAtom());
        }
    }

    /** Labels of all tables, once the code's labels are known. */
    static int[] checkLabels(BeamFile file, int[] labels, List<CodeValidator.Function> functions)
            throws BeamLoadException {
        int base = base(file, "ExpT");
        for (int i = 0; i < file.exports().size(); i++) {
            FunctionEntry entry = file.exports().get(i);
            int offset = base + FUNCTION_ENTRY * i;
            CodeValidator.resolve(file, labels, "ExpT", offset, entry.label(), "export " + i);
            boolean isEntry = functions.stream().anyMatch(f -> f.entryLabel() == entry.label()
                    && f.functionAtom() == entry.functionAtom() && f.arity() == entry.arity());
            if (!isEntry) {
                throw new BeamLoadException(file.source(), "ExpT", offset, "export " + i + " ("
                        + file.atoms().get(entry.functionAtom() - 1) + "/" + entry.arity()
                        + ") does not point at that function's entry label " + entry.label());
            }
        }
        base = base(file, "LocT");
        for (int i = 0; i < file.locals().size(); i++) {
            CodeValidator.resolve(file, labels, "LocT", base + FUNCTION_ENTRY * i, file.locals().get(i).label(),
                    "local " + i);
        }
        base = base(file, "FunT");
        for (int i = 0; i < file.lambdas().size(); i++) {
            LambdaEntry lambda = file.lambdas().get(i);
            CodeValidator.resolve(file, labels, "FunT", base + FUN_ENTRY * i, lambda.label(), "fun " + i);
        }
        return labels;
    }

    private static void functionAtoms(BeamFile file, String chunk, List<FunctionEntry> entries)
            throws BeamLoadException {
        int base = base(file, chunk);
        for (int i = 0; i < entries.size(); i++) {
            atom(file, chunk, base + FUNCTION_ENTRY * i, entries.get(i).functionAtom());
        }
    }

    static void atom(BeamFile file, String chunk, int offset, int index) throws BeamLoadException {
        if (index < 1 || index > file.atoms().size()) {
            throw new BeamLoadException(file.source(), chunk, offset, "atom index " + index
                    + " is not between 1 and " + file.atoms().size());
        }
    }

    /** The file offset of a table chunk's first entry (after its count). */
    private static int base(BeamFile file, String chunk) {
        return file.chunk(chunk).map(c -> c.offset() + HEADER).orElse(0);
    }
}
