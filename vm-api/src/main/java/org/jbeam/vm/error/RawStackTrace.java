package org.jbeam.vm.error;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The raw stack trace an exception handler gets in X3, OTP's saved {@code StackTrace} (the
 * {@code x(2)} of a {@code try_case}), which only {@code build_stacktrace}, {@code catch_end},
 * {@code raise} and {@code raw_raise} read: {@code {Class, Trace}}, the class that
 * {@code raise} needs and the trace.
 *
 * <p>A trace is a list of entries once built. As raised it is usually <em>pending</em>, as
 * OTP's is: the entries that name where the exception happened are built, the continuation
 * pointers of the frames it unwound are only recorded, and are named
 * ({@code {M, F, Arity, Location}}) when something asks for the list, which most handlers never
 * do. A pending trace is the tuple {@code {Entries, Continuations}}, the continuation pointers as
 * the digits of a positive bignum, which no collector looks into (CP words are not terms).
 */
public final class RawStackTrace {
    private RawStackTrace() {}

    /** The handler's X3: {@code {Class, Trace}}. */
    public static long make(HeapAllocator heap, long classAtom, long trace) {
        return Tuples.make(heap, classAtom, trace);
    }

    /** The class a raw trace carries; {@code error} for anything else (as OTP takes a bad one). */
    public static long classOf(long raw) {
        return isRaw(raw) ? Tuples.element(raw, 1) : Atoms.ERROR;
    }

    /** The trace a raw trace carries, built or pending ({@code []} for anything else). */
    public static long traceOf(long raw) {
        return isRaw(raw) ? Tuples.element(raw, 2) : TermTags.NIL;
    }

    /** The list of entries of the trace that raw trace {@code raw} carries, built on {@code heap}. */
    public static long built(long raw, HeapAllocator heap, ContinuationNames names) {
        return build(traceOf(raw), heap, names);
    }

    /**
     * {@code trace} as a list of entries: itself when built, else its entries followed by the
     * names of its continuation pointers (those no tier can name any more left out).
     */
    public static long build(long trace, HeapAllocator heap, ContinuationNames names) {
        if (!Tuples.isTuple(trace)) {
            return trace;
        }
        long entries = Tuples.element(trace, 1);
        long continuations = TermTags.pointer(Tuples.element(trace, 2));
        int count = (int) TermTags.headerArity(NativeMemory.word(continuations));
        long[] named = new long[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            long entry = names.describeContinuation(NativeMemory.wordAt(continuations, i + 1), heap);
            if (entry != TermTags.NON_VALUE) {
                named[kept++] = entry;
            }
        }
        long list = TermTags.NIL;
        for (int i = kept - 1; i >= 0; i--) {
            list = Lists.cons(heap, named[i], list);
        }
        return prepend(heap, entries, list);
    }

    /** A pending trace: built {@code entries}, then the first {@code count} of {@code continuations}. */
    static long pending(HeapAllocator heap, long entries, long[] continuations, int count) {
        long box = heap.allocate(count + 1);
        NativeMemory.setWord(box, TermTags.makeHeader(count, TermTags.POSITIVE_BIG_SUBTAG));
        for (int i = 0; i < count; i++) {
            NativeMemory.setWordAt(box, i + 1, continuations[i]);
        }
        return Tuples.make(heap, entries, TermTags.makeBoxed(box));
    }

    private static boolean isRaw(long raw) {
        return Tuples.isTuple(raw) && Tuples.arity(raw) == 2;
    }

    private static long prepend(HeapAllocator heap, long entries, long tail) {
        if (!TermTags.isList(entries)) {
            return tail;
        }
        return Lists.cons(heap, Lists.head(entries), prepend(heap, Lists.tail(entries), tail));
    }
}
