package org.jbeam.vm.error;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Builds the stack trace of an exception when it is raised, with the rules of OTP's
 * {@code save_stacktrace} and {@code build_stacktrace} (beam_common.c, erl_bif_info.c), the same
 * for every tier; each tier tells where the exception was raised through a {@link RaiseSite}.
 * As OTP's, the trace is pending ({@link RawStackTrace}): the first entries are built, the
 * continuation pointers are named only when a handler asks for the list.
 * <ul>
 * <li>the first entry names where the error happened: a failing BIF as
 * {@code {M,F,Args,[{error_info,...}]}} followed by the calling function (a BIF entered through
 * its export, {@link RaiseSite#callReturn}, raises at its return, which names the caller once); a
 * call to a function with no code ({@code undef}) as {@code {M,F,Args,[]}} alone (the caller
 * follows as the CP); {@code error/2,3} as the calling function with the given arguments (and
 * {@code error/3}'s {@code error_info} option); {@code error/1}, {@code exit/1},
 * {@code throw/1} as the calling function; {@code raise/3} keeps the trace it was given;
 * anything else as the function holding the raising instruction, with {@code {error_info, Map}}
 * when the exception carries one;</li>
 * <li>then the live CP register and the continuation pointers on the stack, walking outward,
 * each consecutive duplicate recorded once;</li>
 * <li>at most {@code backtrace_depth} entries in all, the first always kept; entries no tier
 * can name (the bottom CP) count toward the depth but are left out.</li>
 * </ul>
 */
public final class StackTraceBuilder {
    private final AtomTable atoms;
    private final BacktraceDepth depth;
    private final long raise;
    private final long error;
    private final long exit;
    private final long throwAtom;
    private final long module;
    private final long cause;

    public StackTraceBuilder(AtomTable atoms, BacktraceDepth depth) {
        this.atoms = atoms;
        this.depth = depth;
        this.raise = atoms.atom("raise");
        this.error = atoms.atom("error");
        this.exit = atoms.atom("exit");
        this.throwAtom = atoms.atom("throw");
        this.module = atoms.atom("module");
        this.cause = atoms.atom("cause");
    }

    /**
     * The trace of {@code e}, raised in {@code p} where {@code site} says, built (or pending,
     * {@link RawStackTrace#build}) on the process's heap; {@code []} when the heap has no room left for it (the exception may be that very
     * {@code system_limit}), so a full heap still unwinds cleanly.
     */
    public long build(ErlangProcess p, ErlangException e, RaiseSite site) {
        try {
            return buildOrFail(p, e, site);
        } catch (ErlangException noRoom) {
            return TermTags.NIL;
        }
    }

    private long buildOrFail(ErlangProcess p, ErlangException e, RaiseSite site) {
        HeapAllocator heap = p.heap();
        int limit = Math.max(1, depth.get());
        FailedCall failed = site.failedCall();
        boolean undef = failed != null && !failed.bif() && e.reason() == Atoms.UNDEF;
        if (failed != null && !failed.bif() && !undef) {
            failed = null;
        }
        Entries trace = new Entries(limit, null, heap);
        long named = ContinuationPointer.FINISH; // a CP the first entries name already
        if (failed == null) {
            trace.add(withErrorInfo(heap, site.here(heap), e));
        } else if (isErlang(failed, raise, 3)) {
            return truncated(heap, failed.arguments()[2]);
        } else if (undef) {
            trace.add(Tuples.make(heap, failed.module(), failed.function(), arguments(heap, failed), TermTags.NIL));
        } else if (raisesAsCaller(failed)) {
            trace.add(asCaller(heap, site.here(heap), failed));
            named = site.callReturn();
        } else {
            trace.add(Tuples.make(heap, failed.module(), failed.function(), arguments(heap, failed),
                    errorInfo(p, failed.module(), e.cause())));
            if (site.callReturn() == ContinuationPointer.FINISH) {
                trace.add(site.here(heap));
            } // else the BIF was called as a function: the CP register, its return, names the caller
        }
        walkStack(p, trace, named);
        return trace.list(heap);
    }

    /**
     * The call stack of a process that is not running, as {@code process_info(P,
     * current_stacktrace)} reports it (OTP's {@code erts_build_stacktrace} from the saved program
     * counter): {@code here}, the function at its resume position (NON_VALUE when none holds it),
     * then its continuation pointers as an exception's trace walks them, at most {@code depth}
     * entries, built on {@code heap} (the asker's, so the process's own is left alone).
     */
    public static long suspendedStack(ErlangProcess p, HeapAllocator heap, long here, int depth,
            ContinuationNames names) {
        Entries stack = new Entries(Math.max(0, depth), names, heap);
        stack.add(here);
        walkStack(p, stack, ContinuationPointer.FINISH);
        return stack.list(heap);
    }

    /** A trace given to {@code raise/3}, cut to the depth as OTP cuts it. */
    private long truncated(HeapAllocator heap, long trace) {
        int limit = Math.max(1, depth.get());
        if (Lists.properLength(trace) <= limit) {
            return trace;
        }
        long[] kept = new long[limit];
        long rest = trace;
        for (int i = 0; i < limit; i++) {
            kept[i] = Lists.head(rest);
            rest = Lists.tail(rest);
        }
        return Lists.of(heap, kept);
    }

    /**
     * Adds the live CP register, then every CP in the stack frames, outward, none equal to the
     * one before it; {@code named} is a CP the first entries name already.
     */
    private static void walkStack(ErlangProcess p, Entries trace, long named) {
        long previous = named;
        if (p.cp() != ContinuationPointer.FINISH) {
            if (p.cp() != previous) {
                trace.addContinuation(p.cp());
            }
            previous = p.cp();
        }
        for (long slot = p.frame(); slot < p.stackHigh() && !trace.full(); slot += NativeMemory.WORD_BYTES) {
            long word = NativeMemory.word(slot);
            if (ContinuationPointer.isContinuation(word) && word != previous) {
                previous = word;
                trace.addContinuation(word);
            }
        }
    }

    private boolean isErlang(FailedCall call, long function, int arity) {
        return call.module() == Atoms.ERLANG && call.function() == function && call.arity() == arity;
    }

    /** {@code error/1,2,3}, {@code exit/1}, {@code throw/1}: the caller is where it happened. */
    private boolean raisesAsCaller(FailedCall call) {
        return isErlang(call, error, 1) || isErlang(call, error, 2) || isErlang(call, error, 3)
                || isErlang(call, exit, 1) || isErlang(call, throwAtom, 1);
    }

    /**
     * The caller's entry for {@code error/2,3}: the given arguments in place of the arity when
     * they are a list (even an improper one, as erts shows them), error/3's {@code error_info}
     * option last in the location.
     */
    private long asCaller(HeapAllocator heap, long here, FailedCall failed) {
        if (here == TermTags.NON_VALUE || failed.arity() < 2) {
            return here;
        }
        long arguments = Tuples.element(here, 3);
        long location = Tuples.element(here, 4);
        long given = failed.arguments()[1];
        if (TermTags.isList(given) || TermTags.isNil(given)) {
            arguments = given;
        }
        if (failed.arity() == 3) {
            long info = errorInfoOption(failed.arguments()[2]);
            if (info != TermTags.NON_VALUE) {
                location = append(heap, location, info);
            }
        }
        return Tuples.make(heap, Tuples.element(here, 1), Tuples.element(here, 2), arguments, location);
    }

    /** The entry with {@code {error_info, Map}} added to its location when the exception carries one. */
    private static long withErrorInfo(HeapAllocator heap, long entry, ErlangException e) {
        if (e.errorInfo() == 0 || entry == TermTags.NON_VALUE) {
            return entry;
        }
        long info = Tuples.make(heap, Atoms.ERROR_INFO, e.errorInfo());
        return Tuples.make(heap, Tuples.element(entry, 1), Tuples.element(entry, 2), Tuples.element(entry, 3),
                append(heap, Tuples.element(entry, 4), info));
    }

    /**
     * {@code [{error_info, #{module => M}}]}: OTP 24+ marks BIF errors so that
     * {@code erl_error} can explain them, with the erts, kernel or stdlib explainer by module.
     */
    private long errorInfo(ErlangProcess p, long bifModule, long errorCause) {
        String explainer = switch (atoms.name(bifModule)) {
            case "atomics", "counters", "erlang", "erts_internal", "persistent_term" -> "erl_erts_errors";
            case "code", "os" -> "erl_kernel_errors";
            case "binary", "ets", "lists", "maps", "math", "re", "unicode" -> "erl_stdlib_errors";
            default -> null;
        };
        if (explainer == null) {
            return TermTags.NIL; // erts names an explainer only for the BIF modules above
        }
        HeapAllocator heap = p.heap();
        long map = errorCause == 0
                ? Maps.fromPairs(p.order(), heap, new long[] {module}, new long[] {atoms.atom(explainer)})
                : Maps.fromPairs(p.order(), heap, new long[] {cause, module},
                        new long[] {errorCause, atoms.atom(explainer)});
        return Lists.of(heap, Tuples.make(heap, Atoms.ERROR_INFO, map));
    }

    /** The {@code {error_info, Info}} tuple of {@code error/3}'s option list, or NON_VALUE. */
    private static long errorInfoOption(long options) {
        for (long rest = options; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (Tuples.isTuple(option) && Tuples.arity(option) == 2 && Tuples.element(option, 1) == Atoms.ERROR_INFO) {
                return option;
            }
        }
        return TermTags.NON_VALUE;
    }

    private static long arguments(HeapAllocator heap, FailedCall call) {
        long list = TermTags.NIL;
        for (int k = call.arity() - 1; k >= 0; k--) {
            list = Lists.cons(heap, call.arguments()[k], list);
        }
        return list;
    }

    private static long append(HeapAllocator heap, long list, long last) {
        if (!TermTags.isList(list)) {
            return Lists.of(heap, last);
        }
        return Lists.cons(heap, Lists.head(list), append(heap, Lists.tail(list), last));
    }

    /**
     * Entries gathered so far, up to the depth limit (entries OTP cannot name are counted, not
     * kept). Continuation pointers are named as they come when {@code names} is given, else
     * recorded for a pending trace ({@link RawStackTrace}), named only if it is ever asked for.
     */
    private static final class Entries {
        private final long[] entries;
        private final long[] continuations;
        private final ContinuationNames names;
        private final HeapAllocator heap;
        private int count;
        private int kept;
        private int pending;

        Entries(int depth, ContinuationNames names, HeapAllocator heap) {
            this.entries = new long[depth];
            this.continuations = names == null ? new long[depth] : null;
            this.names = names;
            this.heap = heap;
        }

        void add(long entry) {
            if (count < entries.length) {
                count++;
                if (entry != TermTags.NON_VALUE) {
                    entries[kept++] = entry;
                }
            }
        }

        /** The bottom CP (FINISH) names nothing, but counts. */
        void addContinuation(long cp) {
            if (names != null || cp == ContinuationPointer.FINISH) {
                add(cp == ContinuationPointer.FINISH ? TermTags.NON_VALUE : names.describeContinuation(cp, heap));
            } else if (count < entries.length) {
                count++;
                continuations[pending++] = cp;
            }
        }

        boolean full() {
            return count >= entries.length;
        }

        long list(HeapAllocator heap) {
            long list = TermTags.NIL;
            for (int i = kept - 1; i >= 0; i--) {
                list = Lists.cons(heap, entries[i], list);
            }
            return pending == 0 ? list : RawStackTrace.pending(heap, list, continuations, pending);
        }
    }
}
