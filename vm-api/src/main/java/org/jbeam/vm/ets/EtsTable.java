package org.jbeam.vm.ets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Predicate;
import java.util.function.Consumer;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermTags;

/**
 * One ETS table (OTP's {@code DbTable}): its identity and settings, and the objects its layout
 * ({@link HashTable} or {@link OrderedTable}) keeps. Callers hold one of the table's locks
 * around every use, as OTP's {@code db_lock} takes its per-table lock: {@link #writeLock} to
 * change it, {@link #readLock} to read it, which readers share on a table made with
 * {@code read_concurrency} (OTP's reader-optimised rwlock) and is the write lock otherwise;
 * a one-key operation on a {@code write_concurrency} hash table holds the shared lock and its
 * key's {@link #stripeLock};
 * {@link #isDeleted} tells a caller that got the table just before it was deleted.
 */
public abstract class EtsTable {
    private final long number;
    private final TableType type;
    private final int keypos;
    private Access access;
    private final boolean named;
    private final boolean readConcurrency;
    private final boolean writeConcurrency;
    private long name;
    private long owner;
    private long heirPid = TermTags.NON_VALUE;
    private long heirData = TermTags.NON_VALUE;
    private HeapFragments heirMemory;
    private boolean deleted;
    /** {@code safe_fixtable/2}: how many times each process fixed the table, in the order they first did. */
    private final SequencedMap<Long, Integer> fixes = new LinkedHashMap<>();
    private long fixedAtMonotonic;
    private long fixedAtWallMicros;
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    EtsTable(long number, long name, long owner, TableOptions options) {
        this.number = number;
        this.name = name;
        this.owner = owner;
        this.type = options.type();
        this.keypos = options.keypos();
        this.access = options.access();
        this.named = options.named();
        this.readConcurrency = options.readConcurrency();
        this.writeConcurrency = options.writeConcurrency();
        if (options.heirPid() != TermTags.NON_VALUE) {
            heirMemory = new HeapFragments(16);
            heirPid = options.heirPid();
            heirData = TermCopier.copy(options.heirData(), heirMemory);
        }
    }

    /**
     * The lock for reading: shared between readers with {@code read_concurrency}, else
     * exclusive; exclusive on a striped table too, whose one-key writers share the table
     * ({@link #sharedLock}) while they change its objects.
     */
    java.util.concurrent.locks.Lock readLock() {
        return readConcurrency && stripeLock(TermTags.NIL) == null ? lock.readLock() : lock.writeLock();
    }

    /** The table's shared lock, which a one-key operation holds beside its {@link #stripeLock}. */
    java.util.concurrent.locks.Lock sharedLock() {
        return lock.readLock();
    }

    /**
     * The lock of {@code key}'s stripe on a table whose writers run in parallel by key
     * ({@code write_concurrency} on a hash table); null on any other table.
     */
    java.util.concurrent.locks.Lock stripeLock(long key) {
        return null;
    }

    /** The lock for changing the table (objects, owner, settings, deletion). */
    java.util.concurrent.locks.Lock writeLock() {
        return lock.writeLock();
    }

    /** The table's number, which its reference carries. */
    public long number() {
        return number;
    }

    public TableType type() {
        return type;
    }

    public int keypos() {
        return keypos;
    }

    public Access access() {
        return access;
    }

    /** {@code setopts(T, {protection, P})}. */
    void setAccess(Access newAccess) {
        access = newAccess;
    }

    public boolean named() {
        return named;
    }

    public boolean readConcurrency() {
        return readConcurrency;
    }

    public boolean writeConcurrency() {
        return writeConcurrency;
    }

    /** The table's name atom (given to {@code ets:new/2} or {@code ets:rename/2}). */
    public long name() {
        return name;
    }

    void setName(long newName) {
        name = newName;
    }

    /** The owner's pid. */
    public long owner() {
        return owner;
    }

    /** Makes {@code pid} the owner (an heir inheriting, or {@code give_away/3}). */
    void setOwner(long pid) {
        owner = pid;
    }

    /** The heir's pid, or {@code NON_VALUE} for {@code none}. */
    public long heirPid() {
        return heirPid;
    }

