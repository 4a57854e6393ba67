package org.jbeam.tier.interpreter;

import org.jbeam.vm.error.StackTraceBuilder;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The call stack of a process that is not running (waiting in a receive, or preempted), as
 * {@code process_info(Pid, current_stacktrace)} reports it (OTP's {@code erts_build_stacktrace}
 * from the saved program counter): the function holding the resume position with its location,
 * then each continuation pointer outward as the VM's trace rules walk them
 * ({@link StackTraceBuilder#suspendedStack}), each naming the call before the return address.
 * Built on the asker's heap, so the target's heap is left alone.
 */
final class SuspendedStacks {
    private SuspendedStacks() {}

    static long of(Interpreter interpreter, ErlangProcess process, HeapAllocator heap, int depth) {
        long position = process.resumePosition();
        if (position < 0) {
            return TermTags.NON_VALUE;
        }
        long here = entry(interpreter, heap, (int) (position >>> 32), (int) position);
        return StackTraceBuilder.suspendedStack(process, heap, here, depth,
                (cp, on) -> continuationEntry(interpreter, on, cp));
    }

    private static long continuationEntry(Interpreter interpreter, HeapAllocator heap, long cp) {
        if (ContinuationPointer.tier(cp) != interpreter.id()) {
            return interpreter.tiers().describeContinuation(cp, heap); // a frame of another tier
        }
        return ownContinuationEntry(interpreter, heap, cp);
    }

    /** The entry of one of {@code interpreter}'s own CPs: the call instruction before the return address. */
    static long ownContinuationEntry(Interpreter interpreter, HeapAllocator heap, long cp) {
        long position = ContinuationPointer.code(cp);
        return entry(interpreter, heap, (int) (position >>> 32), (int) position - 1);
    }

    private static long entry(Interpreter interpreter, HeapAllocator heap, int moduleId, int index) {
        InterpretedModule module = interpreter.module(moduleId);
        if (module == null) {
            return TermTags.NON_VALUE;
        }
        CodeLocations at = module.locations();
        if (!at.hasFunction(index)) {
            return TermTags.NON_VALUE;
        }
        return Tuples.make(heap, at.moduleAtom(), at.functionName(index), TermTags.makeSmall(at.functionArity(index)),
                at.location(heap, index));
    }
}
