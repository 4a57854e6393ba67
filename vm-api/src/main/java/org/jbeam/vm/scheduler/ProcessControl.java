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
 * <p>The scheduling state moves RUNNABLE -> RUNNING -> (RUNNABLE | WAITING | EXITING);
 * WAITING -> RUNNABLE when a message or the receive timeout arrives; any state but RUNNING ->
 * EXITING when an exit signal kills the process; EXITING -> EXITED once its links and monitors
 * are signalled. Every change holds this object's lock, because schedulers, senders, timers and
 * killers on other threads race for it: only the one that moves a process to RUNNABLE queues
 * it, so it sits in at most one run queue, and only RUNNABLE -> RUNNING starts a slice, so no
 * two threads ever run it (OTP's {@code erts_try_change_runnable} and the process status
 * flags). A RUNNING process is killed by {@link #pendingExitReason}, acted on when its slice
 * ends, never from another thread.
 *
 * <p>{@link #runLock} is held by the scheduler for the whole slice; a process that inspects
 * this one from another thread ({@code process_info/2}) takes it with {@code tryLock}, so it
 * reads a heap and stack nobody is changing (OTP answers such requests with a signal the target
 * handles itself; here the asker retries until the target is between slices).
 */
public final class ProcessControl {
    /** Where a process is in its life. */
    public enum State { RUNNABLE, RUNNING, WAITING, EXITING, EXITED }

    private final ProcessRuntime runtime;
    private final ErlangProcess process;
    private final long startEntry;
    private State state = State.RUNNABLE;
    private boolean started;
    /** Set by the process itself, read by signals sent from any scheduler. */
    volatile boolean trapExit;
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
    /**
     * An exit signal that must end the process after its current slice (sent while it ran:
     * by itself, or from another scheduler), and the fragment holding the reason, which the
     * process's own thread attaches to its heap; written under this object's lock.
     */
    volatile long pendingExitReason = TermTags.NON_VALUE;
    HeapFragments pendingExitFragment;
    /** Held by the scheduler running the process, and by a process inspecting it between slices. */
    final java.util.concurrent.locks.ReentrantLock runLock = new java.util.concurrent.locks.ReentrantLock(true);
    /** The scheduler whose queue the process last ran from (index from 1; 0: none yet). */
    volatile int lastScheduler;

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
     * monitors are signalled. Called from the process's own thread, or by another process
     * handing it something ({@code ets:give_away/3}), hence the lock.
     */
    public void addExitHook(Object key, Runnable hook) {
        synchronized (exitHooks) {
            exitHooks.putIfAbsent(key, hook);
        }
    }

    /** Forgets the exit hook of {@code key} (its resource went before the process). Called from the process's own thread. */
    public void removeExitHook(Object key) {
        synchronized (exitHooks) {
            exitHooks.remove(key);
        }
    }

    /** Runs and forgets the exit hooks. */
    void runExitHooks() {
        List<Runnable> hooks;
        synchronized (exitHooks) {
            hooks = new ArrayList<>(exitHooks.values());
            exitHooks.clear();
        }
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
        if (limit.sizeWords() == 0 || pendingExitReason != TermTags.NON_VALUE || state == State.EXITING || state == State.EXITED) {
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

    /** Neither exiting nor killed during its current slice. */
    synchronized boolean isAlive() {
        return state != State.EXITING && state != State.EXITED && pendingExitReason == TermTags.NON_VALUE;
    }

    public synchronized State state() {
        return state;
    }

    synchronized void setState(State newState) {
        state = newState;
    }

    /** RUNNABLE -> RUNNING as a scheduler takes the process; false when it was killed while queued. */
    synchronized boolean beginSlice() {
        if (state != State.RUNNABLE) {
            return false;
        }
        state = State.RUNNING;
        return true;
    }

    /**
     * At the end of a slice: true (and EXITING) when an exit signal came during it, which the
     * scheduler then acts on; checked under the lock the killer takes, so none is missed.
     */
    synchronized boolean exitPendingAfterSlice() {
        if (pendingExitReason == TermTags.NON_VALUE) {
            return false;
        }
        state = State.EXITING;
        return true;
    }

    /**
     * An exit signal kills the process: a RUNNING one gets {@code reason} as pending (returns
     * false; its scheduler ends it after the slice), any other live one becomes EXITING and the
     * caller ends it now (true). A process already exiting keeps its first reason (false).
     */
    synchronized boolean claimForExit(long reason, HeapFragments fragment) {
        switch (state) {
            case RUNNING -> {
                if (pendingExitReason == TermTags.NON_VALUE) {
                    pendingExitReason = reason;
                    pendingExitFragment = fragment;
                    process.endSlice();
                } else {
                    fragment.close();
                }
                return false;
            }
            case EXITING, EXITED -> {
                fragment.close();
                return false;
            }
            default -> {
                state = State.EXITING;
                return true;
            }
        }
    }

    /** Marks the end of the process's own slice as its exit (it finished or raised). */
    synchronized void setExiting() {
        state = State.EXITING;
    }

    /**
     * After a WAITING status: parks the process, unless a message or the timeout arrived since
     * the receive looked (then it must run again) or an exit signal came during the slice.
     * Returns the state it is left in: WAITING (parked), RUNNABLE (the caller queues it again)
     * or EXITING (the caller ends it with {@link #pendingExitReason}).
     */
    synchronized State parkUnlessWoken() {
        if (pendingExitReason != TermTags.NON_VALUE) {
            state = State.EXITING;
        } else if (process.mailbox().hasIncoming() || timedOut) {
            state = State.RUNNABLE;
        } else {
            state = State.WAITING;
        }
        return state;
    }

    /** After a YIELDED status: RUNNABLE (the caller queues it again) or EXITING, as {@link #parkUnlessWoken}. */
    synchronized State yieldUnlessKilled() {
        state = pendingExitReason != TermTags.NON_VALUE ? State.EXITING : State.RUNNABLE;
        return state;
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
