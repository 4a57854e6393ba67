package org.jbeam.vm.bif;


import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.etf.EncodeOptions;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.etf.TermDecoder;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.PortableHash;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * BIFs on whole terms ({@code bif.c}, {@code external.c}, {@code erl_bif_info.c}):
 * {@code phash2/1,2}, {@code term_to_binary/1,2}, {@code external_size/1,2}, {@code binary_to_term/1,2}, {@code max/2},
 * {@code min/2}, {@code node/0,1}, {@code nodes/0}, {@code is_alive/0}, {@code display/1}, and
 * the identifier texts {@code pid_to_list}, {@code list_to_pid}, {@code ref_to_list},
 * {@code port_to_list}. This node is never distributed: it is {@code nonode@nohost}.
 */
final class TermBifs {
    private TermBifs() {}

    static void register(BifTable t, ExportTable exports, FunTable funs) {
        AtomTable atoms = t.atoms();
        PortableHash hash = new PortableHash(atoms);
        t.register("erlang", "phash2", 1, (p, a) -> Integers.fromLong(p.heap(), hash.phash2(a[0])));
        t.register("erlang", "phash2", 2, (p, a) -> {
            TermText.require(Integers.isInteger(a[1]), "range is not an integer");
            long range = Integers.toBigInteger(a[1]).longValue();
            TermText.require(Integers.toBigInteger(a[1]).bitLength() <= 33 && range >= 1 && range <= 1L << 32,
                    "range outside 1..2^32");
            return Integers.fromLong(p.heap(), hash.phash2(a[0], range));
        });
        TermToBinary.register(t);
        // erl's estimate is exactly the encoding's size for every term (no compression here).
        t.register("erlang", "external_size", 1,
                (p, a) -> TermTags.makeSmall(ExternalTermFormat.encode(atoms, a[0]).length));
        t.register("erlang", "external_size", 2, (p, a) -> TermTags.makeSmall(
                ExternalTermFormat.encode(atoms, a[0], EncodeOptions.fromTerm(a[1])).length));
        if (exports != null) {
            t.register("erlang", "binary_to_term", 1, (p, a) -> binaryToTerm(p, exports, funs, a[0], TermTags.NIL));
            t.register("erlang", "binary_to_term", 2, (p, a) -> binaryToTerm(p, exports, funs, a[0], a[1]));
        }
        t.register("erlang", "max", 2, (p, a) -> p.order().compare(a[0], a[1]) < 0 ? a[1] : a[0]);
        t.register("erlang", "min", 2, (p, a) -> p.order().compare(a[0], a[1]) > 0 ? a[1] : a[0]);
        // erts' CMP_TERM: the exact order (integers before floats), as -1, 0 or 1; the compiler
        // sorts map pattern keys with it.
        t.register("erts_internal", "cmp_term", 2,
                (p, a) -> TermTags.makeSmall(Integer.signum(p.order().compareExact(a[0], a[1]))));
        registerNode(t);
        registerIdentifierTexts(t);
    }

    private static void registerNode(BifTable t) {
        t.register("erlang", "node", 0, (p, a) -> Atoms.NONODE);
        t.register("erlang", "node", 1, (p, a) -> {
            long term = a[0];
            TermText.require(TypeTests.isPid(term) || TypeTests.isPort(term) || TypeTests.isReference(term),
                    "not an identifier");
            return isLocal(term) ? Atoms.NONODE : Identifiers.externalNode(term);
        });
        t.register("erlang", "nodes", 0, (p, a) -> TermTags.NIL);
        t.register("erlang", "is_alive", 0, (p, a) -> Atoms.FALSE);
    }

    private static boolean isLocal(long term) {
        return TermTags.isLocalPid(term) || TermTags.isLocalPort(term) || Identifiers.isLocalReference(term);
    }

