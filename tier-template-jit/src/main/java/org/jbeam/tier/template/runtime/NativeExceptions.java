package org.jbeam.tier.template.runtime;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.FailedCall;
import org.jbeam.vm.error.RaiseSite;
import org.jbeam.vm.error.RawStackTrace;
import org.jbeam.vm.error.StackTraceBuilder;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.loader.ModuleFunction;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.CatchTags;
import org.jbeam.vm.tier.TierStatus;
import org.jbeam.vm.tier.Tiers;

/**
 * An exception raised while a process runs native code (a helper threw it), as BEAM's
 * {@code handle_error}/{@code next_catch}: its stack trace is built (or the one a re-raise
 * carries is kept), then the stack is walked from the current frame towards the bottom for a
 * catch tag. The frame holding it becomes current, the handler's registers are set (X0 =
 * non-value, X1 = class, X2 = reason, X3 = {@code {Class, Trace}}), and the code goes on at the
 * handler: this tier's own, or another tier's after a hand-over ({@link TierStatus#CATCH}). With
 * no tag the process ends ({@link TierStatus#RAISED}).
 *
 * <p>The trace follows the VM's rules ({@link StackTraceBuilder}, shared with the interpreter):
 * what raised is told by a {@link NativeRaiseSite}; entries are {@code {M, F, Arity, Location}}
 * with the location of the code at the address ({@code line} ops recorded per module).
 */
final class NativeExceptions {
    private final int tierId;
    private final CodeCache cache;
    private final Tiers tiers;
    private final CatchHandlers handlers;
    private final AtomTable atoms;
    private final StackTraceBuilder traces;

    NativeExceptions(int tierId, CodeCache cache, Tiers tiers, CatchHandlers handlers, AtomTable atoms) {
        this.atoms = atoms;
        this.tierId = tierId;
        this.cache = cache;
        this.tiers = tiers;
        this.handlers = handlers;
        this.traces = new StackTraceBuilder(atoms, tiers.backtraceDepth());
    }

    /**
     * Where native code raised, at {@code at}: {@code failed} the call the helper made, which
     * {@code asFunction} ran as the callee of a function call returning to {@code resume};
     * {@code knownHere} as {@link NativeRaiseSite} says.
     */
    RaiseSite site(FailedCall failed, boolean asFunction, long resume, long at, long knownHere) {
        long callReturn = asFunction && failed != null && failed.bif() ? ContinuationPointer.make(tierId, resume)
                : ContinuationPointer.FINISH;
        return new NativeRaiseSite(failed, at, knownHere, callReturn, this, tiers);
    }

    /**
     * Raises {@code e} in {@code process}, as {@code site} tells where; the process's frame, CP
     * and heap are synced.
     *
     * @param carried the trace a re-raise keeps, else NON_VALUE (a new one is built)
     */
    Outcome raise(ErlangProcess process, ErlangException e, RaiseSite site, long carried) {
        long trace = carried != TermTags.NON_VALUE ? carried : traces.build(process, e, site);
        long frameStart = 0;
        for (long slot = process.frame(); slot < process.stackHigh(); slot += NativeMemory.WORD_BYTES) {
            long word = NativeMemory.word(slot);
            if (ContinuationPointer.isContinuation(word)) {
                frameStart = slot;
            } else if (TermTags.isCatch(word) && frameStart != 0) {
                process.setFrame(frameStart);
                process.setCp(ContinuationPointer.FINISH);
                long classAtom = classOf(e.kind());
                process.setX(0, TermTags.NON_VALUE);
                process.setX(1, classAtom);
                process.setX(2, e.reason());
                process.setX(3, RawStackTrace.make(process.heap(), classAtom, trace));
                if (CatchTags.tier(word) == tierId) {
                    return Outcome.enter(handlers.address(CatchTags.handler(word)));
                }
                process.setHandOverTarget(word);
                return Outcome.leave(TierStatus.CATCH);
            }
        }
        process.setExitReason(e);
        process.setExitStackTrace(RawStackTrace.build(trace, process.heap(), tiers::describeContinuation));
        return Outcome.leave(TierStatus.RAISED);
    }

    /**
     * The call stack of a suspended process, stopped at native address {@code at}: its function,
     * then its callers, whichever tier they belong to, at most {@code depth} entries on
     * {@code heap} ({@code process_info}'s {@code current_stacktrace}).
     */
    long suspendedStack(ErlangProcess process, HeapAllocator heap, long at, int depth) {
        return StackTraceBuilder.suspendedStack(process, heap, entry(heap, at), depth, tiers::describeContinuation);
    }

    /** {@code {M, F, Arity, Location}} of the native code at {@code address}, or NON_VALUE. */
    long entry(HeapAllocator heap, long address) {
        return describe(cache, atoms, heap, address);
    }

    /**
     * The stack-trace entry of native code at {@code address} (a resume address, or a return
     * address less one, which lies in the call), or NON_VALUE when no compiled module holds it.
     */
    static long describe(CodeCache cache, AtomTable atoms, HeapAllocator heap, long address) {
        NativeModule module = cache.at(address);
        ModuleFunction function = module == null ? null : module.functionAt(address);
        if (function == null) {
            return TermTags.NON_VALUE;
        }
        long location = module.location(heap, address);
        return Tuples.make(heap, module.loaded().moduleAtom(), function.functionAtom(),
                TermTags.makeSmall(function.arity()), location);
    }

    private static long classOf(ErlangException.Kind kind) {
        return switch (kind) {
            case ERROR -> Atoms.ERROR;
            case EXIT -> Atoms.EXIT;
            case THROW -> Atoms.THROW;
        };
    }
}
