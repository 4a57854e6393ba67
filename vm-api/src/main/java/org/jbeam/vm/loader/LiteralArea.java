package org.jbeam.vm.loader;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.etf.TermDecoder;
import org.jbeam.vm.heap.HeapFragments;

/**
 * The literal area of one loaded module (OTP's {@code ErtsLiteralArea}): its {@code LitT}
 * terms decoded from the external format onto a heap of their own, which lives as long as
 * the module's code and is freed with it.
 *
 * <p>A literal must be exactly one external term: bytes after it are a load error, as is
 * anything {@code binary_to_term/1} would reject.
 */
public final class LiteralArea implements LiteralDecoder, AutoCloseable {
    private final AtomTable atoms;
    private final ExportTable exports;
    private final FunTable funs;
    private final HeapFragments heap = new HeapFragments();

    public LiteralArea(AtomTable atoms, ExportTable exports, FunTable funs) {
        this.atoms = atoms;
        this.exports = exports;
        this.funs = funs;
    }

    @Override
    public long decode(byte[] externalFormat) {
        TermDecoder.Decoded decoded = ExternalTermFormat.decode(atoms, exports, funs, heap, externalFormat, 0,
                externalFormat.length, false);
        if (decoded.used() != externalFormat.length) {
            throw ErlangException.badarg((externalFormat.length - decoded.used()) + " bytes after the term");
        }
        return decoded.term();
    }

    /** Words the literals take. */
    public long words() {
        return heap.wordsUsed();
    }

    @Override
    public void close() {
        heap.close();
    }
}
