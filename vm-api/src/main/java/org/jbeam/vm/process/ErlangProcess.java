package org.jbeam.vm.process;

import java.util.function.LongUnaryOperator;

import org.jbeam.vm.bif.Bif;
import org.jbeam.vm.bif.BifTrap;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;

/**
 * One Erlang process's execution state, shared by every tier (contracts 2 and 3): the X
 * registers and float registers in a native register file, the stack in a native block, and
 * the {@link ProcessHeap}.
 *
 * <p>The stack grows downwards as BEAM's does. A frame made by {@code allocate N} is N + 1
 * words at the frame pointer {@code E}: {@code E[0]} holds the caller's continuation pointer
 * ({@link ContinuationPointer}), {@code E[1..N]} are Y0..Y(N-1). The current continuation
 * pointer ({@link #cp()}) is what {@code return} jumps to; {@code allocate} saves it in the new
 * frame and {@code deallocate} restores it.
 *
 * <p>Not thread-safe: a process runs on one scheduler thread at a time.
 */
public final class ErlangProcess implements AutoCloseable {
    /** BEAM's {@code MAX_REG}: X registers a module may name. */
    public static final int X_REGISTERS = 1024;
    /** Float registers a module may name. */
    public static final int FLOAT_REGISTERS = 1024;
    /** BEAM's {@code CONTEXT_REDS}: reductions a process gets per time slice. */
    public static final int REDUCTIONS_PER_SLICE = 4000;
    /** Elements or bytes a long BIF handles per reduction (contract 4). */
    public static final int WORK_PER_REDUCTION = 16;

    private final long pid;
    private final TermOrder order;
    private final ProcessHeap heap;
    /** The register file the process runs in: a scheduler's, its own, or none (0) while detached. */
    private long xRegisters;
    private long floatRegisters;
    /** A file of its own, made when the process runs outside a scheduler (embedders, tests). */
    private RegisterFile ownRegisters;
    /** X0.. of a detached process: its live registers while it waits for a scheduler. */
    private long[] savedX = new long[4];
    private int savedCount;
    /** How many X registers the tier says are live at its last yield or wait; -1 when it did not say. */
    private int liveX = -1;
    /** The stack block: it grows by moving to a block twice as large ({@link #growStack}). */
    private long stackLow;
    private long stackHigh;
    /** The stack never grows past the process's size limit (BEAM counts the stack in the heap). */
    private final long maxStackWords;
    private final long[] bifArguments = new long[8];
    private long frame;
    private long cp = ContinuationPointer.FINISH;
    private int reductions = REDUCTIONS_PER_SLICE;
    /** Reductions each new slice gets: {@link #REDUCTIONS_PER_SLICE} unless a stress run asks for fewer. */
    private int sliceReductions = REDUCTIONS_PER_SLICE;
    private long totalReductions;
    private long resumePosition = -1;
    /** The continuation of a BIF that trapped and has not been called yet ({@link #trap}). */
    private BifTrap pendingTrap;
    private ErlangException exitReason;
    private boolean closed;
    // Processes and messages (issue 4): the message queue every tier's receive reads, and the
    // scheduler's side of the process (links, monitors, flags), set when the runtime spawns it.
    private final Mailbox mailbox = new Mailbox();
    private ProcessControl control;
    private ProcessDictionary dictionary;

    /**
     * @param pid the process identifier term
     * @param order term comparison with the VM's atom table
     * @param stackWords words of native stack (Y registers and CPs)
     * @param heapWords the least size of the young heap; collections resize it, live data plus need
     *     never passing {@code heapLimitWords}
     */
    public ErlangProcess(long pid, TermOrder order, long stackWords, long heapWords, long heapLimitWords) {
        this.pid = pid;
        this.order = order;
        this.heap = new ProcessHeap(heapWords, heapLimitWords);
        this.maxStackWords = Math.max(stackWords, heapLimitWords);
        this.stackLow = NativeAllocator.allocate(stackWords * NativeMemory.WORD_BYTES);
        this.stackHigh = stackLow + stackWords * NativeMemory.WORD_BYTES;
        this.frame = stackHigh;
    }

