package org.jbeam.vm.port;

/**
 * Why {@code erts_internal:open_port/2} failed, as the atom it returns for {@code erlang.erl}
 * to raise: {@code badarg}, {@code badopt} (raised as badarg with cause badopt), or a POSIX
 * error such as {@code enoent}. Thrown inside this package only; it carries no stack trace.
 */
final class OpenFailure extends RuntimeException {
    final String reason;

    OpenFailure(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    static OpenFailure badarg(String detail) {
        return new OpenFailure("badarg", detail);
    }

    static OpenFailure badopt(String detail) {
        return new OpenFailure("badopt", detail);
    }
}
