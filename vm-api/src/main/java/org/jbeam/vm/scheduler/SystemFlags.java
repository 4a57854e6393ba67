package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.term.TermTags;

/**
 * The VM-wide settings {@code erlang:system_flag/2} changes and {@code system_info/1} reads
 * (OTP's {@code erl_bif_info.c}): the defaults new processes start with, the trace control
 * word and the system logger (where the emulator sends its error reports, {@link CrashReports}).
 * Values are terms (small integers, atoms, a pid) as the BIFs return them. Read and written by
 * processes on any scheduler: each is one word, set as a whole, so a reader sees the old or the
 * new value (volatile).
 */
public final class SystemFlags {
    /** erl's defaults: the heap sizes of {@code erl_gc.h}, {@code fullsweep_after} 65535. */
    volatile long minHeapSize = TermTags.makeSmall(233);
    volatile long minBinVheapSize = TermTags.makeSmall(46422);
    volatile long fullsweepAfter = TermTags.makeSmall(65535);
    volatile long traceControlWord = TermTags.makeSmall(0);
    /** The heap limit new processes start with, and the flags of a limit given as an integer. */
    volatile MaxHeapSize maxHeapSize = MaxHeapSize.NONE;
    /** The registered name {@code logger} until {@code system_flag(system_logger, ...)} says otherwise. */
    volatile long systemLogger;

    SystemFlags(long loggerAtom) {
        this.systemLogger = loggerAtom;
    }

    public long minHeapSize() {
        return minHeapSize;
    }

    public long minBinVheapSize() {
        return minBinVheapSize;
    }

    public long fullsweepAfter() {
        return fullsweepAfter;
    }

    public MaxHeapSize maxHeapSize() {
        return maxHeapSize;
    }

    public long traceControlWord() {
        return traceControlWord;
    }

    /** A pid, the atom {@code logger} (the registered name), or {@code undefined} (reports dropped). */
    public long systemLogger() {
        return systemLogger;
    }

    boolean dropsReports() {
        return systemLogger == Atoms.UNDEFINED;
    }
}
