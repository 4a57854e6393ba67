package org.jbeam.vm.matchspec;

import java.util.List;

/**
 * A match specification that does not compile, with the error texts OTP's
 * {@code db_match_compile} gives ({@code erlang:match_spec_test/3} returns them; the ETS BIFs
 * turn this into {@code badarg}).
 */
public final class MatchSpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    MatchSpecException(List<String> errors) {
        super(String.join(" ", errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors, in the order the compiler found them. */
    public List<String> errors() {
        return errors;
    }
}
