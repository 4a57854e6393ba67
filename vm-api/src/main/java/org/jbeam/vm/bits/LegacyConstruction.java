package org.jbeam.vm.bits;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.BitBuilder;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;

/**
 * OTP 24's binary construction, which OTP 25's compiler still emits with
 * {@code +no_bs_create_bin} ({@code genop.tab}'s {@code bs_init2}, {@code bs_init_bits},
 * {@code bs_add}, {@code bs_put_*}, {@code bs_utf8_size}, {@code bs_utf16_size},
 * {@code bs_append}, {@code bs_private_append}; erts' {@code bs_instrs.tab} and
 * {@code erl_bits.c}). The sizes are computed first by {@code bs_add}; an init or append then
 * makes the result binary at its final size ({@link BinaryUnderConstruction}), and each put
 * fills the next bits of it. The segment checks are {@code bs_create_bin}'s; failures are
 * {@code badarg} (a size too large {@code system_limit}) without {@code error_info}: the tier
 * raises them or jumps to the instruction's fail label.
 */
public final class LegacyConstruction {
    private LegacyConstruction() {}

    /** {@code bs_init2} ({@code unit} 8, a size in bytes) and {@code bs_init_bits} ({@code unit} 1). */
    public static BinaryUnderConstruction init(HeapAllocator heap, long size, int unit) {
        return new BinaryUnderConstruction(heap, new BitBuilder(multiply(naturalSize(size), unit)));
    }

    /** {@code bs_add}: {@code first + second * unit}, both sizes natural numbers, as a small integer. */
    public static long addSizes(long first, long second, int unit) {
        long a = naturalSize(first);
        long b = multiply(naturalSize(second), unit);
        if (a > Segments.MAX_BITS - b) {
            throw ErlangException.systemLimit("binary size too large");
        }
        return TermTags.makeSmall(a + b);
    }

    /**
     * {@code bs_put_integer/binary/float/string/utf8/utf16/utf32}: one segment written into
     * {@code into} (null when no init came first, which a valid module never does).
     */
    public static void put(BinaryUnderConstruction into, SegmentSpec s, long value, long size) {
        if (into == null) {
            throw ErlangException.badarg("bs_put with no binary under construction");
        }
        try {
            long bits = Segments.bits(s, value, size);
            if (bits > into.room()) {
                throw ErlangException.badarg("segment larger than the room left in the binary");
            }
            into.write(s, value, bits);
        } catch (SegmentFailure failure) {
            throw failure.plain();
        }
    }

    /**
     * {@code bs_utf8_size}/{@code bs_utf16_size} ({@code width} 8 or 16): the bytes a code point
     * takes. As erts, no check here: a value that is not a valid code point fails in the put that
     * follows, so any size does.
     */
    public static long utfSize(long value, int width) {
        long c = TermTags.isSmall(value) ? TermTags.smallValue(value) : Long.MAX_VALUE;
        long bytes;
        if (width == 8) {
            bytes = c >= 0 && c < 0x80 ? 1 : c >= 0 && c < 0x800 ? 2 : c >= 0 && c < 0x10000 ? 3 : 4;
        } else {
            bytes = c >= 0 && c < 0x10000 ? 2 : 4;
        }
        return TermTags.makeSmall(bytes);
    }

    /**
     * {@code bs_append} and {@code bs_private_append}: a new binary holding {@code binary}'s bits
     * (a multiple of {@code unit}) and room for {@code size} more. OTP grows a writable binary in
     * place; this copies, which gives the same terms.
     */
    public static BinaryUnderConstruction append(HeapAllocator heap, long size, int unit, long binary) {
        long extra = naturalSize(size);
        if (!Binaries.isBinaryTerm(binary)) {
            throw ErlangException.badarg("appending to a non-bitstring");
        }
        long have = Binaries.bitSize(binary);
        if (unit > 1 && have % unit != 0) {
            throw ErlangException.badarg("bitstring size not a multiple of the unit");
        }
        if (extra > Segments.MAX_BITS - have) {
            throw ErlangException.systemLimit("binary too large");
        }
        BitBuilder out = new BitBuilder(have + extra);
        out.putBitstring(binary, 0, have);
        return new BinaryUnderConstruction(heap, out);
    }

    /** A size operand's value: a non-negative small, a big one {@code system_limit}, else badarg. */
    private static long naturalSize(long size) {
        if (TermTags.isSmall(size) && TermTags.smallValue(size) >= 0) {
            return TermTags.smallValue(size);
        }
        if (Integers.isBignum(size) && !Integers.isNegativeBignum(size)) {
            throw ErlangException.systemLimit("binary size too large");
        }
        throw ErlangException.badarg("binary size not a non-negative integer");
    }

    private static long multiply(long size, int unit) {
        if (unit != 0 && size > Segments.MAX_BITS / unit) {
            throw ErlangException.systemLimit("binary size too large");
        }
        return size * unit;
    }
}
