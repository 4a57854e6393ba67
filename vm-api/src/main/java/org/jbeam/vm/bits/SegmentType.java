package org.jbeam.vm.bits;

/**
 * The kinds of construction segment: the atoms {@code bs_create_bin} names them by (OTP's
 * {@code beam_asm} segment types), which the older {@code bs_put_*} instructions also map to.
 */
public enum SegmentType {
    INTEGER, FLOAT, BINARY, UTF8, UTF16, UTF32, STRING, APPEND, PRIVATE_APPEND;

    /** The operation a construction failure's {@code error_info} names ({@code erl_erts_errors:format_bs_fail}). */
    String operation() {
        return switch (this) {
            case BINARY, APPEND, PRIVATE_APPEND -> "binary";
            case FLOAT -> "float";
            case INTEGER -> "integer";
            case STRING -> "string";
            case UTF8 -> "utf8";
            case UTF16 -> "utf16";
            case UTF32 -> "utf32";
        };
    }

    /** The code-unit width of a utf segment: 8, 16 or 32. */
    int utfWidth() {
        return switch (this) {
            case UTF8 -> 8;
            case UTF16 -> 16;
            default -> 32;
        };
    }

    /** Whether the segment is the binary appended to ({@code bs_create_bin}'s first segment of an append). */
    boolean isAppend() {
        return this == APPEND || this == PRIVATE_APPEND;
    }
}
