package org.jbeam.vm.loader;

import java.util.List;
import java.util.Optional;

import org.jbeam.vm.beam.BeamFile;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.LineTable;
import org.jbeam.vm.beam.TypeTable;

/**
 * A module that passed validation, with everything its code names resolved: what OTP's
 * {@code beam_load.c} calls prepared code, before a tier turns it into something runnable.
 *
 * @param moduleAtom the module name as an atom term
 * @param md5 the module checksum ({@code module_info(md5)}), also the uniq of its funs
 * @param atoms atom terms by the file's atom index; index 0 holds {@code []} as operands use it
 * @param code the generic instructions, {@code int_code_end} included
 * @param labels per label number, the index in {@code code} of its {@code label} instruction
 *     (-1 for label 0, which is never defined)
 * @param functions every function in code order, as its {@code func_info} names it
 * @param literals the literal terms from the {@link LiteralDecoder} (NON_VALUE when undecoded)
 * @param rawLiterals each literal's external-term-format bytes
 * @param file the decoded chunks, for what this record does not lift out
 * @param literalArea the heap that owns {@code literals}, when the loader decoded them itself
 */
public record LoadedModule(String name, long moduleAtom, byte[] md5, long[] atoms,
        List<GenericInstruction> code, int[] labels, List<ModuleFunction> functions,
        List<ModuleFunction> exports, List<ModuleFunction> locals, List<ResolvedImport> imports,
        List<ResolvedFun> funs, long[] literals, List<byte[]> rawLiterals, Optional<LineTable> lineTable,
        TypeTable types, Optional<byte[]> attributes, Optional<byte[]> compileInfo, BeamFile file,
        Optional<LiteralArea> literalArea) {

    /**
     * This module without its line table: how erts holds its preloaded modules (they are built
     * into the emulator without line information, so their stack-trace entries have no
     * {@code file} and {@code line}).
     */
    public LoadedModule withoutLineTable() {
        return new LoadedModule(name, moduleAtom, md5, atoms, code, labels, functions, exports, locals, imports, funs,
                literals, rawLiterals, Optional.empty(), types, attributes, compileInfo, file, literalArea);
    }

    /** The instruction index of {@code label}'s definition. */
    public int labelIndex(int label) {
        return labels[label];
    }

    /** The export named {@code name/arity}, if the module exports it. */
    public Optional<ModuleFunction> export(String function, int arity) {
        return exports.stream().filter(e -> e.arity() == arity && e.name().equals(function)).findFirst();
    }
}
