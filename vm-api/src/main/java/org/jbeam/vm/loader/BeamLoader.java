package org.jbeam.vm.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.beam.BeamChunk;
import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.BeamFileReader;
import org.jbeam.vm.beam.BeamLoadException;
import org.jbeam.vm.beam.CodeDecoder;
import org.jbeam.vm.beam.FunctionEntry;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.ImportEntry;
import org.jbeam.vm.beam.LambdaEntry;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * Reads, validates and resolves one {@code .beam} file into a {@link LoadedModule}, the
 * work of OTP's {@code beam_load.c} up to (not including) making the code runnable: atoms
 * interned, imports resolved to export entries, funs to fun entries, labels to instruction
 * indices, literals decoded by the pluggable {@link LiteralDecoder}. Anything malformed is
 * a {@link BeamLoadException}; loading a module has no other failure.
 *
 * <p>Side effects on the shared tables (atoms, export and fun entries) happen only after
 * the file passed validation, so a rejected file leaves no trace but the atoms it named.
 */
public final class BeamLoader {
    private final AtomTable atoms;
    private final ExportTable exports;
    private final FunTable funs;
    private final LiteralDecoder literalDecoder;

    /** A loader that decodes each module's literals into a {@link LiteralArea} of its own. */
    public BeamLoader(AtomTable atoms, ExportTable exports, FunTable funs) {
        this(atoms, exports, funs, null);
    }

    /**
     * A loader that hands every literal to {@code literalDecoder} (tests, and tools that only
     * read files, use {@link LiteralDecoder#UNDECODED}).
     */
    public BeamLoader(AtomTable atoms, ExportTable exports, FunTable funs, LiteralDecoder literalDecoder) {
        this.atoms = atoms;
        this.exports = exports;
        this.funs = funs;
        this.literalDecoder = literalDecoder;
    }

    /**
     * Loads {@code bytes}, naming the file {@code source} in errors.
     *
     * @throws BeamLoadException for any malformed, truncated or inconsistent input
     */
    public LoadedModule load(String source, byte[] bytes) throws BeamLoadException {
        BeamFile file = BeamFileReader.read(source, bytes);
        List<GenericInstruction> code = CodeDecoder.decode(file, bytes);
        TableValidator.checkAtoms(file);
        List<CodeValidator.Function> functions = new ArrayList<>();
        int[] labels = CodeValidator.validate(file, code, functions);
        TableValidator.checkLabels(file, labels, functions);
        LiteralArea area = literalDecoder == null ? new LiteralArea(atoms, exports, funs) : null;
        long[] literals;
        try {
            literals = decodeLiterals(file, area != null ? area : literalDecoder);
        } catch (BeamLoadException e) {
            if (area != null) {
                area.close();
            }
            throw e;
        }
        long[] atomTerms = internAtoms(file);
        long module = atomTerms[1];
        return new LoadedModule(file.moduleName(), module, file.md5(), atomTerms, code, labels,
                functions(file, atomTerms, functions), resolveFunctions(file, atomTerms, labels, file.exports()),
                resolveFunctions(file, atomTerms, labels, file.locals()), resolveImports(file, atomTerms),
                resolveFuns(file, labels, module), literals, file.literals(), file.lineTable(),
                file.types(), file.attributes(), file.compileInfo(), file, Optional.ofNullable(area));
    }

    private long[] internAtoms(BeamFile file) throws BeamLoadException {
        long[] terms = new long[file.atoms().size() + 1];
        terms[0] = TermTags.NIL;
        try {
            for (int i = 0; i < file.atoms().size(); i++) {
                terms[i + 1] = atoms.atom(file.atoms().get(i));
            }
        } catch (ErlangException e) {
            BeamChunk chunk = file.chunk(file.atomsUtf8() ? "AtU8" : "Atom").orElseThrow();
            throw new BeamLoadException(file.source(), chunk.id(), chunk.offset(), "atom table: " + e.getMessage(), e);
        }
        return terms;
    }

    private List<ModuleFunction> functions(BeamFile file, long[] atomTerms, List<CodeValidator.Function> found) {
        List<ModuleFunction> result = new ArrayList<>(found.size());
        for (CodeValidator.Function f : found) {
            result.add(new ModuleFunction(file.atoms().get(f.functionAtom() - 1), atomTerms[f.functionAtom()],
                    f.arity(), f.entryLabel(), f.entryIndex()));
        }
        return List.copyOf(result);
    }

    /** Exports and locals, whose atoms and labels {@link TableValidator} checked. */
    private static List<ModuleFunction> resolveFunctions(BeamFile file, long[] atomTerms, int[] labels,
            List<FunctionEntry> entries) {
        List<ModuleFunction> result = new ArrayList<>(entries.size());
        for (FunctionEntry entry : entries) {
            result.add(new ModuleFunction(file.atoms().get(entry.functionAtom() - 1), atomTerms[entry.functionAtom()],
                    entry.arity(), entry.label(), labels[entry.label()]));
        }
        return List.copyOf(result);
    }

    private List<ResolvedImport> resolveImports(BeamFile file, long[] atomTerms) {
        List<ResolvedImport> result = new ArrayList<>(file.imports().size());
        for (ImportEntry entry : file.imports()) {
            long address = exports.entry(atomTerms[entry.moduleAtom()], atomTerms[entry.functionAtom()], entry.arity());
            result.add(new ResolvedImport(file.atoms().get(entry.moduleAtom() - 1),
                    file.atoms().get(entry.functionAtom() - 1), entry.arity(), address));
        }
        return List.copyOf(result);
    }

    private List<ResolvedFun> resolveFuns(BeamFile file, int[] labels, long module) {
        List<ResolvedFun> result = new ArrayList<>(file.lambdas().size());
        for (int i = 0; i < file.lambdas().size(); i++) {
            LambdaEntry lambda = file.lambdas().get(i);
            int index = labels[lambda.label()];
            long entry = funs.entry(module, lambda.index(), file.md5(), lambda.oldUniq(), i, lambda.arity());
            result.add(new ResolvedFun(i, lambda.index(), file.atoms().get(lambda.functionAtom() - 1), lambda.arity(),
                    lambda.freeCount(), lambda.label(), index, entry));
        }
        return List.copyOf(result);
    }

    private static long[] decodeLiterals(BeamFile file, LiteralDecoder literalDecoder) throws BeamLoadException {
        long[] terms = new long[file.literals().size()];
        for (int i = 0; i < terms.length; i++) {
            try {
                terms[i] = literalDecoder.decode(file.literals().get(i));
            } catch (RuntimeException e) {
                int offset = file.chunk("LitT").map(BeamChunk::offset).orElse(0);
                throw new BeamLoadException(file.source(), "LitT", offset,
                        "literal " + i + " is not a valid external term: " + e.getMessage(), e);
            }
        }
        return terms;
    }
}
