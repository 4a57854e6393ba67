package org.jbeam.vm.beam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Utf8;

/**
 * Reads the IFF container of a {@code .beam} file ({@code FOR1}, size, {@code BEAM}, then
 * chunks padded to 4 bytes) and decodes every chunk OTP 24-25 writes, following
 * {@code erts/emulator/beam/beam_file.c} and {@code lib/stdlib/src/beam_lib.erl}. Every
 * count is checked against the bytes that back it before anything is allocated, so a
 * malformed file yields a {@link BeamLoadException} and nothing else.
 */
public final class BeamFileReader {
    /** Chunks that may appear at most once because the loader interprets them. */
    private static final Set<String> INTERPRETED = Set.of("AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT",
            "LocT", "FunT", "LitT", "Line", "Type", "Attr", "CInf", "Meta", "Dbgi");
    /** The chunks OTP's module checksum covers, in the order it hashes them. */
    private static final List<String> MD5_CHUNKS = List.of("AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT",
            "FunT", "LitT", "Meta");
    private static final int MAX_ARITY = 255;

    private final String source;
    private final byte[] bytes;
    private final Map<String, BeamChunk> byId = new HashMap<>();

    private BeamFileReader(String source, byte[] bytes) {
        this.source = source;
        this.bytes = bytes;
    }

    /** Decodes {@code bytes}, naming the file {@code source} in errors. */
    public static BeamFile read(String source, byte[] bytes) throws BeamLoadException {
        return new BeamFileReader(source, bytes).read();
    }

    private BeamFile read() throws BeamLoadException {
        List<BeamChunk> chunks = readContainer();
        boolean utf8 = byId.containsKey("AtU8");
        List<String> atoms = utf8 ? readAtoms(required("AtU8"), true) : readAtoms(required("Atom"), false);
        CodeChunk code = readCode(required("Code"));
        byte[] strings = optional("StrT").map(this::data).orElse(new byte[0]);
        List<ImportEntry> imports = readImports(required("ImpT"));
        List<FunctionEntry> exports = readFunctions(required("ExpT"));
        List<FunctionEntry> locals = byId.containsKey("LocT") ? readFunctions(byId.get("LocT")) : List.of();
        List<LambdaEntry> lambdas = byId.containsKey("FunT") ? readLambdas(byId.get("FunT")) : List.of();
        List<byte[]> literals = byId.containsKey("LitT")
                ? LiteralChunkReader.read(reader(byId.get("LitT"))) : List.of();
        Optional<LineTable> lines = byId.containsKey("Line")
                ? LineChunkReader.read(reader(byId.get("Line"))) : Optional.empty();
        TypeTable types = byId.containsKey("Type") ? readTypes(byId.get("Type")) : TypeTable.fallback();
        return new BeamFile(source, List.copyOf(chunks), atoms, utf8, code, strings, imports, exports, locals,
                lambdas, literals, lines, types, optional("Attr").map(this::data),
                optional("CInf").map(this::data), optional("Meta").map(this::data),
                optional("Dbgi").map(this::data), md5());
    }

