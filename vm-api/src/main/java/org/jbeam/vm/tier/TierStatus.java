package org.jbeam.vm.tier;

/**
 * Why a tier handed a process back to the scheduler (contract 6's status codes).
 *
 * <p>The first four end the time slice. The last four hand the process to another tier inside
 * the slice (contract 3): the tier left its state in the process's registers, wrote the target
 * word in {@link org.jbeam.vm.process.ErlangProcess#handOverTarget()}, and the scheduler's slice
 * loop ({@link TierSlices}) continues the process in the tier that owns the target, with the
 * matching {@link ExecutionTier} entry point. A tier hands over only what it cannot run itself:
 * the target's tier id (in the export entry, fun entry, continuation pointer or catch tag) is
 * not its own.
 */
public enum TierStatus {
    /** The process returned from its first call: the result is in X0. */
    FINISHED,
    /** The time slice's reductions ran out; {@code resumePosition} says where to go on. */
    YIELDED,
    /** An exception left the process's first call: see {@code exitReason}. */
    RAISED,
    /**
     * The process waits in {@code receive} ({@code wait}/{@code wait_timeout}) for a message
     * or its timeout; {@code resumePosition} is the receive loop's {@code loop_rec}. The
     * scheduler parks it (it holds no thread) and puts it back in a run queue when a message or
     * the timeout arrives; {@code resume} then re-runs the receive from its save pointer.
     */
    WAITING,
    /**
     * A call of an export entry bound to another tier: the target is the export entry, the
     * arguments are in X0..X(arity-1), and the CP register holds where the callee returns to
     * (the caller's own continuation for a body call, the caller's CP for a tail call, whose
     * frame is already gone). The callee's tier counts the call's reduction.
     */
    CALL_EXPORT,
    /**
     * A call of a local fun whose code another tier runs: the target is the fun entry, the
     * arguments are in X0..X(arity-1), the fun's free variables after them, and the CP is set
     * as for {@link #CALL_EXPORT}.
     */
    CALL_FUN,
    /**
     * A return to a continuation pointer of another tier: the target is the CP (already taken
     * out of the CP register, which holds {@code FINISH}), the result is in X0, and the frame
     * register points at the frame of the function returned to.
     */
    RETURN,
    /**
     * An exception caught by a catch tag of another tier: the target is the catch tag, the
     * frame register points at the frame holding it, the CP register holds {@code FINISH}, and
     * the handler's registers are set: X0 = {@code NON_VALUE}, X1 = the class atom, X2 = the
     * reason, X3 = {@code {Class, StackTrace}} (the raw trace {@code build_stacktrace} and
     * {@code raise} take apart).
     */
    CATCH;

    /** Whether the status hands the process to another tier rather than ending the slice. */
    public boolean handsOver() {
        return ordinal() >= CALL_EXPORT.ordinal();
    }
}
