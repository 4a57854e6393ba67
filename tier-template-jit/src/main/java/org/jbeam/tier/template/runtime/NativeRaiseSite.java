package org.jbeam.tier.template.runtime;

import org.jbeam.vm.error.FailedCall;
import org.jbeam.vm.error.RaiseSite;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.tier.Tiers;

/**
 * Where native code raised, for the VM's stack-trace rules: the call the helper was making when
 * it raised (a BIF site, an export, an applied or fun-called function), and the function at the
 * native address the helper was called from.
 *
 * @param failedCall the call that raised, or null (the helper raised for the instruction itself)
 * @param at the native address the helper returns to, which lies in the raising instruction
 * @param knownHere the first entry when the helper knows it better than {@code at} does (a
 *     {@code function_clause} names the function's arguments), else NON_VALUE
 * @param callReturn this tier's CP for {@code at} when a call helper ran the failed BIF as the
 *     callee of a function call ({@code apply}, a fun call), else FINISH
 */
record NativeRaiseSite(FailedCall failedCall, long at, long knownHere, long callReturn, NativeExceptions exceptions,
        Tiers tiers) implements RaiseSite {
    @Override
    public long here(HeapAllocator heap) {
        return knownHere != TermTags.NON_VALUE ? knownHere : exceptions.entry(heap, at);
    }

    @Override
    public long describeContinuation(long cp, HeapAllocator heap) {
        return tiers.describeContinuation(cp, heap);
    }
}