    public long pid() {
        return pid;
    }

    public TermOrder order() {
        return order;
    }

    public ProcessHeap heap() {
        return heap;
    }

    /**
     * The address of the X-register file the process runs in (X0 first, one word each). A
     * process that no scheduler attached ({@link #attachRegisters}) gets a file of its own.
     */
    public long xRegisters() {
        if (xRegisters == 0) {
            if (ownRegisters == null) {
                ownRegisters = new RegisterFile();
            }
            attachRegisters(ownRegisters);
        }
        return xRegisters;
    }

    /** Moves the process into {@code file}: its saved X registers are copied in. */
    public void attachRegisters(RegisterFile file) {
        xRegisters = file.x();
        floatRegisters = file.floats();
        for (int i = 0; i < savedCount; i++) {
            NativeMemory.setWordAt(xRegisters, i, savedX[i]);
        }
        savedCount = 0;
    }

    /**
     * Leaves the register file, keeping X0..X(live-1) (the tier's {@link #setLiveX}, or every
     * register when the tier did not say); a scheduler does this when the process yields or waits.
     */
    public void detachRegisters() {
        int live = liveX < 0 ? X_REGISTERS : liveX;
        if (savedX.length < live) {
            savedX = new long[Math.max(live, savedX.length * 2)];
        }
        for (int i = 0; i < live; i++) {
            savedX[i] = NativeMemory.wordAt(xRegisters, i);
        }
        savedCount = live;
        xRegisters = 0;
        floatRegisters = 0;
    }

    /** Leaves the register file keeping nothing (the process exits). */
    public void releaseRegisters() {
        if (ownRegisters == null || xRegisters != ownRegisters.x()) {
            xRegisters = 0;
            floatRegisters = 0;
        }
    }

    /** Says how many X registers are live where the process stops (a yield or a receive wait). */
    public void setLiveX(int count) {
        liveX = count;
    }

    public long x(int index) {
        if (xRegisters != 0) {
            return NativeMemory.wordAt(xRegisters, index);
        }
        return index < savedCount ? savedX[index] : TermTags.NIL;
    }

    public void setX(int index, long term) {
        if (xRegisters != 0) {
            NativeMemory.setWordAt(xRegisters, index, term);
            return;
        }
        if (index >= savedX.length) {
            savedX = java.util.Arrays.copyOf(savedX, Math.max(index + 1, savedX.length * 2));
        }
        for (int i = savedCount; i < index; i++) {
            savedX[i] = TermTags.NIL;
        }
        savedX[index] = term;
        savedCount = Math.max(savedCount, index + 1);
    }

    /** The address of the float-register file (attached as {@link #xRegisters} is). */
    public long floatRegisters() {
        xRegisters();
        return floatRegisters;
    }

    public double floatRegister(int index) {
        return NativeMemory.doubleAt(floatRegisters() + (long) index * NativeMemory.WORD_BYTES);
    }

    public void setFloatRegister(int index, double value) {
        NativeMemory.setDoubleAt(floatRegisters() + (long) index * NativeMemory.WORD_BYTES, value);
    }

    /** Scratch space for passing BIF arguments without allocating; its contents last one call. */
    public long[] bifArguments() {
        return bifArguments;
    }

    /** The frame pointer {@code E}: the address of the current frame's saved CP. */
    public long frame() {
        return frame;
    }

    /** Makes {@code address} (a frame's saved-CP slot found by unwinding) the current frame. */
    public void setFrame(long address) {
        if (address < frame || address >= stackHigh) {
            throw new IllegalArgumentException("not a frame of this stack: " + address);
        }
        frame = address;
    }

    /**
     * Sets the frame pointer to any address of the stack block: a native tier pushes and pops
     * frames in generated code and hands the pointer back here at every exit.
     */
    public void moveFrame(long address) {
        if (address < stackLow || address > stackHigh) {
            throw new IllegalArgumentException("not an address of this stack: " + address);
        }
        frame = address;
    }

