package org.jbeam.vm.error;

/**
 * A call that raised before it returned, as the tier that made it names it: a BIF that failed
 * (OTP's {@code c_p->current} pointing at the BIF's export when {@code handle_error} runs), or a
 * call to a function with no code ({@code undef}). {@link StackTraceBuilder} decides from it
 * what the trace's first entry is.
 *
 * @param arguments the call's arguments, as they were when it was made
 * @param bif whether the callee is a BIF (a failing non-BIF callee is the callee's own business
 *     unless it was never reached: {@code undef})
 */
public record FailedCall(long module, long function, long[] arguments, boolean bif) {
    public int arity() {
        return arguments.length;
    }
}
