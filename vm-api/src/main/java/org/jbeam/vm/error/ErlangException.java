package org.jbeam.vm.error;

import org.jbeam.vm.atom.Atoms;

/**
 * An Erlang exception raised by Java code of the runtime (a BIF, a decoder): its class
 * ({@code error}, {@code exit} or {@code throw}) and its reason term.
 *
 * <p>The reason must stay valid while the exception travels: an atom, or a term on a heap
 * that the raiser keeps alive. The stack trace is the VM's business, not Java's, so this
 * exception records no Java stack.
 */
public final class ErlangException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The three classes of Erlang exceptions. */
    public enum Kind { ERROR, EXIT, THROW }

    private final Kind kind;
    private final transient long reason;
    /** OTP's extended error info ({@code EXF_HAS_EXT_INFO}): a map for the trace entry, or 0 for none. */
    private transient long errorInfo;
    private transient long cause;

    public ErlangException(Kind kind, long reason, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.reason = reason;
    }

    public static ErlangException error(long reason, String detail) {
        return new ErlangException(Kind.ERROR, reason, detail);
    }

    /** {@code error:badarg}, with a note for Java-side diagnostics. */
    public static ErlangException badarg(String detail) {
        return error(Atoms.BADARG, detail);
    }

    /** {@code error:system_limit}. */
    public static ErlangException systemLimit(String detail) {
        return error(Atoms.SYSTEM_LIMIT, detail);
    }

    /** {@code error:badarith}. */
    public static ErlangException badarith(String detail) {
        return error(Atoms.BADARITH, detail);
    }

    public Kind kind() {
        return kind;
    }

    public long reason() {
        return reason;
    }

    /**
     * Attaches an {@code error_info} map (built on the raising process's heap, read before the
     * next garbage collection) that the stack trace puts in the failing entry's location.
     */
    public ErlangException withErrorInfo(long map) {
        errorInfo = map;
        return this;
    }

    /**
     * Attaches the {@code cause} a BIF gives for its error (erts' {@code EXF_HAS_EXT_INFO} with a
     * BIF): the stack trace puts it in the BIF's {@code error_info} map beside the explainer
     * module. An immediate, or a term on the raising process's heap.
     */
    public ErlangException withCause(long term) {
        cause = term;
        return this;
    }

    /** The BIF's {@code cause} term, or 0 when there is none. */
    public long cause() {
        return cause;
    }

    /** The attached {@code error_info} map, or 0 when there is none. */
    public long errorInfo() {
        return errorInfo;
    }
}