    /** The lowest word of the stack block: a native tier tests its frame pushes against it. */
    public long stackLow() {
        return stackLow;
    }

    /**
     * Makes room for {@code words} more stack words below the frame pointer, moving the stack to
     * a larger block when needed (a native tier's {@code allocate} found too little).
     */
    public void reserveStack(long words) {
        if (frame - words * NativeMemory.WORD_BYTES < stackLow) {
            growStack(words * NativeMemory.WORD_BYTES);
        }
    }

    /** One past the highest stack word: the stack is empty when the frame pointer is here. */
    public long stackHigh() {
        return stackHigh;
    }

    public long y(int index) {
        return NativeMemory.wordAt(frame, index + 1L);
    }

    public void setY(int index, long term) {
        NativeMemory.setWordAt(frame, index + 1L, term);
    }

    public long cp() {
        return cp;
    }

    public void setCp(long continuation) {
        cp = continuation;
    }

    /**
     * {@code erlang:hibernate/3}: drops every frame (catches with them), so that returning from
     * the function the process continues with ends it.
     */
    public void discardStack() {
        frame = stackHigh;
        cp = ContinuationPointer.FINISH;
    }

    /** {@code allocate N}: pushes a frame of {@code yCount} Y registers holding the current CP. */
    public void allocate(int yCount) {
        long newFrame = frame - (yCount + 1L) * NativeMemory.WORD_BYTES;
        if (newFrame < stackLow) {
            growStack((yCount + 1L) * NativeMemory.WORD_BYTES);
            newFrame = frame - (yCount + 1L) * NativeMemory.WORD_BYTES;
        }
        frame = newFrame;
        NativeMemory.setWord(frame, cp);
    }

    /**
     * Moves the stack to a block at least twice as large with {@code neededBytes} more free.
     * Nothing holds a stack address across instructions except the frame pointer (Y registers
     * are frame-relative, catch tags and CPs are code positions), so the move rebases only it.
     */
    private void growStack(long neededBytes) {
        long used = stackHigh - frame;
        long size = stackHigh - stackLow;
        long newSize = Math.max(size * 2, used + neededBytes);
        if ((used + neededBytes) / NativeMemory.WORD_BYTES > maxStackWords) {
            throw ErlangException.systemLimit("process stack exhausted (" + maxStackWords + " words)");
        }
        newSize = Math.min(newSize, maxStackWords * NativeMemory.WORD_BYTES);
        long block = NativeAllocator.allocate(newSize);
        NativeMemory.copy(frame, block + newSize - used, used);
        NativeAllocator.free(stackLow);
        stackLow = block;
        stackHigh = block + newSize;
        frame = stackHigh - used;
    }

    /** {@code allocate_zero N}: as {@link #allocate}, with every Y register set to {@code []}. */
    public void allocateZeroed(int yCount) {
        allocate(yCount);
        for (int i = 1; i <= yCount; i++) {
            NativeMemory.setWordAt(frame, i, TermTags.NIL);
        }
    }

    /** {@code deallocate N}: restores the CP saved in the frame and pops the frame. */
    public void deallocate(int yCount) {
        cp = NativeMemory.word(frame);
        frame += (yCount + 1L) * NativeMemory.WORD_BYTES;
    }

    /** {@code trim N _}: drops Y0..Y(N-1), keeping the saved CP at the new frame pointer. */
    public void trim(int dropped) {
        long saved = NativeMemory.word(frame);
        frame += (long) dropped * NativeMemory.WORD_BYTES;
        NativeMemory.setWord(frame, saved);
    }

    /** Reductions left in this time slice (contract 4). */
    public int reductions() {
        return reductions;
    }

    /** Counts one reduction; false when the slice is used up and the process should yield. */
    public boolean reduce() {
        totalReductions++;
        return --reductions > 0;
    }

    /**
     * Charges {@code count} reductions for work a BIF did in one go (OTP's {@code BUMP_REDS});
     * the process yields at its next call when the slice is used up.
     */
    public void consumeReductions(int count) {
        totalReductions += count;
        reductions = Math.max(0, reductions - count);
    }

