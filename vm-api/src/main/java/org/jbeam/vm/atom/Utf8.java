package org.jbeam.vm.atom;

/** Strict UTF-8 checking, as OTP checks atom text and {@code binary_to_atom} input. */
public final class Utf8 {
    private Utf8() {}

    /**
     * The number of code points in {@code bytes}, or -1 when they are not well-formed UTF-8
     * (overlong forms, surrogates and code points above U+10FFFF are rejected).
     */
    public static int countCharacters(byte[] bytes) {
        return countCharacters(bytes, 0, bytes.length);
    }

    public static int countCharacters(byte[] bytes, int offset, int length) {
        int characters = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            int extra;
            int codePoint;
            if (b < 0x80) {
                i++;
                characters++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                codePoint = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                codePoint = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                codePoint = b & 0x07;
            } else {
                return -1;
            }
            if (i + extra >= end) {
                return -1;
            }
            for (int k = 1; k <= extra; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return -1;
                }
                codePoint = (codePoint << 6) | (c & 0x3F);
            }
            if ((extra == 2 && codePoint < 0x800) || (extra == 3 && codePoint < 0x10000)
                    || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return -1;
            }
            i += extra + 1;
            characters++;
        }
        return characters;
    }
}