    private static void registerIdentifierTexts(BifTable t) {
        t.register("erlang", "pid_to_list", 1, (p, a) -> {
            TermText.require(TermTags.isLocalPid(a[0]), "not a local pid");
            return TermText.list(p.heap(), pidText(a[0]));
        });
        t.register("erlang", "port_to_list", 1, (p, a) -> {
            TermText.require(TermTags.isLocalPort(a[0]), "not a local port");
            return TermText.list(p.heap(), "#Port<0." + Identifiers.portNumber(a[0]) + ">");
        });
        t.register("erlang", "ref_to_list", 1, (p, a) -> {
            TermText.require(Identifiers.isLocalReference(a[0]), "not a local reference");
            return TermText.list(p.heap(), refText(a[0]));
        });
        t.register("erlang", "list_to_pid", 1, (p, a) -> listToPid(a[0]));
        t.register("erlang", "list_to_ref", 1, (p, a) -> listToRef(p.heap(), a[0]));
        t.register("erlang", "list_to_port", 1, (p, a) -> listToPort(a[0]));
    }

    static String pidText(long pid) {
        return "<0." + Identifiers.pidNumber(pid) + "." + Identifiers.pidSerial(pid) + ">";
    }

    /** OTP prints a reference's ids most significant first: {@code #Ref<0.C.B.A>}. */
    static String refText(long ref) {
        StringBuilder text = new StringBuilder("#Ref<0");
        for (int i = Identifiers.referenceIdCount(ref) - 1; i >= 0; i--) {
            text.append('.').append(Identifiers.referenceId(ref, i));
        }
        return text.append('>').toString();
    }

    /** {@code list_to_pid("<0.N.S>")}: only this node's pids (node part 0) exist here. */
    private static long listToPid(long list) {
        String text = TermText.latin1String(list);
        TermText.require(text.matches("<0\\.[0-9]{1,10}\\.[0-9]{1,10}>"), "not a pid text");
        String[] parts = text.substring(1, text.length() - 1).split("\\.");
        long number = Long.parseLong(parts[1]);
        long serial = Long.parseLong(parts[2]);
        TermText.require(number < (1L << 28) && serial < (1L << 28), "pid number out of range");
        return Identifiers.localPid(number, serial);
    }

    /** {@code list_to_ref("#Ref<0.C.B.A>")}: a local reference of three 32-bit ids, as erl reads it. */
    private static long listToRef(HeapAllocator heap, long list) {
        String text = TermText.latin1String(list);
        TermText.require(text.matches("#Ref<0\\.[0-9]{1,10}\\.[0-9]{1,10}\\.[0-9]{1,10}>"), "not a reference text");
        String[] parts = text.substring(5, text.length() - 1).split("\\.");
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = Long.parseLong(parts[3 - i]);
            TermText.require(ids[i] < (1L << 32), "reference id out of range");
        }
        return Identifiers.localReference(heap, ids);
    }

    /** {@code list_to_port("#Port<0.N>")}. */
    private static long listToPort(long list) {
        String text = TermText.latin1String(list);
        TermText.require(text.matches("#Port<0\\.[0-9]{1,10}>"), "not a port text");
        long number = Long.parseLong(text.substring(8, text.length() - 1));
        TermText.require(number < (1L << 28), "port number out of range");
        return Identifiers.localPort(number);
    }

    /** {@code binary_to_term(Bin, Opts)}: options {@code safe} and {@code used}, nothing else. */
    private static long binaryToTerm(ErlangProcess process, ExportTable exports, FunTable funs, long binary,
            long options) {
        byte[] bytes = TermText.bytes(binary);
        TermText.require(Lists.properLength(options) >= 0, "options are not a proper list");
        boolean safe = false;
        boolean used = false;
        for (long rest = options; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (option == Atoms.SAFE) {
                safe = true;
            } else if (option == Atoms.USED) {
                used = true;
            } else {
                throw ErlangException.badarg("unknown binary_to_term option");
            }
        }
        TermDecoder.Decoded decoded = ExternalTermFormat.decode(process.order().atoms(), exports, funs,
                process.heap(), bytes, 0, bytes.length, safe);
        // Decoding runs to its end in one call and is charged as work done (contract 4).
        process.chargeWork(decoded.used());
        return used ? Tuples.make(process.heap(), decoded.term(), TermTags.makeSmall(decoded.used()))
                : decoded.term();
    }
}
