package org.jbeam.vm.regex;

/** Strict UTF-8 decoding as PCRE's UTF-8 check accepts it: shortest forms, no surrogates, at most U+10FFFF. */
final class Utf8 {
    private Utf8() {}

    /** The length of the well-formed sequence at {@code at}, or -1. */
    static int sequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead < 0x80 ? 1 : lead < 0xC2 ? -1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : -1;
        if (length < 0 || at + length > bytes.length) {
            return -1;
        }
        for (int i = 1; i < length; i++) {
            if ((bytes[at + i] & 0xC0) != 0x80) {
                return -1;
            }
        }
        int cp = decode(bytes, at, length);
        boolean shortest = length == 1 || length == 2 && cp >= 0x80 || length == 3 && cp >= 0x800
                || length == 4 && cp >= 0x10000;
        return shortest && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? length : -1;
    }

    static int decode(byte[] bytes, int at, int length) {
        int lead = bytes[at] & 0xFF;
        int cp = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        for (int i = 1; i < length; i++) {
            cp = (cp << 6) | (bytes[at + i] & 0x3F);
        }
        return cp;
    }
}