    /**
     * Charges a BIF that ran to its end over {@code units} elements or bytes: one reduction per
     * {@value #WORK_PER_REDUCTION}, so that the process yields at its next call once a long BIF
     * has used up its slice.
     */
    public void chargeWork(long units) {
        consumeReductions((int) Math.min(Integer.MAX_VALUE, units / WORK_PER_REDUCTION));
    }

    /**
     * How many elements or bytes a trapping BIF may go through before it traps: what the rest
     * of the slice pays for at {@link #chargeWork}'s rate, and at least one reduction's worth.
     */
    public int workBudget() {
        return Math.max(1, reductions) * WORK_PER_REDUCTION;
    }

    /**
     * Traps a BIF (OTP's {@code BIF_TRAP}): puts {@code arguments} in X0.. and leaves
     * {@code continuation} pending, for the caller to call next ({@link #takeTrap}).
     *
     * @return {@link Bif#TRAP}, for the BIF to return
     */
    public long trap(BifTrap continuation, long... arguments) {
        if (arguments.length != continuation.arity()) {
            throw new IllegalArgumentException("a trap to an arity-" + continuation.arity()
                    + " continuation with " + arguments.length + " arguments");
        }
        for (int i = 0; i < arguments.length; i++) {
            setX(i, arguments[i]);
        }
        pendingTrap = continuation;
        return Bif.TRAP;
    }

    /** The continuation a BIF trapped to, now taken; null when none is pending. */
    public BifTrap takeTrap() {
        BifTrap trap = pendingTrap;
        pendingTrap = null;
        return trap;
    }

    /** The continuation a BIF trapped to, still pending (a yield keeps its arguments live); or null. */
    public BifTrap pendingTrap() {
        return pendingTrap;
    }

    /** Starts a new time slice. */
    public void refillReductions() {
        reductions = sliceReductions;
    }

    /**
     * Gives every later slice {@code count} reductions (at least 1); a stress run sets 1 so that
     * the process yields at every call.
     */
    public void setSliceReductions(int count) {
        sliceReductions = Math.max(1, count);
        reductions = Math.min(reductions, sliceReductions);
    }

    public long totalReductions() {
        return totalReductions;
    }

    /** Where a tier resumes this process after a yield, in that tier's own code positions. */
    public long resumePosition() {
        return resumePosition;
    }

    public void setResumePosition(long position) {
        resumePosition = position;
    }

    // Tier hand-over (contract 3; org.jbeam.vm.tier.TierSlices).

    private int tier;
    private long handOverTarget;

    /** The id of the tier running the process, or that it resumes in: {@link #resumePosition} is that tier's. */
    public int tier() {
        return tier;
    }

    public void setTier(int tierId) {
        tier = tierId;
    }

    /**
     * What a tier leaving with a hand-over status names for the next tier: an export entry, a
     * fun entry, a continuation pointer or a catch tag ({@link org.jbeam.vm.tier.TierStatus}).
     */
    public long handOverTarget() {
        return handOverTarget;
    }

    public void setHandOverTarget(long target) {
        handOverTarget = target;
    }

    private long exitStackTrace = org.jbeam.vm.term.TermTags.NON_VALUE;

    /** Why the process ended, or null while it has not ended with an exception. */
    public ErlangException exitReason() {
        return exitReason;
    }

    public void setExitReason(ErlangException reason) {
        exitReason = reason;
    }

    /** The stack trace of the exception that ended the process (a term), or NON_VALUE. */
    public long exitStackTrace() {
        return exitStackTrace;
    }

    public void setExitStackTrace(long trace) {
        exitStackTrace = trace;
    }

    /** The message queue. */
    public Mailbox mailbox() {
        return mailbox;
    }

    /** The scheduler's state of this process, or null for a process run outside a runtime. */
    public ProcessControl control() {
        return control;
    }

    public void setControl(ProcessControl processControl) {
        control = processControl;
    }

