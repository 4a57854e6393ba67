package org.jbeam.vm.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.process.Message;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;
import org.jbeam.vm.tier.ExecutionTier;
import org.jbeam.vm.tier.Tiers;

/**
 * The processes of one VM: the process table (pids, registered names), spawning, message
 * sending, references and timers, with the {@link Scheduler} that runs them and the
 * {@link Signals} between them. BIFs reach it through {@code process.control().runtime()}.
 *
 * <p>Pids are local pid terms ({@link Identifiers#localPid}) numbered from 1, never reused
 * while the serial lasts. Processes run on the threads of a {@link SchedulerPool}; every method
 * may be called from any of them (see the package notes for what is locked how).
 */
public final class ProcessRuntime implements AutoCloseable {
    /** How big a new process is (words): stack, first heap block, heap limit. */
    public record ProcessSizes(long stackWords, long heapWords, long heapLimitWords) {
        public static final ProcessSizes DEFAULT = new ProcessSizes(32, 233, 1L << 26);
    }

    /**
     * How hard the runtime pushes every process, to find bugs in tiers (issue 7's stress run):
     * {@code collectAtEverySafePoint} makes every heap test collect and poisons freed heap blocks,
     * {@code sliceReductions} is the time slice (1 yields at every call).
     */
    public record Stress(boolean collectAtEverySafePoint, int sliceReductions) {
        public static final Stress NONE = new Stress(false, ErlangProcess.REDUCTIONS_PER_SLICE);
    }

    private static final long PID_NUMBERS = 1L << 28;

    final AtomTable atoms;
    private final ExportTable exports;
    private final TermOrder order;
    final Tiers tiers;
    private final ProcessSizes sizes;
    private volatile Stress stress = Stress.NONE;
    private final ConcurrentHashMap<Long, ErlangProcess> processes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> registered = new ConcurrentHashMap<>();
    private final AtomicLong nextPid = new AtomicLong(0);
    private final AtomicLong nextReference = new AtomicLong(1);
    final TimerService timers = new TimerService();
    /**
     * The runtime-wide signal lock: links, monitors, exit signals, aliases and port signals
     * change under it, so a process's links and monitors never change under a reader and a
     * dying process's signals go out as one step (OTP has per-process signal queues instead).
     */
    final java.util.concurrent.locks.ReentrantLock signalLock = new java.util.concurrent.locks.ReentrantLock();
    final Signals signals;
    final Aliases aliases = new Aliases();
    private final SystemFlags systemFlags;
    final CrashReports crashReports;
    private final SchedulerPool schedulers;
    private final List<ExitObserver> observers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long applyEntry;
    final long timeoutAtom;
    /** The open ports and their signals to and from processes ({@code org.jbeam.vm.port}). */
    final org.jbeam.vm.port.PortTable ports;
    final PortSignals portSignals;
    private volatile java.util.function.IntConsumer haltHandler = status -> {};
    /** The process the current scheduler thread is running, whose children inherit its group leader. */
    final ThreadLocal<ErlangProcess> running = new ThreadLocal<>();

    /** A runtime whose processes all run on {@code tier}. */
    public ProcessRuntime(AtomTable atoms, ExportTable exports, ExecutionTier tier, ProcessSizes sizes) {
        this(atoms, exports, Tiers.of(tier), sizes);
    }

