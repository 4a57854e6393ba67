package org.jbeam.vm.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.scheduler.ProcessRuntime;
import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The VM's ETS tables (OTP's {@code meta_pid_to_tab} and {@code meta_name_tab}): by number
 * (the id a table's reference carries), by name for named tables, and by owner, so that a
 * process's tables go when it exits ({@code erts_db_process_exiting}).
 *
 * <p>A table's reference is a local reference of three ids whose third id is
 * {@link #REFERENCE_MARK}; references {@code make_ref/0} makes have zero there, so the two
 * never collide.
 */
public final class EtsTables implements AutoCloseable {
    /** The third id of every table reference. */
    static final long REFERENCE_MARK = 0xE75;

    private final TermOrder order;
    private final long transferTag;
    private final AtomicLong nextNumber = new AtomicLong(1);
    private final Map<Long, EtsTable> byNumber = new ConcurrentHashMap<>();
    private final Map<Long, EtsTable> byName = new ConcurrentHashMap<>();

    public EtsTables(TermOrder order) {
        this.order = order;
        this.transferTag = order.atoms().atom("ETS-TRANSFER");
    }

    /** A new table owned by {@code owner}; {@code badarg} when it is named and the name is taken. */
    EtsTable create(long name, long owner, TableOptions options) {
        long number = nextNumber.getAndIncrement();
        EtsTable table = options.type() == TableType.ORDERED_SET
                ? new OrderedTable(number, name, owner, options, order)
                : new HashTable(number, name, owner, options);
        if (options.named() && byName.putIfAbsent(name, table) != null) {
            throw ErlangException.badarg("ets:new/2: table name already in use")
                    .withCause(order.atoms().atom("already_exists"));
        }
        byNumber.put(number, table);
        return table;
    }

    /** The table {@code id} (a name atom or a table reference) names, or null. */
    EtsTable find(long id) {
        if (TermTags.isAtom(id)) {
            return byName.get(id);
        }
        if (TermTags.isBoxed(id) && Identifiers.isLocalReference(id) && Identifiers.referenceIdCount(id) == 3
                && Identifiers.referenceId(id, 2) == REFERENCE_MARK) {
            return byNumber.get(Identifiers.referenceId(id, 0) | Identifiers.referenceId(id, 1) << 32);
        }
        return null;
    }

    /** Every table not deleted, in creation order. */
    List<EtsTable> all() {
        List<EtsTable> all = new ArrayList<>();
        for (EtsTable table : byNumber.values()) {
            if (!table.isDeleted()) {
                all.add(table);
            }
        }
        all.sort(java.util.Comparator.comparingLong(EtsTable::number));
        return all;
    }

    /** The reference of {@code table}, built on {@code heap}. */
    static long reference(EtsTable table, HeapAllocator heap) {
        long n = table.number();
        return Identifiers.localReference(heap, new long[] {n & 0xFFFF_FFFFL, n >>> 32, REFERENCE_MARK});
    }

    /** Renames a named table; {@code badarg} when {@code name} is taken. */
    void rename(EtsTable table, long name) {
        if (byName.putIfAbsent(name, table) != null) {
            throw ErlangException.badarg("ets:rename/2: name in use");
        }
        byName.remove(table.name(), table);
        table.setName(name);
    }

    /** Deletes {@code table} (its caller holds its lock). */
    void delete(EtsTable table) {
        byNumber.remove(table.number());
        if (table.named()) {
            byName.remove(table.name(), table);
        }
        table.delete();
    }

    /**
     * Called when process {@code pid} exits: each table it owns goes to its heir when the heir
     * is another process still alive (which gets {@code {'ETS-TRANSFER', Tab, Pid, HeirData}}),
     * and is deleted otherwise, as {@code erts_db_process_exiting} does.
     */
    public void ownerExited(long pid, ProcessRuntime runtime) {
        List<EtsTable> owned = new ArrayList<>();
        for (EtsTable table : byNumber.values()) {
            if (table.owner() == pid) {
                owned.add(table);
            }
        }
        for (EtsTable table : owned) {
            table.writeLock().lock();
            try {
                if (table.isDeleted()) {
                    continue;
                }
                ErlangProcess heir = table.heirPid() == TermTags.NON_VALUE || table.heirPid() == pid
                        ? null : runtime.lookup(table.heirPid());
                if (heir == null) {
                    delete(table);
                } else {
                    transfer(table, pid, heir, table.heirData(), runtime);
                }
            } finally {
                table.writeLock().unlock();
            }
        }
    }

    /**
     * Makes {@code to} the owner of {@code table} (its caller holds the table's lock) and sends
     * it {@code {'ETS-TRANSFER', Tab, From, Data}}, {@code Tab} the name of a named table and the
     * reference otherwise.
     */
    void transfer(EtsTable table, long from, ErlangProcess to, long data, ProcessRuntime runtime) {
        table.setOwner(to.pid());
        watchOwner(to, runtime);
        try (HeapFragments scratch = new HeapFragments(32)) {
            long id = table.named() ? table.name() : reference(table, scratch);
            runtime.send(to.pid(), Tuples.make(scratch, transferTag, id, from, data));
        }
    }

    /** Has {@code owner}'s exit hand over or delete the tables it owns then (once per process). */
    void watchOwner(ErlangProcess owner, ProcessRuntime runtime) {
        ProcessControl control = owner.control();
        if (control != null) {
            long pid = owner.pid();
            control.addExitHook(this, () -> ownerExited(pid, runtime));
        }
    }

    /** Frees every table (when the VM ends). */
    @Override
    public void close() {
        for (EtsTable table : new ArrayList<>(byNumber.values())) {
            table.writeLock().lock();
            try {
                delete(table);
            } finally {
                table.writeLock().unlock();
            }
        }
    }
}
