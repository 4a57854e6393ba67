package org.jbeam.vm.scheduler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermTags;

/**
 * The scheduler's side of one process (the parts of OTP's {@code Process} struct that are not
 * execution state): its scheduling state, how it starts, its links and monitors, its flags,
 * its registered name and its receive timer.
 *
 * <p>The scheduling state moves RUNNABLE -> RUNNING -> (RUNNABLE | WAITING | EXITED);
 * WAITING -> RUNNABLE when a message or the receive timeout arrives. State changes that race
 * with senders ({@link #parkUnlessWoken}, {@link #wake}) hold this object's lock.
 */
public final class ProcessControl {
    /** Where a process is in its life. */
    public enum State { RUNNABLE, RUNNING, WAITING, EXITED }

    private final ProcessRuntime runtime;
    private final ErlangProcess process;
    private final long startEntry;
    private State state = State.RUNNABLE;
    private boolean started;
    boolean trapExit;
    /** Pids this process is linked to, in link order (exit signals go out in that order). */
    final Set<Long> links = new LinkedHashSet<>();
    /** Monitors this process holds: reference to the monitored pid. */
    final Map<RefKey, Long> monitoring = new LinkedHashMap<>();
    /** Monitors on this process: reference to the watching pid and the monitored item. */
    final Map<RefKey, long[]> monitoredBy = new LinkedHashMap<>();
    long registeredName = TermTags.NON_VALUE;
    /** How often the run queue has passed over this process since it last ran at priority low. */
    int lowTurns;
    /** The aliases this process made that are still active ({@link Aliases}). */
    final Set<RefKey> aliases = new HashSet<>();
    TimerService.Timer receiveTimer;
    private boolean timedOut;
    /** An exit signal to self that must end the process after its current slice. */
    long pendingExitReason = TermTags.NON_VALUE;
    HeapFragments pendingExitFragment;

    /** What runs when the process exits, before exit signals go out (ETS: its tables), by owner key. */
    private final Map<Object, Runnable> exitHooks = new LinkedHashMap<>();

    /** What process_flag/2 and group_leader/2 set (boot, issue 3). */
    final ProcessOptions options = new ProcessOptions();

    ProcessControl(ProcessRuntime runtime, ErlangProcess process, long startEntry) {
        this.runtime = runtime;
        this.process = process;
        this.startEntry = startEntry;
    }

    /**
     * Runs {@code hook} when this process exits, once per {@code key} (a later hook with the
     * same key is ignored), as OTP cleans up a dying process's ETS tables before its links and
     * monitors are signalled. Called from the process's own thread.
     */
    public void addExitHook(Object key, Runnable hook) {
        exitHooks.putIfAbsent(key, hook);
    }

    /** Forgets the exit hook of {@code key} (its resource went before the process). Called from the process's own thread. */
    public void removeExitHook(Object key) {
        exitHooks.remove(key);
    }

    /** Runs and forgets the exit hooks. */
    void runExitHooks() {
        List<Runnable> hooks = new ArrayList<>(exitHooks.values());
        exitHooks.clear();
        hooks.forEach(Runnable::run);
    }

    public ProcessOptions options() {
        return options;
    }

    /**
     * After a garbage collection of this process: when its heap is over its {@code max_heap_size}
     * (OTP's {@code reached_max_heap_size}), reports it to the logger if the limit says so and
     * kills the process (exit reason {@code killed}, which no catch stops) if it says so. A
     * process already on its way out is left alone, so one overflow reports once.
     */
    public void checkHeapLimit() {
        MaxHeapSize limit = options.maxHeapSize;
        if (limit.sizeWords() == 0 || pendingExitReason != TermTags.NON_VALUE || state == State.EXITED) {
            return;
        }
        long totalWords = process.totalHeapSizeWords();
        if (!limit.exceededBy(totalWords)) {
            return;
        }
        if (limit.errorLogger()) {
            runtime.crashReports.reportMaxHeapSize(process, limit, totalWords);
        }
        if (limit.kill()) {
            runtime.signals.kill(process, org.jbeam.vm.atom.Atoms.KILLED);
        }
    }

    public ProcessRuntime runtime() {
        return runtime;
    }

    public ErlangProcess process() {
        return process;
    }

    /** The export entry the process starts at, its arguments in X0.. */
    long startEntry() {
        return startEntry;
    }

    /** True the first time: the scheduler then starts the process instead of resuming it. */
    boolean markStarted() {
        boolean first = !started;
        started = true;
        return first;
    }

    public synchronized State state() {
        return state;
    }

    synchronized void setState(State newState) {
        state = newState;
    }

    /**
     * After a WAITING status: parks the process, unless a message or the timeout arrived since
     * the receive looked (then it must run again). True when parked.
     */
    synchronized boolean parkUnlessWoken() {
        if (process.mailbox().hasIncoming() || timedOut) {
            state = State.RUNNABLE;
            return false;
        }
        state = State.WAITING;
        return true;
    }

    /** Makes a waiting process runnable; true when the caller must put it in a run queue. */
    synchronized boolean wake() {
        if (state == State.WAITING) {
            state = State.RUNNABLE;
            return true;
        }
        return false;
    }

    public boolean trapExit() {
        return trapExit;
    }

    /** Whether the current receive's timeout fired (read by {@code wait_timeout}). */
    public synchronized boolean timedOut() {
        return timedOut;
    }

    synchronized void setTimedOut(boolean value) {
        timedOut = value;
    }

    /** Whether a timer for the current receive is running. */
    public boolean receiveTimerRunning() {
        return receiveTimer != null;
    }
}
