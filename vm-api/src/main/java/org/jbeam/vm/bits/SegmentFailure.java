package org.jbeam.vm.bits;

import org.jbeam.vm.error.ErlangException;

/**
 * A segment that cannot be built, and why in OTP's words ({@code type}, {@code size},
 * {@code unit}, {@code short}, {@code invalid}): {@code bs_create_bin} turns it into {@code badarg}
 * with the {@code error_info} erts gives ({@code erts_prepare_bs_construct_fail_info}); the older
 * put instructions into a plain {@code badarg}. A size too large to build is {@code system_limit}
 * the same ways.
 */
final class SegmentFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String info;
    final transient SegmentSpec segment;
    final transient long value;
    /** A size too large to build: {@code system_limit} rather than {@code badarg}. */
    final boolean limit;

    SegmentFailure(String info, SegmentSpec segment, long value, String detail) {
        this(info, segment, value, detail, false);
    }

    SegmentFailure(String info, SegmentSpec segment, long value, String detail, boolean limit) {
        super(detail, null, false, false);
        this.info = info;
        this.segment = segment;
        this.value = value;
        this.limit = limit;
    }

    /** The exception the tier raises, without {@code error_info}. */
    ErlangException plain() {
        return limit ? ErlangException.systemLimit(getMessage()) : ErlangException.badarg(getMessage());
    }
}
