package org.jbeam.vm.etf;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The options of {@code term_to_binary/2} in OTP 25.
 *
 * @param minorVersion 0 writes floats as text ({@code FLOAT_EXT}); 1 (the default) writes
 *     {@code NEW_FLOAT_EXT}; 2 also writes every atom in UTF-8 instead of Latin-1 when it can
 * @param compressionLevel 0 for none, 1-9 for zlib's levels ({@code compressed} is 6)
 * @param deterministic whether maps are written in key order rather than internal order
 */
public record EncodeOptions(int minorVersion, int compressionLevel, boolean deterministic) {
    /** What {@code term_to_binary/1} uses. */
    public static final EncodeOptions DEFAULT = new EncodeOptions(1, 0, false);
    /** zlib's {@code Z_DEFAULT_COMPRESSION}, which the bare {@code compressed} option means. */
    public static final int DEFAULT_COMPRESSION_LEVEL = 6;

    public EncodeOptions {
        if (minorVersion < 0 || minorVersion > 2) {
            throw new IllegalArgumentException("minor version " + minorVersion);
        }
        if (compressionLevel < 0 || compressionLevel > 9) {
            throw new IllegalArgumentException("compression level " + compressionLevel);
        }
    }

    public EncodeOptions withMinorVersion(int version) {
        return new EncodeOptions(version, compressionLevel, deterministic);
    }

    public EncodeOptions withCompression(int level) {
        return new EncodeOptions(minorVersion, level, deterministic);
    }

    public EncodeOptions withDeterministic(boolean value) {
        return new EncodeOptions(minorVersion, compressionLevel, value);
    }

    /**
     * Reads the option list of {@code term_to_binary/2}: {@code compressed},
     * {@code {compressed, 0..9}}, {@code {minor_version, 0..2}} and {@code deterministic}; a
     * later option overrides an earlier one, as in OTP.
     *
     * @throws ErlangException {@code badarg} for anything else, or an improper list
     */
    public static EncodeOptions fromTerm(long options) {
        EncodeOptions result = DEFAULT;
        long list = options;
        while (TermTags.isList(list)) {
            long option = Lists.head(list);
            if (option == Atoms.COMPRESSED) {
                result = result.withCompression(DEFAULT_COMPRESSION_LEVEL);
            } else if (option == Atoms.DETERMINISTIC) {
                result = result.withDeterministic(true);
            } else if (Tuples.isTuple(option) && Tuples.arity(option) == 2) {
                result = withPair(result, Tuples.element(option, 1), Tuples.element(option, 2));
            } else {
                throw ErlangException.badarg("unknown term_to_binary option");
            }
            list = Lists.tail(list);
        }
        if (list != TermTags.NIL) {
            throw ErlangException.badarg("term_to_binary options are not a proper list");
        }
        return result;
    }

    private static EncodeOptions withPair(EncodeOptions result, long key, long value) {
        long number = TermTags.isSmall(value) ? TermTags.smallValue(value) : -1;
        if (key == Atoms.COMPRESSED && number >= 0 && number <= 9) {
            return result.withCompression((int) number);
        }
        if (key == Atoms.MINOR_VERSION && number >= 0 && number <= 2) {
            return result.withMinorVersion((int) number);
        }
        throw ErlangException.badarg("bad term_to_binary option");
    }
}