    /**
     * A runtime whose processes run on {@code tiers}: each starts in the tier of its first
     * function and moves between tiers as its calls, returns and exceptions lead (issue 5).
     */
    public ProcessRuntime(AtomTable atoms, ExportTable exports, Tiers tiers, ProcessSizes sizes) {
        this(atoms, exports, tiers, sizes, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #ProcessRuntime(AtomTable, ExportTable, Tiers, ProcessSizes)}, on {@code schedulers} threads (erl's {@code +S}). */
    public ProcessRuntime(AtomTable atoms, ExportTable exports, Tiers tiers, ProcessSizes sizes, int schedulers) {
        this.atoms = atoms;
        this.exports = exports;
        this.order = new TermOrder(atoms);
        this.tiers = tiers;
        this.sizes = sizes;
        this.signals = new Signals(this);
        this.schedulers = new SchedulerPool(this, schedulers, signalLock);
        this.applyEntry = exports.entry(Atoms.ERLANG, atoms.atom("apply"), 2);
        this.timeoutAtom = atoms.atom("timeout");
        this.portSignals = new PortSignals(this);
        this.ports = new org.jbeam.vm.port.PortTable(this);
        this.systemFlags = new SystemFlags(atoms.atom("logger"));
        this.crashReports = new CrashReports(this, atoms, order, System.err);
    }

    /** The VM-wide settings of {@code system_flag/2}. */
    public SystemFlags systemFlags() {
        return systemFlags;
    }

    /** The export entry of {@code erlang:apply/2}: a fun process starts there with X0 = Fun, X1 = []. */
    public long applyEntry() {
        return applyEntry;
    }

    public AtomTable atoms() {
        return atoms;
    }

    /** The tiers this runtime runs its processes on. */
    public Tiers tiers() {
        return tiers;
    }

    /** Adds an observer of process exits (call before {@link #start}). */
    public void addExitObserver(ExitObserver observer) {
        observers.add(observer);
    }

    /** Spawns the first process, on {@code module:function(args)} (immediate arguments), before or after start. */
    public long spawnFirst(long module, long function, long[] immediateArgs) {
        return create(exports.entry(module, function, immediateArgs.length), immediateArgs);
    }

    /**
     * Spawns one of the processes erts itself starts at boot, on {@code module:function(args)}
     * (immediate arguments) at {@code priority}: a system process, which {@code init} neither
     * kills at stop nor at restart ({@code erts_internal:is_system_process/1}).
     */
    public long spawnSystem(long module, long function, long[] immediateArgs, String priority) {
        return create(exports.entry(module, function, immediateArgs.length), immediateArgs, pid -> {
            ProcessOptions options = processes.get(pid).control().options;
            options.systemProcess = true;
            options.setPriority(atoms.atom(priority), priority);
        });
    }

    /**
     * Spawns what erts starts at boot, in erts's order, so pids are erl's: {@code init}
     * ({@code <0.0.0>}, {@code erl_init:start(init, BootArguments)}), the code purger, the
     * literal area collector and the three dirty process signal handlers (normal, high and max
     * priority), all of them system processes; so the process {@code -s} runs in is
     * {@code <0.9.0>}, as in erl. Returns init's pid.
     */
    public long spawnBootProcesses(long bootArguments) {
        long init = spawnSystem(atoms.atom("erl_init"), atoms.atom("start"),
                new long[] {atoms.atom("init"), bootArguments}, "normal");
        spawnSystem(atoms.atom("erts_code_purger"), atoms.atom("start"), new long[0], "normal");
        spawnSystem(atoms.atom("erts_literal_area_collector"), atoms.atom("start"), new long[0], "normal");
        for (String priority : new String[] {"normal", "high", "max"}) {
            spawnSystem(atoms.atom("erts_dirty_process_signal_handler"), atoms.atom("start"), new long[0], priority);
        }
        return init;
    }

    /** Starts the scheduler threads. */
    public void start() {
        schedulers.start();
    }

    /** The signal lock, for the port BIFs ({@code org.jbeam.vm.port}), which change signal state too. */
    public java.util.concurrent.locks.Lock signalLock() {
        return signalLock;
    }

    /** {@code system_info(schedulers)}: how many scheduler threads run processes. */
    public int schedulerCount() {
        return schedulers.count();
    }

    /** {@code system_info(schedulers_online)}. */
    public int schedulersOnline() {
        return schedulers.online();
    }

    /**
     * {@code system_flag(schedulers_online, N)}: only the first {@code count} schedulers run
     * processes from now on; returns the old count.
     */
    public int setSchedulersOnline(int count) {
        return schedulers.setOnline(count);
    }

    /** Whether {@code system_flag(multi_scheduling, block)} holds: one scheduler runs processes. */
    public boolean multiSchedulingBlocked() {
        return schedulers.blocked();
    }

    /** {@code system_flag(multi_scheduling, block | unblock)}. */
    public void setMultiSchedulingBlocked(boolean block) {
        schedulers.setBlocked(block);
    }

    /** {@code system_info(scheduler_id)}: the id (from 1) of the scheduler running the caller. */
    public int currentSchedulerId() {
        return schedulers.currentId();
    }

    /** {@code statistics(run_queue_lengths)}: runnable processes waiting in each scheduler's queue. */
    public int[] runQueueLengths() {
        return schedulers.queueLengths();
    }

    /** {@code statistics(scheduler_wall_time)}: per scheduler, nanoseconds running slices and since it started. */
    public long[][] schedulerWallTimes() {
        return schedulers.wallTimes();
    }

    // Halting.

    /** Sets what {@link #halt} tells the embedder (the launcher ends the JVM with the status). */
    public void setHaltHandler(java.util.function.IntConsumer handler) {
        haltHandler = handler;
    }

    /**
     * The first step of {@code erlang:halt}: every scheduler but the caller's stops after its
     * current slice, and the caller waits for them (a little while at most), so that only the
     * halting process runs from here on.
     */
    public void stopOtherSchedulers() {
        schedulers.stopOthers();
    }

    /**
     * {@code erlang:halt/1}: stops every scheduler after its current slice (no process runs
     * again) and hands {@code status} to the halt handler.
     */
    public void halt(int status) {
        schedulers.requestStop();
        haltHandler.accept(status);
    }

    // Spawning.

    /** {@code spawn(M, F, Args)}: Args (a proper list) copied from {@code parent}'s heap. */
    public long spawn(long module, long function, long args) {
        return spawn(module, function, args, null);
    }

    /**
     * As {@link #spawn(long, long, long)}, with {@code setUp} given the new pid before any
     * scheduler may run the process: a link, a monitor or a priority made there is in place
     * before its first instruction, as erl's {@code spawn_link} and {@code spawn_opt} make them.
     */
    public long spawn(long module, long function, long args, java.util.function.LongConsumer setUp) {
        if (!TermTags.isAtom(module) || !TermTags.isAtom(function)) {
            throw ErlangException.badarg("spawn: module and function must be atoms");
        }
        long length = Lists.properLength(args);
        if (length < 0) {
            throw ErlangException.badarg("spawn: arguments must be a proper list");
        }
        long[] values = new long[(int) length];
        long rest = args;
        for (int i = 0; i < values.length; i++) {
            values[i] = Lists.head(rest);
            rest = Lists.tail(rest);
        }
        return create(exports.entry(module, function, values.length), values, setUp);
    }

    /** {@code spawn(Fun)}: the fun (of arity 0) copied to the new process, started through {@code apply/2}. */
    public long spawnFun(long fun) {
        return spawnFun(fun, null);
    }

    /** {@code spawn(Fun)} with a set-up step, as {@link #spawn(long, long, long, java.util.function.LongConsumer)}. */
    public long spawnFun(long fun, java.util.function.LongConsumer setUp) {
        if (!org.jbeam.vm.term.Funs.isFun(fun)) {
            throw ErlangException.badarg("spawn: not a fun");
        }
        return create(applyEntry, new long[] {fun, TermTags.NIL}, setUp);
    }

    private long create(long entry, long[] args) {
        return create(entry, args, null);
    }

    private long create(long entry, long[] args, java.util.function.LongConsumer setUp) {
        long pid = allocatePid();
        ErlangProcess child = new ErlangProcess(pid, order, sizes.stackWords(), sizes.heapWords(),
                sizes.heapLimitWords());
        applyStress(child);
        ProcessControl control = new ProcessControl(this, child, entry);
        child.setControl(control);
        ErlangProcess parent = running.get();
        control.options.groupLeader = parent == null ? pid : parent.control().options.groupLeader;
        control.options.parent = parent == null ? Atoms.UNDEFINED : parent.pid();
        control.options.setMinHeapSize(systemFlags.minHeapSize, child.heap());
        control.options.minBinVheapSize = systemFlags.minBinVheapSize;
        control.options.setFullsweepAfter(systemFlags.fullsweepAfter, child.heap());
        control.options.maxHeapSize = systemFlags.maxHeapSize;
        processes.put(pid, child);
        if (setUp != null) {
            try {
                setUp.accept(pid);
            } catch (RuntimeException e) {
                forget(child);
                child.close();
                throw e;
            }
        }
        // After the set-up, whose min_heap_size sizes the still empty heap.
        for (int i = 0; i < args.length; i++) {
            child.setX(i, TermCopier.copy(args[i], child.heap()));
        }
        schedulers.enqueue(child);
        return pid;
    }

    /** Applies {@code stress} to every process spawned from now on (set it before the first). */
    public void setStress(Stress stress) {
        this.stress = stress;
    }

    private void applyStress(ErlangProcess child) {
        Stress current = stress;
        if (current.collectAtEverySafePoint()) {
            child.heap().setCollectAtEverySafePoint(true);
            child.heap().setPoisonFreedSpace(true);
        }
        if (current.sliceReductions() != ErlangProcess.REDUCTIONS_PER_SLICE) {
            child.setSliceReductions(current.sliceReductions());
        }
    }

    private long allocatePid() {
        long n = nextPid.getAndIncrement();
        return Identifiers.localPid(n % PID_NUMBERS, n / PID_NUMBERS);
    }

    // The process table.

    /**
     * The live process {@code pid}, or null. A process that an exit signal already killed is
     * not live even while its scheduler finishes its slice: erl handles signals in the order
     * they were sent, so a link, monitor or {@code is_process_alive} after {@code exit(P, kill)}
     * finds it dead.
     */
    public ErlangProcess lookup(long pid) {
        if (!TermTags.isLocalPid(pid)) {
            return null;
        }
        ErlangProcess process = processes.get(pid);
        return process == null || !process.control().isAlive() ? null : process;
    }

    /** The pids of the live processes, in pid order ({@code erlang:processes/0}). */
    public long[] pids() {
        return processes.values().stream().filter(p -> p.control().isAlive())
                .mapToLong(ErlangProcess::pid).sorted().toArray();
    }

    /** How many processes are alive. */
    public int processCount() {
        return processes.size();
    }

    synchronized void forget(ErlangProcess process) {
        processes.remove(process.pid());
        long name = process.control().registeredName;
        if (name != TermTags.NON_VALUE) {
            registered.remove(name, process.pid());
        }
    }

    /** {@code register(Name, Pid)}: badarg for a taken name, a dead pid, or one already named. */
    public synchronized void register(long name, long pid) {
        ErlangProcess process = lookup(pid);
        if (!TermTags.isAtom(name) || name == Atoms.UNDEFINED || process == null
                || process.control().registeredName != TermTags.NON_VALUE
                || registered.putIfAbsent(name, pid) != null) {
            throw ErlangException.badarg("register");
        }
        process.control().registeredName = name;
    }

    /** {@code unregister(Name)}: badarg when the name is not registered. */
    public synchronized void unregister(long name) {
        Long pid = TermTags.isAtom(name) ? registered.remove(name) : null;
        if (pid == null) {
            throw ErlangException.badarg("unregister");
        }
        ErlangProcess process = processes.get(pid);
        if (process != null) {
            process.control().registeredName = TermTags.NON_VALUE;
        }
    }

    /** {@code whereis(Name)}: the pid or {@code undefined}. */
    public long whereis(long name) {
        if (!TermTags.isAtom(name)) {
            throw ErlangException.badarg("whereis");
        }
        Long pid = registered.get(name);
        return pid == null ? Atoms.UNDEFINED : pid;
    }

    /** A pid or registered name as a pid; NON_VALUE for an unregistered name; badarg for anything else. */
    long resolve(long destination) {
        if (TermTags.isLocalPid(destination)) {
            return destination;
        }
        if (TermTags.isAtom(destination)) {
            Long pid = registered.get(destination);
            return pid == null ? TermTags.NON_VALUE : pid;
        }
        if (Tuples.isTuple(destination) && Tuples.arity(destination) == 2
                && Tuples.element(destination, 2) == Atoms.NONODE && TermTags.isAtom(Tuples.element(destination, 1))) {
            return resolve(Tuples.element(destination, 1));
        }
        throw ErlangException.badarg("not a pid or a registered name");
    }

    // Messages.

    /**
     * {@code Dest ! Msg}: copies {@code message} into a fragment the receiver owns. A dead pid
     * drops it silently; an unregistered name is {@code badarg}, as in erl.
     */
    public void send(long destination, long message) {
        if (TermTags.isBoxed(destination) && Identifiers.isLocalReference(destination)) {
            sendToAlias(destination, message);
            return;
        }
        long pid = resolve(destination);
        if (pid == TermTags.NON_VALUE) {
            throw ErlangException.badarg("send to an unregistered name");
        }
        ErlangProcess target = lookup(pid);
        if (target == null) {
            return;
        }
        HeapFragments fragment = TermTags.isImmediate(message) ? null : fragmentFor(message);
        long copy = fragment == null ? message : TermCopier.copy(message, fragment);
        deliver(target, copy, fragment);
    }

    /**
     * {@code Ref ! Msg}: queued when {@code reference} is an active alias ({@link Aliases}),
     * dropped silently otherwise, as erl does. Whether it reaches the queue is decided again
     * when the owner takes it in (an {@code unalias/1} in between drops it, as in erts); a
     * reply alias is used up then, and a {@code reply_demonitor} alias takes its monitor along.
     */
    private void sendToAlias(long reference, long message) {
        RefKey key = RefKey.of(reference);
        ErlangProcess target = key == null ? null : lookup(aliases.owner(key));
        if (target == null) {
            return;
        }
        HeapFragments fragment = TermTags.isImmediate(message) ? null : fragmentFor(message);
        long copy = fragment == null ? message : TermCopier.copy(message, fragment);
        ProcessControl owner = target.control();
        deliver(target, copy, fragment, () -> aliases.admit(owner, key, () -> signals.removeMonitor(target, key)));
    }

    /** A heap fragment of the size {@code message}'s copy takes (erts' {@code size_object}), so one block holds it. */
    static HeapFragments fragmentFor(long message) {
        return new HeapFragments((int) Math.min(TermCopier.flatWords(message), 1 << 20));
    }

    /** Puts an already copied message in {@code target}'s queue and wakes it. */
    void deliver(ErlangProcess target, long term, HeapFragments fragment) {
        deliver(target, term, fragment, null);
    }

    /** As {@link #deliver(ErlangProcess, long, HeapFragments)}, kept only if {@code admit} agrees at take-in. */
    void deliver(ErlangProcess target, long term, HeapFragments fragment, BooleanSupplier admit) {
        target.mailbox().deliver(new Message(term, fragment, admit));
        if (target.control().wake()) {
            schedulers.enqueue(target);
        }
    }

    /** Wakes {@code target} without a message (its receive timed out). */
    void wakeForTimeout(ErlangProcess target) {
        if (target.control().wake()) {
            schedulers.enqueue(target);
        }
    }

    // References.

    /** {@code make_ref()}: a new local reference built on {@code heap}. */
    public long makeReference(HeapAllocator heap) {
        long n = nextReference.getAndIncrement();
        return Identifiers.localReference(heap, new long[] {n & 0xFFFF_FFFFL, n >>> 32, 0});
    }

    // Timers.

    /** {@code wait_timeout}: starts the receive timer of {@code process} ({@code millis} > 0). */
    public void startReceiveTimer(ErlangProcess process, long millis) {
        ProcessControl control = process.control();
        // Under the process's lock, so that the timer, firing at once on another scheduler,
        // finds itself recorded; and a timer the receive cleared meanwhile does nothing.
        synchronized (control) {
            control.setTimedOut(false);
            control.receiveTimer = timers.start(millis, null, fired -> {
                synchronized (control) {
                    if (control.receiveTimer != fired) {
                        return;
                    }
                    control.receiveTimer = null;
                    control.setTimedOut(true);
                }
                wakeForTimeout(process);
            });
        }
    }

    /** {@code remove_message}/{@code timeout}: the receive is over, its timer with it. */
    public void clearReceiveTimer(ErlangProcess process) {
        ProcessControl control = process.control();
        if (control == null) {
            return;
        }
        TimerService.Timer timer;
        synchronized (control) {
            timer = control.receiveTimer;
            control.receiveTimer = null;
            control.setTimedOut(false);
        }
        if (timer != null) {
            timers.cancel(timer);
        }
    }

    /**
     * {@code erlang:send_after/3} ({@code wrap} false) and {@code erlang:start_timer/3}
     * ({@code wrap} true: the message is {@code {timeout, Ref, Msg}}); returns the timer's
     * reference, built on {@code process}'s heap. The destination is resolved when it fires.
     */
    public long startTimer(ErlangProcess process, long millis, long destination, long message, boolean wrap) {
        if (!TermTags.isSmall(millis) || TermTags.smallValue(millis) < 0
                || !(TermTags.isLocalPid(destination) || TermTags.isAtom(destination))) {
            throw ErlangException.badarg("timer arguments");
        }
        long reference = makeReference(process.heap());
        // A fragment of the message's own size (none for an immediate): 100,000 pending timers
        // hold 100,000 of them.
        long words = TermCopier.flatWords(message) + (wrap ? 4 + TermCopier.flatWords(reference) : 0);
        HeapFragments fragment = words == 0 ? null : new HeapFragments((int) Math.min(words, 1 << 20));
        long copy = TermCopier.copy(message, fragment);
        if (wrap) {
            copy = Tuples.make(fragment, timeoutAtom, TermCopier.copy(reference, fragment), copy);
        }
        long term = copy;
        TimerService.Timer timer = timers.start(TermTags.smallValue(millis), RefKey.of(reference), fired -> {
            HeapFragments payload = fired.payload;
            fired.payload = null;
            long pid = resolve(destination);
            ErlangProcess target = pid == TermTags.NON_VALUE ? null : lookup(pid);
            if (target == null) {
                if (payload != null) {
                    payload.close();
                }
            } else {
                deliver(target, term, payload);
            }
        });
        timer.payload = fragment;
        return reference;
    }

    /** {@code erlang:cancel_timer/1}: the milliseconds that were left, or {@code false}. */
    public long cancelTimer(ErlangProcess process, long reference) {
        RefKey key = RefKey.of(reference);
        if (key == null) {
            if (TermTags.isBoxed(reference) && org.jbeam.vm.term.Identifiers.isLocalReference(reference)) {
                return Atoms.FALSE;
            }
            throw ErlangException.badarg("cancel_timer: not a reference");
        }
        long left = timers.cancel(key);
        return left < 0 ? Atoms.FALSE : TermTags.makeSmall(left);
    }

    /** {@code erlang:read_timer/1}: the milliseconds left on the timer, or -1 when there is none. */
    public long readTimer(long reference) {
        RefKey key = RefKey.of(reference);
        if (key == null) {
            if (TermTags.isBoxed(reference) && Identifiers.isLocalReference(reference)) {
                return -1;
            }
            throw ErlangException.badarg("read_timer: not a reference");
        }
        return timers.remaining(key);
    }

    /** {@code erlang:registered/0}: the registered names. */
    public long[] registeredNames() {
        return registered.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    // Ports (org.jbeam.vm.port): other Java threads hand their work over, ports send and signal.

    /** The port table of this VM. */
    public org.jbeam.vm.port.PortTable ports() {
        return ports;
    }

    /** How ports signal processes (links, monitors, exit signals). */
    public PortSignals portSignals() {
        return portSignals;
    }

    /** Runs {@code task} on a scheduler thread between time slices, tasks in order; callable from any thread. */
    public void submit(Runnable task) {
        schedulers.submit(task);
    }

    // Exits.

    void exited(ErlangProcess process, boolean returned, long reason) {
        for (ExitObserver observer : observers) {
            observer.exited(process, returned, reason);
        }
    }

    void enqueue(ErlangProcess process) {
        schedulers.enqueue(process);
    }

    /** Stops the scheduler threads and frees every process and pending timer. */
    @Override
    public void close() {
        schedulers.stop();
        ports.close();
        for (ErlangProcess process : processes.values()) {
            process.close();
        }
        processes.clear();
        registered.clear();
        timers.close();
        schedulers.close();
    }
}
