package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.ExceptionOps;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.error.RawStackTrace;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.CatchTags;
import org.jbeam.vm.tier.TierStatus;

/**
 * Exception handling, as BEAM's {@code handle_error}/{@code next_catch}: an exception walks
 * the stack from the current frame towards the bottom looking for a catch tag; the frame that
 * holds it (the one whose saved CP is nearest below the tag) becomes current again, and control
 * goes to the tag's handler with X0 = non-value, X1 = class, X2 = reason, X3 = raw trace.
 *
 * <p>The raw trace is {@code {Class, Trace}} ({@link RawStackTrace}) with the trace
 * {@link StackTraces} made when the exception was raised: it carries the class that
 * {@code raise} needs, and {@code build_stacktrace} builds the list from it.
 */
final class Exceptions {
    private Exceptions() {}

    /** What {@link #unwind} returns when no catch tag is left on the stack. */
    static final int NOT_CAUGHT = -1;

    /**
     * The handler's instruction index after {@code e} unwound to it, {@link Machine#HAND_OVER}
     * when the catch tag is another tier's (the handler registers are set as that tier expects),
     * or {@link #NOT_CAUGHT}.
     */
    static int unwind(Machine m, ErlangException e, long trace) {
        ErlangProcess p = m.process;
        long frameStart = 0;
        for (long slot = p.frame(); slot < p.stackHigh(); slot += NativeMemory.WORD_BYTES) {
            long word = NativeMemory.word(slot);
            if (ContinuationPointer.isContinuation(word)) {
                frameStart = slot;
            } else if (TermTags.isCatch(word) && frameStart != 0) {
                p.setFrame(frameStart);
                // The CP register belonged to a frame now gone; the catching frame keeps its own.
                p.setCp(ContinuationPointer.FINISH);
                long classAtom = classOf(e.kind());
                p.setX(0, TermTags.NON_VALUE);
                p.setX(1, classAtom);
                p.setX(2, e.reason());
                p.setX(3, RawStackTrace.make(p.heap(), classAtom, trace));
                if (CatchTags.tier(word) != m.interpreter.id()) {
                    return m.handOver(TierStatus.CATCH, word);
                }
                return m.goTo(m.interpreter.catchPosition(word));
            }
        }
        return NOT_CAUGHT;
    }

    static int tryStart(Machine m, ExceptionOps.Try i, int pc) {
        m.process.setY(i.y(), i.catchTag());
        return pc + 1;
    }

    static int catchStart(Machine m, ExceptionOps.CatchStart i, int pc) {
        m.process.setY(i.y(), i.catchTag());
        return pc + 1;
    }

    static int tryEnd(Machine m, ExceptionOps.TryEnd i, int pc) {
        m.process.setY(i.y(), TermTags.NIL);
        return pc + 1;
    }

    static int tryCase(Machine m, ExceptionOps.TryCase i, int pc) {
        ErlangProcess p = m.process;
        p.setY(i.y(), TermTags.NIL);
        p.setX(0, p.x(1));
        p.setX(1, p.x(2));
        p.setX(2, p.x(3));
        return pc + 1;
    }

    static int tryCaseEnd(Machine m, ExceptionOps.TryCaseEnd i) {
        long tag = m.interpreter.atom("try_clause");
        throw ErlangException.error(Tuples.make(m.process.heap(), tag, m.read(i.value())), "try_clause");
    }

    /** {@code catch_end}: a thrown value as is, an exit as {@code {'EXIT',R}}, an error with its trace. */
    static int catchEnd(Machine m, ExceptionOps.CatchEnd i, int pc) {
        ErlangProcess p = m.process;
        p.setY(i.y(), TermTags.NIL);
        if (p.x(0) == TermTags.NON_VALUE) {
            long kind = p.x(1);
            long reason = p.x(2);
            long exit = m.interpreter.atom("EXIT");
            if (kind == Atoms.THROW) {
                p.setX(0, reason);
            } else if (kind == Atoms.ERROR) {
                long trace = RawStackTrace.built(p.x(3), p.heap(), m.interpreter.tiers()::describeContinuation);
                p.setX(0, Tuples.make(p.heap(), exit, Tuples.make(p.heap(), reason, trace)));
            } else {
                p.setX(0, Tuples.make(p.heap(), exit, reason));
            }
        }
        return pc + 1;
    }

    static int raise(Machine m, ExceptionOps.Raise i) {
        long raw = m.read(i.stacktrace());
        long value = m.read(i.value());
        m.carriedTrace = RawStackTrace.traceOf(raw);
        throw new ErlangException(kindOf(RawStackTrace.classOf(raw)), value, "re-raised");
    }

    static int buildStacktrace(Machine m, int pc) {
        ErlangProcess p = m.process;
        p.setX(0, RawStackTrace.built(p.x(0), p.heap(), m.interpreter.tiers()::describeContinuation));
        return pc + 1;
    }

    static int rawRaise(Machine m) {
        ErlangProcess p = m.process;
        long classAtom = p.x(0);
        if (classAtom != Atoms.ERROR && classAtom != Atoms.EXIT && classAtom != Atoms.THROW) {
            throw ErlangException.badarg("raw_raise with a bad class");
        }
        m.carriedTrace = RawStackTrace.traceOf(p.x(2));
        throw new ErlangException(kindOf(classAtom), p.x(1), "raw_raise");
    }

    static long classOf(ErlangException.Kind kind) {
        return switch (kind) {
            case ERROR -> Atoms.ERROR;
            case EXIT -> Atoms.EXIT;
            case THROW -> Atoms.THROW;
        };
    }

    static ErlangException.Kind kindOf(long classAtom) {
        if (classAtom == Atoms.EXIT) {
            return ErlangException.Kind.EXIT;
        }
        return classAtom == Atoms.THROW ? ErlangException.Kind.THROW : ErlangException.Kind.ERROR;
    }
}
