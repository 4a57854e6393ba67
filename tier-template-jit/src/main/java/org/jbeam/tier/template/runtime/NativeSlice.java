package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.backend.EntryDoor;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.tier.template.entry.ExitReason;
import org.jbeam.tier.template.entry.ExitStatus;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.RaiseSite;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.TierStatus;
import org.jbeam.vm.tier.Tiers;

/**
 * The template JIT's slice loop: enters native code through the arch's door, and at each exit
 * syncs the VM state back from the context block (heap top, frame pointer, CP register,
 * reductions), then maps the exit to a {@link TierStatus} or runs the helper asked for and enters
 * again. Before each entry the state goes the other way, so Java code between two entries (BIFs,
 * the collector, other tiers) sees and changes the process as the interpreter leaves it.
 */
public final class NativeSlice {
    private final EntryDoor door;
    private final CodeCache cache;
    /** Helpers keep scratch state (saved registers, a carried trace): one set per scheduler thread. */
    private final ThreadLocal<HelperCalls> helpers;
    private final NativeExceptions exceptions;
    /** One context block per scheduler thread, reused for every process it runs. */
    private final ThreadLocal<EntryContext> contexts = ThreadLocal.withInitial(EntryContext::new);

    public NativeSlice(int tierId, EntryDoor door, CodeCache cache, CatchHandlers handlers, Tiers tiers,
            AtomTable atoms, BifTable bifs, ExportTable exports, ExportResolver resolver) {
        this.door = door;
        this.cache = cache;
        this.helpers = ThreadLocal.withInitial(() -> new HelperCalls(tierId, atoms, bifs, exports, resolver, tiers));
        this.exceptions = new NativeExceptions(tierId, cache, tiers, handlers, atoms);
    }

    /**
     * The stack-trace entry {@code {M, F, Arity, Location}} of the call before return address
     * {@code returnAddress}, built on {@code heap}; NON_VALUE when no compiled module holds it.
     */
    public long describeReturn(long returnAddress, HeapAllocator heap, AtomTable atoms) {
        return NativeExceptions.describe(cache, atoms, heap, returnAddress - 1);
    }

    /**
     * The call stack of {@code process}, suspended in this tier's code at its resume position, as a
     * list of {@code {M, F, Arity, Location}} built on {@code heap}, innermost first, at most
     * {@code depth} entries.
     */
    public long suspendedStack(ErlangProcess process, HeapAllocator heap, int depth) {
        return exceptions.suspendedStack(process, heap, process.resumePosition(), depth);
    }

    /** Runs {@code process} from native address {@code address} until it leaves the tier or the slice ends. */
    public TierStatus run(ErlangProcess process, long address) {
        EntryContext c = contexts.get();
        HelperCalls helpers = this.helpers.get();
        long next = address;
        while (true) {
            load(c, process);
            long entered = c.reductions();
            long status = door.enter(c.address(), next);
            store(c, process, entered);
            ExitReason reason = ExitStatus.reason(status);
            switch (reason) {
                case RETURNED -> {
                    return returned(process);
                }
                case YIELDED -> {
                    return yielded(process, c.resumeAddress());
                }
                case CALL_HELPER -> {
                    Helper helper = Helper.of(ExitStatus.argument(status));
                    long at = c.resumeAddress();
                    // Where the process is while Java runs for it (process_info, check_process_code
                    // of itself), as the interpreter notes a BIF call's position.
                    process.setResumePosition(at);
                    NativeModule module = cache.at(at, helpers.lookup);
                    Outcome outcome;
                    try {
                        outcome = helpers.run(helper, c, process, module);
                    } catch (ErlangException e) {
                        outcome = exceptions.raise(process, e, raiseSite(helpers, helper, c, process, module),
                                helpers.takeCarriedTrace());
                    }
                    if (outcome.leaves()) {
                        return outcome.status();
                    }
                    next = outcome.address();
                }
            }
        }
    }

    /** The native code returned to a CP it does not own: the bottom (the first call ends) or another tier's. */
    private static TierStatus returned(ErlangProcess process) {
        long cp = process.cp();
        if (cp == ContinuationPointer.FINISH) {
            return TierStatus.FINISHED;
        }
        process.setCp(ContinuationPointer.FINISH);
        process.setHandOverTarget(cp);
        return TierStatus.RETURN;
    }

    private TierStatus yielded(ErlangProcess process, long resume) {
        process.setResumePosition(resume);
        NativeModule module = cache.at(resume);
        process.setLiveX(module == null ? ErlangProcess.X_REGISTERS : module.liveXBound());
        return TierStatus.YIELDED;
    }

    /** Where {@code helper}, called from {@code module}'s code, raised: for the trace's first entries. */
    private RaiseSite raiseSite(HelperCalls helpers, Helper helper, EntryContext c, ErlangProcess p,
            NativeModule module) {
        long resume = c.resumeAddress();
        // apply and fun calls run a BIF as the callee of a function call, as OTP enters it.
        boolean asFunction = helper == Helper.APPLY || helper == Helper.CALL_FUN;
        return exceptions.site(helpers.failedCall(helper, c, p, module), asFunction, resume,
                raisedAt(helper, resume), knownEntry(helper, c, p, resume));
    }

    /**
     * The native address a trace names for an exception {@code helper} raised, one byte inside
     * the raising instruction's code, as OTP steps back from a return address: before the resume
     * address {@code at} of a helper that goes on after its exit (which may be the next
     * instruction's or function's first byte after a tail call); {@code at} itself for the
     * helpers that resume at their own exit, which starts the instruction. An address in a slow
     * path (cold code after the module's functions) stands for the instruction that deferred it
     * ({@code NativeCode.originOf}).
     */
    private static long raisedAt(Helper helper, long at) {
        return switch (helper) {
            case RAISE, RERAISE, RAW_RAISE, HIBERNATE -> at;
            default -> at - 1;
        };
    }

    /**
     * A {@code function_clause} trace entry names the function and its arguments, as erl's does,
     * with the location of its {@code func_info} (the line of the function's first clause).
     */
    private long knownEntry(Helper helper, EntryContext c, ErlangProcess p, long at) {
        if (helper != Helper.RAISE || ErrorKind.of((int) c.argument(0)) != ErrorKind.FUNCTION_CLAUSE) {
            return TermTags.NON_VALUE;
        }
        long arguments = ExceptionHelpers.arguments(p, (int) TermTags.smallValue(c.argument(3)));
        long here = exceptions.entry(p.heap(), at);
        long location = here == TermTags.NON_VALUE ? TermTags.NIL : Tuples.element(here, 4);
        return Tuples.make(p.heap(), c.argument(1), c.argument(2), arguments, location);
    }

    private static void load(EntryContext c, ErlangProcess p) {
        c.setXRegisters(p.xRegisters());
        c.setFloatRegisters(p.floatRegisters());
        c.setProcessId(p.pid());
        c.setHeapTop(p.heap().top());
        c.setHeapLimit(p.heap().bumpLimit());
        c.setStackPointer(p.frame());
        c.setStackLow(p.stackLow());
        c.setReductions(p.reductions());
        c.setContinuation(p.cp());
    }

    private static void store(EntryContext c, ErlangProcess p, long entered) {
        p.heap().setTop(c.heapTop());
        p.moveFrame(c.stackPointer());
        p.setCp(c.continuation());
        long used = entered - c.reductions();
        if (used > 0) {
            p.consumeReductions((int) used);
        }
    }
}