    private List<BeamChunk> readContainer() throws BeamLoadException {
        ChunkReader header = new ChunkReader(source, BeamLoadException.CONTAINER, bytes, 0, bytes.length);
        if (bytes.length < 12 || header.i32() != 0x464F5231) {
            throw header.failAt(0, "not a BEAM file: no IFF FOR1 header");
        }
        long formSize = header.u32();
        if (formSize < 4 || formSize > bytes.length - 8L) {
            throw header.failAt(4, "IFF form size " + formSize + " does not match the file size " + bytes.length);
        }
        if (header.i32() != 0x4245414D) {
            throw header.failAt(8, "not a BEAM file: IFF form type is not BEAM");
        }
        ChunkReader in = new ChunkReader(source, BeamLoadException.CONTAINER, bytes, 12, 8 + (int) formSize);
        List<BeamChunk> chunks = new ArrayList<>();
        while (!in.atEnd()) {
            int at = in.position();
            String id = new String(in.bytes(4), StandardCharsets.ISO_8859_1);
            long size = in.u32();
            long padded = (size + 3) & ~3L;
            if (padded > in.remaining()) {
                throw in.failAt(at, "chunk " + printable(id) + " of " + size + " bytes exceeds the "
                        + in.remaining() + " bytes left in the file");
            }
            BeamChunk chunk = new BeamChunk(id, in.position(), (int) size);
            in.skip((int) padded);
            if (INTERPRETED.contains(id) && byId.putIfAbsent(id, chunk) != null) {
                throw in.failAt(at, "duplicate chunk " + id);
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    private static String printable(String id) {
        StringBuilder out = new StringBuilder();
        for (char c : id.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return out.toString();
    }

    private BeamChunk required(String id) throws BeamLoadException {
        BeamChunk chunk = byId.get(id);
        if (chunk == null) {
            if (id.equals("Atom")) {
                throw new BeamLoadException(source, "AtU8", 12, "missing mandatory chunk AtU8");
            }
            throw new BeamLoadException(source, id, 12, "missing mandatory chunk " + id);
        }
        return chunk;
    }

    private Optional<BeamChunk> optional(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private ChunkReader reader(BeamChunk chunk) {
        return new ChunkReader(source, chunk.id(), bytes, chunk.offset(), chunk.offset() + chunk.size());
    }

    private byte[] data(BeamChunk chunk) {
        byte[] copy = new byte[chunk.size()];
        System.arraycopy(bytes, chunk.offset(), copy, 0, chunk.size());
        return copy;
    }

    /**
     * The atom table: a count, then per atom a length and its text. OTP 28 marks a table whose
     * lengths are compact-encoded by a negative count; both forms are accepted.
     */
    private List<String> readAtoms(BeamChunk chunk, boolean utf8) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int at = in.position();
        int count = in.i32();
        boolean compactLengths = utf8 && count < 0;
        if (compactLengths) {
            count = count == Integer.MIN_VALUE ? -1 : -count;
        }
        if (count < 1 || count > in.remaining()) {
            throw in.failAt(at, "atom count " + count + " is not between 1 and the " + in.remaining() + " bytes left");
        }
        List<String> atoms = new ArrayList<>(count);
        CompactTermReader compact = new CompactTermReader(in);
        for (int i = 0; i < count; i++) {
            int atomAt = in.position();
            int length = compactLengths ? (int) Math.min(compact.readTagged().nonNegative(in, atomAt), Integer.MAX_VALUE)
                    : in.u8();
            byte[] text = in.bytes(length);
            atoms.add(atomText(in, atomAt, text, utf8));
        }
        return List.copyOf(atoms);
    }

    private static String atomText(ChunkReader in, int at, byte[] text, boolean utf8) throws BeamLoadException {
        if (!utf8) {
            return new String(text, StandardCharsets.ISO_8859_1);
        }
        int characters = Utf8.countCharacters(text);
        if (characters < 0) {
            throw in.failAt(at, "atom text is not valid UTF-8");
        }
        if (characters > AtomTable.MAX_ATOM_CHARACTERS) {
            throw in.failAt(at, "atom longer than " + AtomTable.MAX_ATOM_CHARACTERS + " characters");
        }
        return new String(text, StandardCharsets.UTF_8);
    }

    private CodeChunk readCode(BeamChunk chunk) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int at = in.position();
        int headerSize = in.i32();
        if (headerSize < 16 || headerSize > in.remaining()) {
            throw in.failAt(at, "code header size " + headerSize + " is not between 16 and the "
                    + in.remaining() + " bytes left");
        }
        ChunkReader header = in.slice(headerSize);
        int setAt = header.position();
        int instructionSet = header.i32();
        if (instructionSet != 0) {
            throw header.failAt(setAt, "unknown instruction set " + instructionSet + " (OTP's format number is 0)");
        }
        int maxOpcodeAt = header.position();
        int maxOpcode = header.i32();
        if (maxOpcode < 1 || maxOpcode > GenericOp.MAX_OPCODE) {
            throw header.failAt(maxOpcodeAt, "highest opcode " + maxOpcode + " is not between 1 and "
                    + GenericOp.MAX_OPCODE + "; this file needs a newer emulator");
        }
        int labelAt = header.position();
        int labelCount = header.i32();
        if (labelCount < 1 || labelCount > chunk.size()) {
            throw header.failAt(labelAt, "label count " + labelCount + " is out of range");
        }
        int functionAt = header.position();
        int functionCount = header.i32();
        if (functionCount < 0 || functionCount > chunk.size()) {
            throw header.failAt(functionAt, "function count " + functionCount + " is out of range");
        }
        return new CodeChunk(headerSize, instructionSet, maxOpcode, labelCount, functionCount, in.position(),
                in.remaining());
    }

    private List<ImportEntry> readImports(BeamChunk chunk) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int count = in.count("import", 12);
        List<ImportEntry> imports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            ImportEntry entry = new ImportEntry(in.i32(), in.i32(), in.i32());
            if (entry.arity() < 0 || entry.arity() > MAX_ARITY) {
                throw in.failAt(at, "import arity " + entry.arity() + " is out of range");
            }
            imports.add(entry);
        }
        return List.copyOf(imports);
    }

    private List<FunctionEntry> readFunctions(BeamChunk chunk) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int count = in.count("function", 12);
        List<FunctionEntry> functions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            FunctionEntry entry = new FunctionEntry(in.i32(), in.i32(), in.i32());
            if (entry.arity() < 0 || entry.arity() > MAX_ARITY) {
                throw in.failAt(at, "function arity " + entry.arity() + " is out of range");
            }
            functions.add(entry);
        }
        return List.copyOf(functions);
    }

    private List<LambdaEntry> readLambdas(BeamChunk chunk) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int count = in.count("fun", 24);
        List<LambdaEntry> lambdas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = in.position();
            LambdaEntry entry = new LambdaEntry(in.i32(), in.i32(), in.i32(), in.i32(), in.i32(), in.i32());
            if (entry.arity() < 0 || entry.arity() > MAX_ARITY || entry.freeCount() < 0
                    || entry.freeCount() > entry.arity() || entry.index() < 0) {
                throw in.failAt(at, "fun entry " + i + " has arity " + entry.arity() + ", " + entry.freeCount()
                        + " free variables and index " + entry.index());
            }
            lambdas.add(entry);
        }
        return List.copyOf(lambdas);
    }

    private TypeTable readTypes(BeamChunk chunk) throws BeamLoadException {
        ChunkReader in = reader(chunk);
        int version = in.i32();
        if (version != TypeChunk.VERSION) {
            return TypeTable.fallback();
        }
        int at = in.position();
        int count = in.count("type", TypeChunk.ENTRY_BYTES);
        if (count < 1 || (long) count * TypeChunk.ENTRY_BYTES != in.remaining()) {
            throw in.failAt(at, "type count " + count + " does not match the " + in.remaining() + " bytes of entries");
        }
        return new TypeTable(version, count, in.rest());
    }

    /** The checksum of {@code beam_lib:md5/1}: the data of the essential chunks, fun old-uniq zeroed. */
    private byte[] md5() {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (String id : MD5_CHUNKS) {
                BeamChunk chunk = byId.get(id);
                if (chunk == null || (id.equals("Atom") && byId.containsKey("AtU8"))) {
                    continue;
                }
                byte[] data = data(chunk);
                if (id.equals("FunT")) {
                    for (int entry = 4; entry + 24 <= data.length; entry += 24) {
                        Arrays.fill(data, entry + 20, entry + 24, (byte) 0);
                    }
                }
                md5.update(data);
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
