package org.jbeam.vm.regex;

/**
 * A subject (or pattern) as the Java matcher sees it: the text, and the byte offset in the
 * latin-1 or UTF-8 bytes of each of its UTF-16 positions, since PCRE reports byte offsets.
 */
final class Subject {
    final byte[] bytes;
    final String text;
    /** {@code byteAt[i]}: the byte offset of UTF-16 position {@code i} (length + 1 entries). */
    private final int[] byteAt;
    /** {@code charAt[b]}: the UTF-16 position at byte offset {@code b}, or -1 inside a character. */
    private final int[] charAt;

    private Subject(byte[] bytes, String text, int[] byteAt, int[] charAt) {
        this.bytes = bytes;
        this.text = text;
        this.byteAt = byteAt;
        this.charAt = charAt;
    }

    /** The bytes read as latin-1 (one character per byte), or as UTF-8; null when not valid UTF-8. */
    static Subject of(byte[] bytes, boolean unicode) {
        if (!unicode) {
            char[] chars = new char[bytes.length];
            int[] identity = new int[bytes.length + 1];
            for (int i = 0; i < bytes.length; i++) {
                chars[i] = (char) (bytes[i] & 0xFF);
                identity[i] = i;
            }
            identity[bytes.length] = bytes.length;
            return new Subject(bytes, new String(chars), identity, identity);
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int[] byteAt = new int[bytes.length * 2 + 1];
        int[] charAt = new int[bytes.length + 1];
        java.util.Arrays.fill(charAt, -1);
        int b = 0;
        while (b < bytes.length) {
            int length = Utf8.sequenceLength(bytes, b);
            if (length < 0) {
                return null;
            }
            charAt[b] = text.length();
            int cp = Utf8.decode(bytes, b, length);
            byteAt[text.length()] = b;
            if (Character.isSupplementaryCodePoint(cp)) {
                byteAt[text.length() + 1] = b;
            }
            text.appendCodePoint(cp);
            b += length;
        }
        charAt[bytes.length] = text.length();
        byteAt[text.length()] = bytes.length;
        return new Subject(bytes, text.toString(), byteAt, charAt);
    }

    int byteOffset(int charIndex) {
        return byteAt[charIndex];
    }

    /** The UTF-16 position at byte offset {@code b}, or -1 when it is inside a character or past the end. */
    int charIndex(int b) {
        return b >= 0 && b < charAt.length ? charAt[b] : -1;
    }

    /** The text's code points (for a pattern). */
    int[] codePoints() {
        return text.codePoints().toArray();
    }
}
