package org.jbeam.vm.term;

/**
 * Bob Jenkins' 32-bit mixing, the building block of OTP's term hashes ({@code MIX},
 * {@code block_hash} and the {@code UINT32_HASH_2} step in {@code utils.c}). All arithmetic
 * is modulo 2^32, which Java's {@code int} gives for free; shifts right are unsigned.
 */
final class HashMix {
    private HashMix() {}

    /** The golden ratio, OTP's {@code HCONST}; {@code hconst(n)} is {@code HCONST_n}. */
    static final int HCONST = 0x9e3779b9;

    static int hconst(int n) {
        return HCONST * n;
    }

    /** OTP's {@code UINT32_HASH_2(x, y, constant)} applied to the running {@code hash}. */
    static int hash2(int x, int y, int constant, int hash) {
        int a = constant + x;
        int b = constant + y;
        int c = hash;
        a -= b; a -= c; a ^= (c >>> 13);
        b -= c; b -= a; b ^= (a << 8);
        c -= a; c -= b; c ^= (b >>> 13);
        a -= b; a -= c; a ^= (c >>> 12);
        b -= c; b -= a; b ^= (a << 16);
        c -= a; c -= b; c ^= (b >>> 5);
        a -= b; a -= c; a ^= (c >>> 3);
        b -= c; b -= a; b ^= (a << 10);
        c -= a; c -= b; c ^= (b >>> 15);
        return c;
    }

    /** OTP's {@code UINT32_HASH(x, constant)}. */
    static int hash1(int x, int constant, int hash) {
        return hash2(x, 0, constant, hash);
    }

    /** OTP's {@code block_hash}: Jenkins' one-at-a-time-of-12 hash of {@code length} bytes. */
    static int blockHash(byte[] k, int length, int initval) {
        int a = HCONST;
        int b = HCONST;
        int c = initval;
        int at = 0;
        int left = length;
        int[] abc = new int[3];
        while (left >= 12) {
            a += word(k, at);
            b += word(k, at + 4);
            c += word(k, at + 8);
            abc[0] = a; abc[1] = b; abc[2] = c;
            mix(abc);
            a = abc[0]; b = abc[1]; c = abc[2];
            at += 12;
            left -= 12;
        }
        c += length;
        // The first byte of c is reserved for the length, so the tail's 9th byte goes in above it.
        for (int i = left - 1; i >= 0; i--) {
            int v = k[at + i] & 0xFF;
            if (i >= 8) {
                c += v << (8 * (i - 7));
            } else if (i >= 4) {
                b += v << (8 * (i - 4));
            } else {
                a += v << (8 * i);
            }
        }
        abc[0] = a; abc[1] = b; abc[2] = c;
        mix(abc);
        return abc[2];
    }

    private static int word(byte[] k, int at) {
        return (k[at] & 0xFF) | (k[at + 1] & 0xFF) << 8 | (k[at + 2] & 0xFF) << 16 | (k[at + 3] & 0xFF) << 24;
    }

    private static void mix(int[] abc) {
        int a = abc[0];
        int b = abc[1];
        int c = abc[2];
        a -= b; a -= c; a ^= (c >>> 13);
        b -= c; b -= a; b ^= (a << 8);
        c -= a; c -= b; c ^= (b >>> 13);
        a -= b; a -= c; a ^= (c >>> 12);
        b -= c; b -= a; b ^= (a << 16);
        c -= a; c -= b; c ^= (b >>> 5);
        a -= b; a -= c; a ^= (c >>> 3);
        b -= c; b -= a; b ^= (a << 10);
        c -= a; c -= b; c ^= (b >>> 15);
        abc[0] = a;
        abc[1] = b;
        abc[2] = c;
    }
}
