package org.jbeam.vm.bits;

/**
 * A segment that cannot be built, and why in OTP's words ({@code type}, {@code size},
 * {@code unit}, {@code short}, {@code invalid}): {@code bs_create_bin} turns it into {@code badarg}
 * with the {@code error_info} erts gives ({@code erts_prepare_bs_construct_fail_info}); the older
 * put instructions into a plain {@code badarg}.
 */
final class SegmentFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String info;
    final transient SegmentSpec segment;
    final transient long value;

    SegmentFailure(String info, SegmentSpec segment, long value, String detail) {
        super(detail, null, false, false);
        this.info = info;
        this.segment = segment;
        this.value = value;
    }
}