    /** Ends the time slice at the next reduction (an exit signal to self must stop the process). */
    public void endSlice() {
        reductions = 1;
    }

    /**
     * Spends the rest of the slice at once: a BIF that traps now yields before its
     * continuation runs (a BIF waiting for another scheduler's process retries next slice).
     */
    public void spendSlice() {
        reductions = 0;
    }

    // --- Garbage collection (org.jbeam.vm.gc): the roots of this process and the heap figures.

    /**
     * Collects the heap if {@code needWords} words do not fit it, at a point where X0..X(live-1)
     * and the stack are the only live terms (OTP's {@code test_heap}/{@code allocate_heap}
     * {@code Live} operand). Afterwards {@code needWords} words fit the young heap.
     */
    public void ensureHeap(int live, long needWords) {
        if (heap.needsCollection(needWords)) {
            garbageCollect(live, needWords, false);
        }
    }

    /**
     * Collects the heap now, keeping X0..X(live-1) and every term on the stack (Y registers;
     * continuation pointers, 00-tagged, are skipped, catch tags are immediates) and the terms of
     * the process dictionary. An exception being raised lives in X registers once caught.
     * {@code fullsweep} forces a major collection.
     */
    public void garbageCollect(int live, long needWords, boolean fullsweep) {
        if (pendingTrap != null) {
            // A trapped BIF may hold heap addresses in its state (OTP disables GC while one does).
            throw new IllegalStateException("garbage collection of a process inside a trapped BIF");
        }
        heap.collect(collector -> {
            if (xRegisters != 0) {
                collector.relocateWords(xRegisters, live);
            } else {
                for (int i = 0; i < Math.min(live, savedCount); i++) {
                    savedX[i] = collector.relocate(savedX[i]);
                }
            }
            collector.relocateWords(frame, (stackHigh - frame) / NativeMemory.WORD_BYTES);
            forEachDictionaryTerm(collector::relocate);
        }, needWords, fullsweep);
        if (control != null) {
            control.checkHeapLimit();
        }
    }

    /** Words on the stack ({@code process_info(P, stack_size)}). */
    public long stackSizeWords() {
        return (stackHigh - frame) / NativeMemory.WORD_BYTES;
    }

    /**
     * {@code process_info(P, heap_size)}: the young heap plus the stack in use, in words. OTP's
     * stack shares the young heap's block; here it has its own, so its used part is added.
     */
    public long heapSizeWords() {
        return heap.heapSizeWords() + stackSizeWords();
    }

    /** {@code process_info(P, total_heap_size)}: young, old and overflow heap plus the stack in use, in words. */
    public long totalHeapSizeWords() {
        return heap.totalHeapSizeWords() + stackSizeWords();
    }

    /**
     * {@code process_info(P, memory)}: bytes this process holds: heaps, stack block, the X
     * registers it keeps while detached, and a register file of its own if it has one (the
     * registers of a scheduler are not any one process's).
     */
    public long memoryBytes() {
        long stackBlockWords = (stackHigh - stackLow) / NativeMemory.WORD_BYTES;
        long own = ownRegisters == null ? 0 : X_REGISTERS + FLOAT_REGISTERS;
        return (heap.totalHeapSizeWords() + stackBlockWords + savedX.length + own) * NativeMemory.WORD_BYTES;
    }

    /**
     * The process dictionary, made on first use. Its terms are GC roots: see
     * {@link #forEachDictionaryTerm}.
     */
    public ProcessDictionary dictionary() {
        if (dictionary == null) {
            dictionary = new ProcessDictionary(order);
        }
        return dictionary;
    }

    /** Visits (and lets a collector replace) every term the process dictionary holds. */
    public void forEachDictionaryTerm(LongUnaryOperator visitor) {
        if (dictionary != null) {
            dictionary.forEachDictionaryTerm(visitor);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        mailbox.close();
        heap.close();
        if (ownRegisters != null) {
            ownRegisters.close();
        }
        xRegisters = 0;
        floatRegisters = 0;
        NativeAllocator.free(stackLow);
    }
}
