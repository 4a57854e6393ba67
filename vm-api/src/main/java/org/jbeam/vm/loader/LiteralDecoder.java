package org.jbeam.vm.loader;

import org.jbeam.vm.term.TermTags;

/**
 * Turns one literal of the {@code LitT} chunk (external term format, version byte included)
 * into a term, the single pluggable step of loading literals ({@code beam_file.c} calls
 * {@code erts_decode_ext} here). Any exception it throws for bad input becomes a
 * {@link org.jbeam.vm.beam.BeamLoadException} naming the literal.
 */
@FunctionalInterface
public interface LiteralDecoder {

    /** Keeps literals as bytes only: every term is {@link TermTags#NON_VALUE}. */
    LiteralDecoder UNDECODED = externalFormat -> TermTags.NON_VALUE;

    /** The term the bytes encode, allocated wherever the decoder keeps literal terms. */
    long decode(byte[] externalFormat);
}
