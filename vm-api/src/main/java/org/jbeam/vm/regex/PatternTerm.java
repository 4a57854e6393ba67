package org.jbeam.vm.regex;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The compiled-pattern term {@code {re_pattern, CaptureCount, Unicode, UseCRLF, Bin}}, shaped as
 * erl's so that {@code re.erl} reads its fields. erl's {@code Bin} is PCRE's compiled code;
 * jbeam cannot produce those bytes, so its {@code Bin} is its own encoding, NOT byte-identical
 * to erl's: the magic {@code "JBRE"}, a version byte, the compile flags (4 bytes, big-endian),
 * the newline convention, the {@code \R} setting, then the pattern's source bytes. A pattern
 * compiled by erl (and sent to jbeam) is therefore refused with badarg.
 */
final class PatternTerm {
    private static final byte[] MAGIC = {'J', 'B', 'R', 'E'};
    private static final byte VERSION = 1;
    private static final int HEADER = MAGIC.length + 1 + 4 + 1 + 1;

    private PatternTerm() {}

    static long make(HeapAllocator heap, AtomTable atoms, CompiledRegex regex) {
        return Tuples.make(heap, atoms.atom("re_pattern"), TermTags.makeSmall(regex.groupCount()),
                TermTags.makeSmall(regex.options.unicode() ? 1 : 0),
                TermTags.makeSmall(regex.options.newline().usesCrlf() ? 1 : 0),
                Binaries.make(heap, encode(regex.source, regex.options)));
    }

    /** The binary of the pattern term for {@code source} compiled with {@code options}. */
    static byte[] encode(byte[] source, CompileOptions options) {
        ByteBuffer bin = ByteBuffer.allocate(HEADER + source.length);
        bin.put(MAGIC).put(VERSION).putInt(options.flags()).put((byte) options.newline().ordinal())
                .put((byte) (options.bsrAnyCrlf() ? 1 : 0)).put(source);
        return bin.array();
    }

    /** The encoded binary of a well-shaped pattern term, or null when {@code term} is not one. */
    static byte[] encoded(AtomTable atoms, long term) {
        if (!Tuples.isTuple(term) || Tuples.arity(term) != 5 || Tuples.element(term, 1) != atoms.atom("re_pattern")
                || !TermTags.isSmall(Tuples.element(term, 2)) || !TermTags.isSmall(Tuples.element(term, 3))
                || !TermTags.isSmall(Tuples.element(term, 4))) {
            return null;
        }
        byte[] bin = TermBytes.binary(Tuples.element(term, 5));
        if (bin == null || bin.length < HEADER || !Arrays.equals(bin, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || bin[MAGIC.length] != VERSION) {
            return null;
        }
        return bin;
    }

    /** Compiles an encoded pattern again, or null when the encoding is damaged. */
    static CompiledRegex decode(byte[] bin) {
        ByteBuffer in = ByteBuffer.wrap(bin, MAGIC.length + 1, bin.length - MAGIC.length - 1);
        int flags = in.getInt();
        int newline = in.get();
        boolean bsr = in.get() != 0;
        if (newline < 0 || newline >= Newline.values().length) {
            return null;
        }
        byte[] source = Arrays.copyOfRange(bin, HEADER, bin.length);
        try {
            return CompiledRegex.compile(source, new CompileOptions(flags, Newline.values()[newline], bsr));
        } catch (PcreSyntaxError e) {
            return null;
        }
    }
}
