package org.jbeam.vm.tier;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * An execution tier, found by {@link java.util.ServiceLoader} (contract 3): it prepares
 * loaded modules to run, and runs a process on its code until the process finishes, raises or
 * has to yield.
 */
public interface ExecutionTier {

    /** The tier's id in export entries and continuation pointers (1..255). */
    int id();

    /** The name the configuration uses ({@code interpreter}, {@code template-jit}, ...). */
    String name();

    /**
     * Makes {@code module} runnable on this tier. The code server has bound the module's export
     * entries to this tier, with the instruction index of each function's entry label as code.
     */
    void install(LoadedModule module);

    /**
     * Starts {@code process} on the function that {@code exportEntry} names, its arguments in X0..;
     * the entry must be bound to this tier.
     */
    TierStatus start(ErlangProcess process, long exportEntry);

    /** Continues a process that this tier earlier returned {@link TierStatus#YIELDED} for. */
    TierStatus resume(ErlangProcess process);

    // Hand-over entry points (contract 3): another tier left the process with the matching
    // status, in the middle of a time slice (no reductions are refilled), and the scheduler's
    // slice loop continues it here. Each runs until the slice ends or the process leaves again.

    /**
     * Continues at the function {@code exportEntry} names, bound to this tier, as
     * {@link TierStatus#CALL_EXPORT} describes the registers (the call's reduction is counted
     * here).
     */
    TierStatus enterExport(ErlangProcess process, long exportEntry);

    /** Continues at the code of {@code funEntry}, bound to this tier, as {@link TierStatus#CALL_FUN} describes. */
    TierStatus enterFun(ErlangProcess process, long funEntry);

    /** Continues at {@code cp}, one of this tier's continuation pointers, as {@link TierStatus#RETURN} describes. */
    TierStatus returnTo(ErlangProcess process, long cp);

    /** Continues at the handler of {@code catchTag}, one of this tier's, as {@link TierStatus#CATCH} describes. */
    TierStatus catchAt(ErlangProcess process, long catchTag);

    /**
     * The stack-trace entry {@code {M, F, Arity, Location}} that names the call before
     * {@code cp}, one of this tier's continuation pointers, built on {@code heap} (as OTP's
     * {@code erts_build_mfa_item}); NON_VALUE when the tier cannot name it. Other tiers' stack
     * traces ask it through {@link Tiers#describeContinuation}.
     */
    default long describeContinuation(long cp, HeapAllocator heap) {
        return TermTags.NON_VALUE;
    }

    /**
     * Whether {@code process} runs {@code code} (OTP's {@code check_process_code}): where it
     * resumes, or a continuation pointer in its CP register or on its stack, is in that module
     * version's code. Asked of a process that is not running, or of the asking process itself
     * (then the BIF call is where it is). A tier that has installed no code runs none.
     */
    default boolean runsCode(ErlangProcess process, LoadedModule code) {
        return false;
    }

    /**
     * For {@code process_info}'s {@code current_function}, {@code current_location} and
     * {@code current_stacktrace}: the call stack of {@code process}, suspended (not running) in
     * this tier's code, as a list of {@code {M, F, Arity, Location}} built on {@code heap},
     * innermost first, at most {@code depth} entries; NON_VALUE when the tier cannot tell.
     */
    default long suspendedStack(ErlangProcess process, HeapAllocator heap, int depth) {
        return TermTags.NON_VALUE;
    }
}
