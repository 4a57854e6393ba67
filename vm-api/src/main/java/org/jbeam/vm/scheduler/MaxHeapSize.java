package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;

/**
 * A process's heap limit, {@code max_heap_size} (OTP's {@code erts_max_heap_size} and
 * {@code erts_max_heap_size_map} in {@code erl_gc.c}): a size in words (0: no limit), whether
 * reaching it kills the process, and whether it is reported to the logger. It is given as an
 * integer (the flags then come from the system default) or as a map with a mandatory
 * {@code size} and optional {@code kill} and {@code error_logger} booleans (other keys are
 * ignored, as erts does); it reads back as {@code #{error_logger, kill, size}}.
 *
 * @param sizeWords   the limit in words, 0 for none
 * @param kill        whether a process over the limit is killed (exit reason {@code killed})
 * @param errorLogger whether reaching the limit is reported to the logger
 */
public record MaxHeapSize(long sizeWords, boolean kill, boolean errorLogger) {
    /** erl's default: no limit; kill and report once one is set. */
    public static final MaxHeapSize NONE = new MaxHeapSize(0, true, true);

    /**
     * The setting {@code value} describes, its missing flags taken from {@code defaults}
     * (the system's); null when {@code value} is not a valid setting (the caller's badarg).
     */
    static MaxHeapSize parse(long value, MaxHeapSize defaults, AtomTable atoms) {
        long size;
        boolean kill = defaults.kill;
        boolean errorLogger = defaults.errorLogger;
        if (TermTags.isSmall(value)) {
            size = TermTags.smallValue(value);
        } else if (Maps.isMap(value)) {
            long sizeTerm = Maps.get(value, atoms.atom("size"));
            if (sizeTerm == TermTags.NON_VALUE || !TermTags.isSmall(sizeTerm)) {
                return null; // size is mandatory
            }
            size = TermTags.smallValue(sizeTerm);
            Boolean killFlag = flag(Maps.get(value, atoms.atom("kill")), kill);
            Boolean logFlag = flag(Maps.get(value, atoms.atom("error_logger")), errorLogger);
            if (killFlag == null || logFlag == null) {
                return null;
            }
            kill = killFlag;
            errorLogger = logFlag;
        } else {
            return null;
        }
        return size < 0 ? null : new MaxHeapSize(size, kill, errorLogger);
    }

    /**
     * As {@link #parse}, and also null when a limit is set below {@code minHeapWords} (the
     * process's {@code min_heap_size}): erts refuses a limit a fresh heap would break.
     */
    static MaxHeapSize parseFor(long value, MaxHeapSize defaults, long minHeapWords, AtomTable atoms) {
        MaxHeapSize parsed = parse(value, defaults, atoms);
        return parsed == null || (parsed.sizeWords != 0 && parsed.sizeWords < minHeapWords) ? null : parsed;
    }

    private static Boolean flag(long term, boolean absent) {
        if (term == TermTags.NON_VALUE) {
            return absent;
        }
        return term == Atoms.TRUE ? Boolean.TRUE : term == Atoms.FALSE ? Boolean.FALSE : null;
    }

    /** Whether a heap of {@code totalHeapWords} words is over this limit. */
    boolean exceededBy(long totalHeapWords) {
        return sizeWords != 0 && totalHeapWords > sizeWords;
    }

    /** {@code #{error_logger => Bool, kill => Bool, size => Words}}, built on {@code heap}. */
    public long toMap(TermOrder order, HeapAllocator heap, AtomTable atoms) {
        return Maps.fromPairs(order, heap,
                new long[] {atoms.atom("error_logger"), atoms.atom("kill"), atoms.atom("size")},
                new long[] {Atoms.bool(errorLogger), Atoms.bool(kill), TermTags.makeSmall(sizeWords)});
    }
}
