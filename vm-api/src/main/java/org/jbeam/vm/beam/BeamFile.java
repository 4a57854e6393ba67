package org.jbeam.vm.beam;

import java.util.List;
import java.util.Optional;

/**
 * Every chunk of one {@code .beam} file, decoded but not yet validated against each other
 * (that is the loader's job). Absent optional chunks are empty; the chunks that carry terms
 * ({@code LitT} entries, {@code Attr}, {@code CInf}, {@code Meta}, {@code Dbgi}) keep their
 * external-term-format bytes.
 *
 * @param source the file name as the caller gave it, for error messages
 * @param chunks every chunk in file order, unknown ones included
 * @param atoms atom texts; element 0 is atom index 1 (the module name)
 * @param atomsUtf8 false when the atoms came from the obsolete Latin-1 {@code Atom} chunk
 * @param literals each literal's external-term-format bytes (version byte 131 included)
 * @param md5 the module checksum OTP computes ({@code beam_lib:md5/1}, {@code module_info(md5)})
 */
public record BeamFile(String source, List<BeamChunk> chunks, List<String> atoms, boolean atomsUtf8,
        CodeChunk code, byte[] strings, List<ImportEntry> imports, List<FunctionEntry> exports,
        List<FunctionEntry> locals, List<LambdaEntry> lambdas, List<byte[]> literals,
        Optional<LineTable> lineTable, TypeTable types, Optional<byte[]> attributes,
        Optional<byte[]> compileInfo, Optional<byte[]> meta, Optional<byte[]> debugInfo,
        byte[] md5) {

    /** The first chunk with {@code id}, if present. */
    public Optional<BeamChunk> chunk(String id) {
        return chunks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The module name: atom 1. */
    public String moduleName() {
        return atoms.getFirst();
    }
}
