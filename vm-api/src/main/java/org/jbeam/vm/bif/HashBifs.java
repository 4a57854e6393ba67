package org.jbeam.vm.bif;

import java.math.BigInteger;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.OldTermHash;
import org.jbeam.vm.term.TermTags;

/**
 * Checksums and the old term hash ({@code erl_bif_chksum.c}, {@code bif.c}):
 * {@code erlang:crc32/1,2}, {@code crc32_combine/3}, {@code adler32/1,2},
 * {@code adler32_combine/3}, {@code md5/1}, {@code md5_init/0}, {@code md5_update/2},
 * {@code md5_final/1} over iodata, and {@code phash/2}.
 *
 * <p>The running checksum arguments are unsigned 32-bit integers, the combine lengths unsigned
 * machine words; anything else is {@code badarg}, as is data that is not iodata.
 */
final class HashBifs {
    /** CRC-32's polynomial, bit-reflected (zlib's). */
    private static final int CRC_POLYNOMIAL = 0xEDB88320;
    private static final int[] CRC_TABLE = crcTable();
    private static final int ADLER_BASE = 65521;
    private static final long TWO_POW_32 = 1L << 32;

    private HashBifs() {}

    static void register(BifTable t) {
        t.register("erlang", "crc32", 1, (p, a) -> unsigned32(crc32(0, BinaryBifs.ioDataBytes(a[0]))));
        t.register("erlang", "crc32", 2, (p, a) -> unsigned32(crc32((int) word32(a[0]), BinaryBifs.ioDataBytes(a[1]))));
        t.register("erlang", "crc32_combine", 3,
                (p, a) -> unsigned32(crc32Combine((int) word32(a[0]), (int) word32(a[1]), length(a[2]))));
        t.register("erlang", "adler32", 1, (p, a) -> unsigned32(adler32(1, BinaryBifs.ioDataBytes(a[0]))));
        t.register("erlang", "adler32", 2,
                (p, a) -> unsigned32(adler32(word32(a[0]), BinaryBifs.ioDataBytes(a[1]))));
        t.register("erlang", "adler32_combine", 3,
                (p, a) -> unsigned32(adler32Combine(word32(a[0]), word32(a[1]), length(a[2]))));
        t.register("erlang", "md5", 1, (p, a) -> md5(p, a[0]));
        t.register("erlang", "md5_init", 0, (p, a) -> Binaries.make(p.heap(), new Md5Context().toBytes()));
        t.register("erlang", "md5_update", 2, (p, a) -> {
            Md5Context context = context(a[0]);
            context.update(BinaryBifs.ioDataBytes(a[1]));
            return Binaries.make(p.heap(), context.toBytes());
        });
        t.register("erlang", "md5_final", 1, (p, a) -> Binaries.make(p.heap(), context(a[0]).digest()));
        OldTermHash hash = new OldTermHash(t.atoms());
        t.register("erlang", "phash", 2, (p, a) -> phash(hash, a[0], a[1]));
    }

    private static long md5(ErlangProcess p, long data) {
        Md5Context context = new Md5Context();
        context.update(BinaryBifs.ioDataBytes(data));
        return Binaries.make(p.heap(), context.digest());
    }

    private static Md5Context context(long term) {
        if (!Binaries.isBinaryTerm(term) || !Binaries.isByteAligned(term)) {
            throw ErlangException.badarg("md5: the context is not a binary");
        }
        Md5Context context = Md5Context.fromBytes(Binaries.toByteArray(term));
        if (context == null) {
            throw ErlangException.badarg("md5: the context is not an md5 context");
        }
        return context;
    }

