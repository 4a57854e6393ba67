package org.jbeam.vm.bif;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.term.Binaries;

/**
 * Gap fillers for {@code binary_to_term/1} and {@code term_to_binary/1} (OTP's
 * {@code external.c}) over the project's external term format codec, which boot needs to read
 * the boot script. Registered only where no other family has registered them, so the complete
 * ETF family (with options, {@code used}, safe decoding) takes over when it exists.
 */
public final class BootEtfBifs {
    private BootEtfBifs() {}

    public static void register(BifTable t, AtomTable atoms, ExportTable exports, FunTable funs) {
        t.registerIfAbsent("erlang", "binary_to_term", 1, (p, a) -> {
            if (!Binaries.isBinaryTerm(a[0]) || Binaries.bitSize(a[0]) % 8 != 0) {
                throw ErlangException.badarg("binary_to_term: not a binary");
            }
            return ExternalTermFormat.decode(atoms, exports, funs, p.heap(), Binaries.toByteArray(a[0]));
        });
        t.registerIfAbsent("erlang", "term_to_binary", 1,
                (p, a) -> Binaries.make(p.heap(), ExternalTermFormat.encode(atoms, a[0])));
    }
}
