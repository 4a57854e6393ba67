package org.jbeam.vm.bif;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.etf.EncodeOptions;
import org.jbeam.vm.etf.ExternalTermFormat;
import org.jbeam.vm.etf.TermEncoder;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermTags;

/**
 * {@code term_to_binary/1,2} ({@code external.c}): a large term is encoded a slice at a time.
 * As OTP keeps its encoder's state in a magic binary between traps, an unfinished encoding is
 * a resource here, named by a reference in the continuation's X registers and released with its
 * process if that process dies first.
 */
final class TermToBinary {
    private static final long ENCODING_MARK = 0x77B;

    private final AtomTable atoms;
    private final ResourceTable<Encoding> encodings = new ResourceTable<>(ENCODING_MARK, encoding -> { });
    /** {@code term_to_binary/1} under way: X0 the term, X1 the encoding's reference. */
    private final BifTrap encodingTerm = new BifTrap(this::goOnWithTerm, 2);
    /** {@code term_to_binary/2} under way: X0 the term, X1 the options, X2 the encoding's reference. */
    private final BifTrap encodingTermWithOptions = new BifTrap(this::goOnWithOptions, 3);

    private record Encoding(TermEncoder encoder, EncodeOptions options) {
    }

    private TermToBinary(AtomTable atoms) {
        this.atoms = atoms;
    }

    static void register(BifTable t) {
        TermToBinary bifs = new TermToBinary(t.atoms());
        t.register("erlang", "term_to_binary", 1, (p, a) -> bifs.start(p, a[0], EncodeOptions.DEFAULT, TermTags.NON_VALUE));
        t.register("erlang", "term_to_binary", 2,
                (p, a) -> bifs.start(p, a[0], EncodeOptions.fromTerm(a[1]), a[1]));
    }

    /** @param optionsTerm the options as given to {@code term_to_binary/2}; NON_VALUE for {@code /1} */
    private long start(ErlangProcess p, long term, EncodeOptions options, long optionsTerm) {
        TermEncoder encoder = new TermEncoder(atoms, options);
        encoder.begin(term);
        if (advance(p, encoder)) {
            return finish(p, encoder, options);
        }
        long reference = encodings.ownedBy(p, new Encoding(encoder, options));
        return optionsTerm == TermTags.NON_VALUE ? p.trap(encodingTerm, term, reference)
                : p.trap(encodingTermWithOptions, term, optionsTerm, reference);
    }

    private long goOnWithTerm(ErlangProcess p, long[] a) {
        Encoding encoding = pending(a[1]);
        return advance(p, encoding.encoder()) ? finished(p, a[1], encoding) : p.trap(encodingTerm, a[0], a[1]);
    }

    private long goOnWithOptions(ErlangProcess p, long[] a) {
        Encoding encoding = pending(a[2]);
        return advance(p, encoding.encoder()) ? finished(p, a[2], encoding)
                : p.trap(encodingTermWithOptions, a[0], a[1], a[2]);
    }

    private Encoding pending(long reference) {
        Encoding encoding = encodings.find(reference);
        if (encoding == null) {
            throw new IllegalStateException("term_to_binary continued without its encoding");
        }
        return encoding;
    }

    /** Encodes as much as the slice pays for; whether the term is finished. */
    private static boolean advance(ErlangProcess p, TermEncoder encoder) {
        int before = encoder.size();
        boolean done = encoder.advance(p.workBudget());
        p.chargeWork(encoder.size() - before);
        return done;
    }

    private long finished(ErlangProcess p, long reference, Encoding encoding) {
        encodings.remove(p, reference);
        return finish(p, encoding.encoder(), encoding.options());
    }

    private static long finish(ErlangProcess p, TermEncoder encoder, EncodeOptions options) {
        byte[] plain = encoder.bytes();
        if (options.compressionLevel() != 0) {
            p.chargeWork(plain.length);
        }
        return Binaries.make(p.heap(), ExternalTermFormat.finish(plain, options));
    }
}
