package org.jbeam.vm.ets;

import java.util.List;
import java.util.function.Function;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.matchspec.CompiledMatchSpecs;
import org.jbeam.vm.matchspec.MatchSpecBifs;
import org.jbeam.vm.matchspec.MatchSpecCompiler;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessControl;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermCopier;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The BIFs of module {@code ets} (OTP 25's {@code bif.tab}, implemented in {@code erl_db.c}).
 * A table is named by its reference or, when it is a {@code named_table}, by its name; a
 * missing table, an access its protection forbids, or a malformed object is {@code badarg}.
 * Objects are copied into the table on insert and out into the caller's heap on reads.
 */
public final class EtsBifs {
    private final AtomTable atoms;
    private final TermOrder order;
    private final EtsTables tables;
    private final long endOfTable;

    private EtsBifs(AtomTable atoms) {
        this.atoms = atoms;
        this.order = new TermOrder(atoms);
        this.tables = new EtsTables(order);
        this.endOfTable = atoms.atom("$end_of_table");
    }

    public static void register(BifTable t, AtomTable atoms) {
        EtsBifs ets = new EtsBifs(atoms);
        t.register("ets", "new", 2, ets::newTable);
        t.register("ets", "insert", 2, (p, a) -> ets.insert(p, a[0], a[1], false));
        t.register("ets", "insert_new", 2, (p, a) -> ets.insert(p, a[0], a[1], true));
        t.register("ets", "lookup", 2, (p, a) -> ets.keyed(p, a[0], false, tab -> a[1],
                tab -> copyOut(tab.lookup(a[1]), p.heap())));
        t.register("ets", "lookup_element", 3, (p, a) -> ets.keyed(p, a[0], false, tab -> a[1],
                tab -> lookupElement(tab, p, a[1], a[2])));
        t.register("ets", "member", 2, (p, a) -> ets.keyed(p, a[0], false, tab -> a[1],
                tab -> Atoms.bool(tab.containsKey(a[1]))));
        t.register("ets", "delete", 1, ets::deleteTable);
        t.register("ets", "delete", 2, (p, a) -> ets.keyed(p, a[0], true, tab -> a[1], tab -> {
            tab.take(a[1]).forEach(StoredObject::free);
            return Atoms.TRUE;
        }));
        t.register("ets", "delete_object", 2, (p, a) -> ets.keyed(p, a[0], true, tab -> keyOf(tab, a[1]), tab -> {
            tab.deleteObject(checkObject(tab, a[1]));
            return Atoms.TRUE;
        }));
        t.register("ets", "take", 2, (p, a) -> ets.keyed(p, a[0], true, tab -> a[1], tab -> {
            List<StoredObject> taken = tab.take(a[1]);
            long list = copyOut(taken, p.heap());
            taken.forEach(StoredObject::free);
            return list;
        }));
        t.register("ets", "update_counter", 3, (p, a) -> ets.keyed(p, a[0], true, tab -> a[1],
                tab -> EtsCounters.updateCounter(tab, p.heap(), ets.order, a[1], a[2], TermTags.NON_VALUE)));
        t.register("ets", "update_counter", 4, (p, a) -> ets.keyed(p, a[0], true, tab -> a[1],
                tab -> EtsCounters.updateCounter(tab, p.heap(), ets.order, a[1], a[2], a[3])));
        t.register("ets", "update_element", 3, (p, a) -> ets.keyed(p, a[0], true, tab -> a[1],
                tab -> Atoms.bool(EtsCounters.updateElement(tab, p.heap(), a[1], a[2]))));
        t.register("ets", "first", 1, (p, a) -> ets.read(p, a[0], tab -> ets.keyOut(tab.first(), p)));
        t.register("ets", "last", 1, (p, a) -> ets.read(p, a[0], tab -> ets.keyOut(tab.last(), p)));
        t.register("ets", "next", 2, (p, a) -> ets.read(p, a[0], tab -> ets.keyOut(neighbour(tab.next(a[1])), p)));
        t.register("ets", "prev", 2, (p, a) -> ets.read(p, a[0], tab -> ets.keyOut(neighbour(tab.previous(a[1])), p)));
        t.register("ets", "internal_delete_all", 2, (p, a) -> ets.write(p, a[0], tab -> {
            int size = tab.size();
            tab.clear();
            return TermTags.makeSmall(size);
        }));
        t.register("ets", "info", 1, (p, a) -> ets.info(p, a[0]));
        t.register("ets", "info", 2, (p, a) -> ets.info(p, a[0], a[1]));
        t.register("ets", "whereis", 1, ets::whereis);
        t.register("ets", "rename", 2, ets::rename);
        t.register("ets", "give_away", 3, ets::giveAway);
        // Match specifications (select, match, match_spec_compile, ...) and table settings.
        MatchSpecCompiler compiler = new MatchSpecCompiler(atoms, t);
        CompiledMatchSpecs compiled = new CompiledMatchSpecs();
        MatchSpecBifs.register(t, atoms, compiler, compiled);
        EtsSelectBifs.register(t, ets, atoms, compiler, compiled);
        EtsSettingsBifs.register(t, ets, atoms);
    }

    // Tables and their locks.

    /** The VM's tables. */
    EtsTables tables() {
        return tables;
    }

    private long newTable(ErlangProcess p, long[] a) {
        if (!TermTags.isAtom(a[0])) {
            throw ErlangException.badarg("ets:new/2: the name must be an atom");
        }
        TableOptions options = TableOptions.parse(atoms, a[1]);
        EtsTable table = tables.create(a[0], p.pid(), options);
        if (p.control() != null) {
            tables.watchOwner(p, p.control().runtime());
        }
        return options.named() ? a[0] : EtsTables.reference(table, p.heap());
    }

    private long deleteTable(ErlangProcess p, long[] a) {
        return write(p, a[0], tab -> {
            tables.delete(tab);
            return Atoms.TRUE;
        });
    }

    long read(ErlangProcess p, long id, Function<EtsTable, Long> action) {
        return use(p, id, false, false, action);
    }

    long write(ErlangProcess p, long id, Function<EtsTable, Long> action) {
        return use(p, id, true, true, action);
    }

    /** An operation that read access allows but that changes the table's bookkeeping ({@code safe_fixtable}). */
    long readChanging(ErlangProcess p, long id, Function<EtsTable, Long> action) {
        return use(p, id, false, true, action);
    }

    /**
     * Runs {@code action} on table {@code id} under its lock (the write lock when
     * {@code exclusive}), after the access check ({@code write} access or read access).
     */
    private long use(ErlangProcess p, long id, boolean write, boolean exclusive, Function<EtsTable, Long> action) {
        EtsTable table = find(id);
        return locked(p, table, write, exclusive ? table.writeLock() : table.readLock(), null, action);
    }

    /**
     * A one-key operation: on a striped table ({@code write_concurrency}) under the table's
     * shared lock and the stripe lock of the key {@code keyOf} names, so writers of other keys
     * go on in parallel; on any other table (or when there is no one key) as {@link #read}
     * or {@link #write}.
     */
    long keyed(ErlangProcess p, long id, boolean write, java.util.function.ToLongFunction<EtsTable> keyOf,
            Function<EtsTable, Long> action) {
        EtsTable table = find(id);
        long key = keyOf.applyAsLong(table);
        java.util.concurrent.locks.Lock stripe = key == TermTags.NON_VALUE ? null : table.stripeLock(key);
        if (stripe == null) {
            return locked(p, table, write, write ? table.writeLock() : table.readLock(), null, action);
        }
        return locked(p, table, write, table.sharedLock(), stripe, action);
    }

    private EtsTable find(long id) {
        EtsTable table = tables.find(id);
        if (table == null) {
            throw ErlangException.badarg("ets: no such table");
        }
        return table;
    }

    private static long locked(ErlangProcess p, EtsTable table, boolean write, java.util.concurrent.locks.Lock lock,
            java.util.concurrent.locks.Lock stripe, Function<EtsTable, Long> action) {
        lock.lock();
        try {
            if (stripe != null) {
                stripe.lock();
            }
            try {
                if (table.isDeleted() || !table.access().allows(p.pid(), table.owner(), write)) {
                    throw ErlangException.badarg("ets: the table is missing or not accessible");
                }
                return action.apply(table);
            } finally {
                if (stripe != null) {
                    stripe.unlock();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    // Objects.

    /** The key of {@code object} if it is an object {@code table} can hold, else NON_VALUE (not one key). */
    private static long keyOf(EtsTable table, long object) {
        return Tuples.isTuple(object) && Tuples.arity(object) >= table.keypos()
                ? Tuples.element(object, table.keypos()) : TermTags.NON_VALUE;
    }

    /** {@code object} when it is a tuple the table can hold (arity at least the key position). */
    private static long checkObject(EtsTable table, long object) {
        if (!Tuples.isTuple(object) || Tuples.arity(object) < table.keypos()) {
            throw ErlangException.badarg("ets: not a tuple with the key position");
        }
        return object;
    }

    private long insert(ErlangProcess p, long id, long objects, boolean onlyNew) {
        // One object is a one-key write; a list is inserted as one step under the table lock.
        return keyed(p, id, true, tab -> keyOf(tab, objects), tab -> {
            long[] all;
            if (Tuples.isTuple(objects)) {
                all = new long[] {checkObject(tab, objects)};
            } else {
                long length = Lists.properLength(objects);
                if (length < 0) {
                    throw ErlangException.badarg("ets:insert: not an object or a proper list");
                }
                all = new long[(int) length];
                long rest = objects;
                for (int i = 0; i < all.length; i++, rest = Lists.tail(rest)) {
                    all[i] = checkObject(tab, Lists.head(rest));
                }
            }
            if (onlyNew) {
                for (long object : all) {
                    if (tab.containsKey(Tuples.element(object, tab.keypos()))) {
                        return Atoms.FALSE;
                    }
                }
            }
            // erl 25 puts a list into a bag last object first (so a key's objects from one list
            // read back reversed), into every other type first object first.
            boolean lastFirst = tab.type() == TableType.BAG;
            for (int i = 0; i < all.length; i++) {
                tab.insert(all[lastFirst ? all.length - 1 - i : i]);
            }
            return Atoms.TRUE;
        });
    }

    private static long copyOut(List<StoredObject> objects, HeapAllocator heap) {
        long list = TermTags.NIL;
        for (int i = objects.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermCopier.copy(objects.get(i).term(), heap), list);
        }
        return list;
    }

    private static long lookupElement(EtsTable table, ErlangProcess p, long key, long position) {
        List<StoredObject> found = table.lookup(key);
        if (found.isEmpty() || !TermTags.isSmall(position) || TermTags.smallValue(position) < 1) {
            throw ErlangException.badarg("ets:lookup_element/3: no such key or position");
        }
        int index = (int) Math.min(TermTags.smallValue(position), Integer.MAX_VALUE);
        long[] elements = new long[found.size()];
        for (int i = 0; i < elements.length; i++) {
            long object = found.get(i).term();
            if (index > Tuples.arity(object)) {
                throw ErlangException.badarg("ets:lookup_element/3: position beyond the object");
            }
            elements[i] = TermCopier.copy(Tuples.element(object, index), p.heap());
        }
        return table.type().isSetLike() ? elements[0] : Lists.of(p.heap(), elements);
    }

    private static long neighbour(Long key) {
        if (key == null) {
            throw ErlangException.badarg("ets:next/2: the key is not in the table");
        }
        return key;
    }

    private long keyOut(long key, ErlangProcess p) {
        return key == TermTags.NON_VALUE ? endOfTable : TermCopier.copy(key, p.heap());
    }

    // Names and information.

    private long whereis(ErlangProcess p, long[] a) {
        if (!TermTags.isAtom(a[0])) {
            throw ErlangException.badarg("ets:whereis/1: not an atom");
        }
        EtsTable table = tables.find(a[0]);
        return table == null ? Atoms.UNDEFINED : EtsTables.reference(table, p.heap());
    }

    private long rename(ErlangProcess p, long[] a) {
        if (!TermTags.isAtom(a[1])) {
            throw ErlangException.badarg("ets:rename/2: the name must be an atom");
        }
        return write(p, a[0], tab -> {
            // An unnamed table only changes the name info/2 reports; rename answers its id then.
            if (tab.named()) {
                tables.rename(tab, a[1]);
                return a[1];
            }
            tab.setName(a[1]);
            return EtsTables.reference(tab, p.heap());
        });
    }

    /**
     * {@code give_away(Tab, Pid, GiftData)}: only the owner gives, to another live local
     * process, which gets {@code {'ETS-TRANSFER', Tab, FromPid, GiftData}}.
     */
    private long giveAway(ErlangProcess p, long[] a) {
        EtsTable table = tables.find(a[0]);
        ProcessControl control = p.control();
        ErlangProcess to = control == null || !TermTags.isLocalPid(a[1]) ? null : control.runtime().lookup(a[1]);
        if (table == null || to == null || a[1] == p.pid()) {
            throw ErlangException.badarg("ets:give_away/3: no such table or receiver");
        }
        table.writeLock().lock();
        try {
            if (table.isDeleted() || table.owner() != p.pid()) {
                throw ErlangException.badarg("ets:give_away/3: not the owner");
            }
            tables.transfer(table, p.pid(), to, a[2], control.runtime());
        } finally {
            table.writeLock().unlock();
        }
        return Atoms.TRUE;
    }

    private static final String[] INFO_ITEMS = {"id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed",
        "memory", "owner", "heir", "name", "size", "node", "named_table", "type", "keypos", "protection"};

    private long info(ErlangProcess p, long id) {
        EtsTable table = tables.find(id);
        if (table == null) {
            return Atoms.UNDEFINED;
        }
        table.writeLock().lock();
        try {
            if (table.isDeleted()) {
                return Atoms.UNDEFINED;
            }
            long[] pairs = new long[INFO_ITEMS.length];
            for (int i = 0; i < pairs.length; i++) {
                long item = atoms.atom(INFO_ITEMS[i]);
                pairs[i] = Tuples.make(p.heap(), item, infoItem(table, p, item));
            }
            return Lists.of(p.heap(), pairs);
        } finally {
            table.writeLock().unlock();
        }
    }

    private long info(ErlangProcess p, long id, long item) {
        EtsTable table = tables.find(id);
        if (!TermTags.isAtom(item)) {
            throw ErlangException.badarg("ets:info/2: the item must be an atom");
        }
        if (table == null) {
            return Atoms.UNDEFINED;
        }
        table.writeLock().lock();
        try {
            if (table.isDeleted()) {
                return Atoms.UNDEFINED;
            }
            long value = infoItem(table, p, item);
            if (value == TermTags.NON_VALUE) {
                throw ErlangException.badarg("ets:info/2: unknown item");
            }
            return value;
        } finally {
            table.writeLock().unlock();
        }
    }

    /** One {@code ets:info/2} item of {@code table}, or {@code NON_VALUE} when {@code item} is none. */
    private long infoItem(EtsTable table, ErlangProcess p, long item) {
        return switch (atoms.name(item)) {
            case "size" -> TermTags.makeSmall(table.size());
            case "name" -> table.name();
            case "type" -> atoms.atom(table.type().atomText());
            case "owner" -> table.owner();
            case "protection" -> atoms.atom(table.access().atomText());
            case "keypos" -> TermTags.makeSmall(table.keypos());
            case "named_table" -> Atoms.bool(table.named());
            case "heir" -> table.heirPid() == TermTags.NON_VALUE ? atoms.atom("none") : table.heirPid();
            case "memory" -> TermTags.makeSmall(table.words());
            case "read_concurrency" -> Atoms.bool(table.readConcurrency());
            case "write_concurrency" -> Atoms.bool(table.writeConcurrency());
            case "decentralized_counters" ->
                Atoms.bool(table.type() == TableType.ORDERED_SET && table.writeConcurrency());
            case "compressed", "stats" -> Atoms.FALSE;
            case "binary" -> TermTags.NIL;
            case "fixed", "safe_fixed", "safe_fixed_monotonic_time" ->
                EtsSettingsBifs.fixInfo(table, atoms.name(item), p.heap());
            case "node" -> Atoms.NONODE;
            case "id" -> EtsTables.reference(table, p.heap());
            default -> TermTags.NON_VALUE;
        };
    }
}
