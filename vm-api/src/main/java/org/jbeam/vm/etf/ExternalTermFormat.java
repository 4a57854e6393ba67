package org.jbeam.vm.etf;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;

/**
 * {@code term_to_binary/1,2} and {@code binary_to_term/1,2} of OTP 25 (the BIFs in
 * {@code external.c}) over Java byte arrays.
 *
 * <p>Compression follows {@code erts_term_to_binary_int}: everything after the version byte
 * is deflated at the requested level, and the compressed form (131, 80, the uncompressed
 * size, the zlib stream) is kept only when it is no longer than the plain one.
 */
public final class ExternalTermFormat {
    private ExternalTermFormat() {}

    /** {@code term_to_binary(Term)}. */
    public static byte[] encode(AtomTable atoms, long term) {
        return encode(atoms, term, EncodeOptions.DEFAULT);
    }

    /** {@code term_to_binary(Term, Options)}. */
    public static byte[] encode(AtomTable atoms, long term, EncodeOptions options) {
        return finish(new TermEncoder(atoms, options).encode(term), options);
    }

    /** The encoding {@code term_to_binary} returns for {@code plain} (a finished {@link TermEncoder}'s bytes). */
    public static byte[] finish(byte[] plain, EncodeOptions options) {
        if (options.compressionLevel() == 0) {
            return plain;
        }
        byte[] zlib = Compression.deflate(plain, 1, plain.length - 1, options.compressionLevel());
        int compressedLength = 6 + zlib.length;
        if (compressedLength > plain.length) {
            return plain;
        }
        ByteOutput out = new ByteOutput();
        out.write8(ExternalTags.VERSION_MAGIC);
        out.write8(ExternalTags.COMPRESSED);
        out.write32(plain.length - 1);
        out.write(zlib);
        return out.toByteArray();
    }

    /**
     * {@code binary_to_term(Binary, Options)}: decodes the term at the start of
     * {@code data[offset, offset + length)} onto {@code heap}. Bytes after the term are
     * ignored, as {@code binary_to_term/1} ignores them; {@link TermDecoder.Decoded#used()}
     * tells how many bytes the term took, which is what the {@code used} option returns
     * (for a compressed term: up to the end of its zlib stream).
     *
     * @param safe OTP's {@code safe}: create no atom and no export entry
     * @throws ErlangException {@code badarg} for any malformed input, and nothing else
     */
    public static TermDecoder.Decoded decode(AtomTable atoms, ExportTable exports, FunTable funs,
            HeapAllocator heap, byte[] data, int offset, int length, boolean safe) {
        return new TermDecoder(atoms, exports, funs, heap, safe).decode(data, offset, length);
    }

    /** {@code binary_to_term(Binary)} of a whole array. */
    public static long decode(AtomTable atoms, ExportTable exports, FunTable funs, HeapAllocator heap,
            byte[] data) {
        return decode(atoms, exports, funs, heap, data, 0, data.length, false).term();
    }
}