    /** {@code phash(Term, Range)}: 1..Range; a range of 2^32 takes the hash plus one, wrapping. */
    private static long phash(OldTermHash hash, long term, long rangeTerm) {
        if (!Integers.isInteger(rangeTerm)) {
            throw ErlangException.badarg("phash: the range is not an integer");
        }
        BigInteger range = Integers.toBigInteger(rangeTerm);
        if (range.signum() <= 0 || range.bitLength() > 33 || range.longValue() > TWO_POW_32) {
            throw ErlangException.badarg("phash: the range is not in 1..2^32");
        }
        long value = Integer.toUnsignedLong(hash.hash(term));
        long r = range.longValue();
        return TermTags.makeSmall(r == TWO_POW_32 ? (value + 1) & 0xFFFF_FFFFL : value % r + 1);
    }

    /** An unsigned 32-bit integer argument. */
    private static long word32(long term) {
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) < 0 || TermTags.smallValue(term) >= TWO_POW_32) {
            throw ErlangException.badarg("not an unsigned 32-bit integer");
        }
        return TermTags.smallValue(term);
    }

    /** A length argument: an unsigned 64-bit integer (a machine word in erts). */
    private static BigInteger length(long term) {
        if (!Integers.isInteger(term)) {
            throw ErlangException.badarg("the length is not an integer");
        }
        BigInteger length = Integers.toBigInteger(term);
        if (length.signum() < 0 || length.bitLength() > 64) {
            throw ErlangException.badarg("the length is not an unsigned word");
        }
        return length;
    }

    private static long unsigned32(long value) {
        return TermTags.makeSmall(value & 0xFFFF_FFFFL);
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? CRC_POLYNOMIAL ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    /** zlib's {@code crc32(crc, data)}: continues the checksum {@code crc} over {@code data}. */
    static int crc32(int crc, byte[] data) {
        int c = ~crc;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c;
    }

    /**
     * The CRC of {@code A ++ B} from the CRCs of both and B's length: A's CRC moved on by
     * {@code 8 * length} zero bits (a product with x^(8 length) modulo the polynomial, in
     * CRC-32's reflected bit order) and B's CRC added.
     */
    static int crc32Combine(int crc1, int crc2, BigInteger length) {
        int power = 0x8000_0000; // the polynomial 1
        int square = 0x4000_0000; // x
        BigInteger bits = length.shiftLeft(3);
        for (int i = 0; i < bits.bitLength(); i++) {
            if (bits.testBit(i)) {
                power = multiplyModulo(power, square);
            }
            square = multiplyModulo(square, square);
        }
        return multiplyModulo(power, crc1) ^ crc2;
    }

    /** a * b modulo the CRC-32 polynomial, both in reflected order (bit 31 is x^0). */
    private static int multiplyModulo(int a, int b) {
        int product = 0;
        for (int bit = 0x8000_0000; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ CRC_POLYNOMIAL : b >>> 1;
        }
        return product;
    }

    /** zlib's {@code adler32(adler, data)}. */
    static long adler32(long adler, byte[] data) {
        long low = adler & 0xFFFF;
        long high = (adler >>> 16) & 0xFFFF;
        for (byte b : data) {
            low = (low + (b & 0xFF)) % ADLER_BASE;
            high = (high + low) % ADLER_BASE;
        }
        return (high << 16) | low;
    }

    /** zlib's {@code adler32_combine}: the sums of A ++ B from those of A and B and B's length. */
    static long adler32Combine(long adler1, long adler2, BigInteger length) {
        long remainder = length.mod(BigInteger.valueOf(ADLER_BASE)).longValue();
        long low = adler1 & 0xFFFF;
        long high = remainder * low % ADLER_BASE;
        low += (adler2 & 0xFFFF) + ADLER_BASE - 1;
        high += ((adler1 >>> 16) & 0xFFFF) + ((adler2 >>> 16) & 0xFFFF) + ADLER_BASE - remainder;
        // Each sum is below two or three BASEs here: subtracting is zlib's reduction.
        if (low >= ADLER_BASE) {
            low -= ADLER_BASE;
        }
        if (low >= ADLER_BASE) {
            low -= ADLER_BASE;
        }
        if (high >= 2L * ADLER_BASE) {
            high -= 2L * ADLER_BASE;
        }
        if (high >= ADLER_BASE) {
            high -= ADLER_BASE;
        }
        return low | (high << 16);
    }
}
