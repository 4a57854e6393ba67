package org.jbeam.vm.error;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ContinuationPointer;

/**
 * What the tier that ran the raising code knows about where the exception was raised, for
 * {@link StackTraceBuilder}: the failed call, if the raising instruction was a call, the entry
 * naming the raising instruction's function, and how its continuation pointers read
 * ({@link ContinuationNames}).
 */
public interface RaiseSite extends ContinuationNames {
    /** The call that raised, or null when the raising instruction was no call (or one of a local function). */
    FailedCall failedCall();

    /**
     * {@code {M, F, Arity, Location}} of the function holding the raising instruction, with the
     * location of that instruction, built on {@code heap}; NON_VALUE when no function holds it. A
     * {@code function_clause} shows the argument list in place of the arity.
     */
    long here(HeapAllocator heap);

    /**
     * When the failed call entered a BIF through its export ({@code apply}, a fun call), as a
     * function call does: the continuation pointer of the position right after that call in the
     * calling code; FINISH otherwise. OTP raises such a BIF at its return address (its
     * {@code pc}), so the trace names the caller by that return and does not repeat it.
     */
    default long callReturn() {
        return ContinuationPointer.FINISH;
    }
}