    /** The data given with the heir (table-owned), or {@code NON_VALUE}. */
    public long heirData() {
        return heirData;
    }

    /** {@code setopts(T, {heir, Pid, Data})}, or {@code {heir, none}} with {@code pid} {@code NON_VALUE}. */
    void setHeir(long pid, long data) {
        if (heirMemory != null) {
            heirMemory.close();
            heirMemory = null;
        }
        heirPid = pid;
        heirData = TermTags.NON_VALUE;
        if (pid != TermTags.NON_VALUE) {
            heirMemory = new HeapFragments(16);
            heirData = TermCopier.copy(data, heirMemory);
        }
    }

    /**
     * {@code safe_fixtable(T, true)} ({@code fix} true) or {@code false} by process {@code pid}.
     * Traversals here stay valid while objects come and go, so fixing only records who fixed
     * the table, which {@code info/2} reports.
     */
    void fix(long pid, boolean fix, long monotonicNow, long wallMicrosNow) {
        if (fix) {
            if (fixes.isEmpty()) {
                fixedAtMonotonic = monotonicNow;
                fixedAtWallMicros = wallMicrosNow;
            }
            fixes.merge(pid, 1, Integer::sum);
        } else {
            fixes.computeIfPresent(pid, (k, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** The processes that fixed the table and how many times, or an empty map when it is not fixed. */
    SequencedMap<Long, Integer> fixes() {
        return fixes;
    }

    /** When the table was first fixed (since it was last unfixed), as {@code erlang:monotonic_time()}. */
    long fixedAtMonotonic() {
        return fixedAtMonotonic;
    }

    /** The same moment in microseconds of wall-clock time since the Unix epoch. */
    long fixedAtWallMicros() {
        return fixedAtWallMicros;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Frees every object; the table answers as missing from now on. */
    void delete() {
        deleted = true;
        clear();
        if (heirMemory != null) {
            heirMemory.close();
            heirMemory = null;
        }
    }

    // The layout's operations. Objects passed in are tuples of arity >= keypos (checked by the caller).

    /** Inserts a copy of {@code object}, replacing (set) or joining (bag) the key's objects. */
    abstract void insert(long object);

    /** Whether some object has key {@code key}. */
    abstract boolean containsKey(long key);

    /** The objects with key {@code key}, in the order lookup returns them (empty if none). */
    abstract List<StoredObject> lookup(long key);

    /** Removes the objects with key {@code key} and returns them; the caller frees them. */
    abstract List<StoredObject> take(long key);

    /** Removes the objects that are {@code =:=} {@code object}. */
    abstract void deleteObject(long object);

    /** The first key in table order, or {@code NON_VALUE} when the table is empty. */
    abstract long first();

    /** The last key in table order (the first one for hash tables), or {@code NON_VALUE}. */
    abstract long last();

    /** The key after {@code key}, {@code NON_VALUE} at the end; {@code null} when a hash table lacks {@code key}. */
    abstract Long next(long key);

    /** The key before {@code key} ({@link #next} for hash tables). */
    abstract Long previous(long key);

    /**
     * Visits objects in table order ({@code reverse}: backwards, for an {@code ordered_set}),
     * starting after {@code cursor} ({@code NON_VALUE}: from the start), until the visitor
     * answers false; a hash table visits the rest of that key's objects too. Returns the
     * cursor to continue after (a key, or a hash table's position as a small integer), or
     * {@code NON_VALUE} when every object was visited. The visitor must not change the table.
     */
    abstract long scan(long cursor, boolean reverse, Predicate<StoredObject> visitor);

    /** Removes exactly {@code stored} (which the table holds); the caller frees it. */
    abstract void remove(StoredObject stored);

    /** Puts a copy of {@code object} (with {@code stored}'s key) where {@code stored} is, and frees {@code stored}. */
    abstract void replace(StoredObject stored, long object);

    /** Visits every object in table order. */
    abstract void forEach(Consumer<StoredObject> visitor);

    /** The number of objects. */
    abstract int size();

    /** The words the objects take, for {@code info(T, memory)}. */
    abstract long words();

    /** Frees every object. */
    abstract void clear();
}
