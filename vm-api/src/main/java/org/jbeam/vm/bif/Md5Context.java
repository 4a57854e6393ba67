package org.jbeam.vm.bif;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * MD5 (RFC 1321) with its running state kept as erts keeps it, so that
 * {@code erlang:md5_init/0}, {@code md5_update/2} and {@code md5_final/1} can pass the state
 * around as an 88-byte binary of erl's layout: the four state words, the 64-bit count of bits
 * hashed so far (both little-endian), then the 64-byte block being filled.
 */
final class Md5Context {
    static final int SIZE = 88;
    private static final int[] SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    private static final int[] SINES = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            SINES[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }
    }

    private final int[] state = new int[4];
    private long bitCount;
    private final byte[] block = new byte[64];

    /** A fresh context, as {@code md5_init()} returns. */
    Md5Context() {
        state[0] = 0x67452301;
        state[1] = 0xefcdab89;
        state[2] = 0x98badcfe;
        state[3] = 0x10325476;
    }

    /** The context a binary from {@link #toBytes} holds; null when it is not such a binary. */
    static Md5Context fromBytes(byte[] bytes) {
        if (bytes.length != SIZE) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Md5Context context = new Md5Context();
        for (int i = 0; i < 4; i++) {
            context.state[i] = in.getInt();
        }
        context.bitCount = in.getLong();
        in.get(context.block);
        return context;
    }

    byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int word : state) {
            out.putInt(word);
        }
        out.putLong(bitCount);
        out.put(block);
        return out.array();
    }

    void update(byte[] data) {
        int filled = (int) ((bitCount >>> 3) & 63);
        bitCount += (long) data.length << 3;
        int at = 0;
        while (at < data.length) {
            int take = Math.min(64 - filled, data.length - at);
            System.arraycopy(data, at, block, filled, take);
            filled += take;
            at += take;
            if (filled == 64) {
                compress();
                filled = 0;
            }
        }
    }

    /** The 16-byte digest: pads with 0x80, zeros and the bit count, as RFC 1321 says. */
    byte[] digest() {
        long count = bitCount;
        int filled = (int) ((count >>> 3) & 63);
        int padding = filled < 56 ? 56 - filled : 120 - filled;
        byte[] pad = new byte[padding + 8];
        pad[0] = (byte) 0x80;
        ByteBuffer.wrap(pad, padding, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(count);
        update(pad);
        ByteBuffer out = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (int word : state) {
            out.putInt(word);
        }
        return out.array();
    }

    private void compress() {
        int[] m = new int[16];
        ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(m);
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        for (int i = 0; i < 64; i++) {
            int round = i >>> 4;
            int f;
            int g;
            switch (round) {
                case 0 -> {
                    f = (b & c) | (~b & d);
                    g = i;
                }
                case 1 -> {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) & 15;
                }
                case 2 -> {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) & 15;
                }
                default -> {
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                }
            }
            int rotated = Integer.rotateLeft(a + f + SINES[i] + m[g], SHIFTS[round * 4 + (i & 3)]);
            a = d;
            d = c;
            c = b;
            b += rotated;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
