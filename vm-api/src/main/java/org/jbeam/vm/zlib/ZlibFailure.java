package org.jbeam.vm.zlib;

/**
 * A zlib result code that {@code zlib_nif.c} raises as an Erlang error whose reason is an
 * atom ({@code data_error}, {@code stream_error}, {@code not_initialized}, ...);
 * {@link ZlibNifs} turns it into the exception.
 */
final class ZlibFailure extends RuntimeException {
    private final String reason;

    ZlibFailure(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
