package org.jbeam.vm.ets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;

/**
 * The hash layout ({@code erl_db_hash.c}) of {@code set}, {@code bag} and
 * {@code duplicate_bag} tables: keys equal by {@code =:=}; a key's objects in insertion order;
 * a {@code bag} keeps no two {@code =:=} objects. Traversal order is this table's own (a hash
 * order, as in OTP, not OTP's one).
 *
 * <p>With {@code write_concurrency} the objects are split by key hash over {@link #STRIPES}
 * maps, each with a lock of its own (OTP's lock striping in {@code erl_db_hash.c}): a one-key
 * operation holds the table's shared lock and its key's stripe lock, so writers of keys in
 * different stripes run in parallel; whole-table operations hold the table's exclusive lock.
 * The traversal order and the size, which every key's writer changes, have a small lock of
 * their own ({@link #orderLock}).
 */
final class HashTable extends EtsTable {
    /** Stripes of a {@code write_concurrency} table (OTP 25 has 64 locks; 2 to 4 cores need fewer). */
    static final int STRIPES = 16;

    /** The objects by key: one map, or one per stripe (the key's hash picks it). */
    private final Map<HashKey, List<StoredObject>>[] parts;
    private final java.util.concurrent.locks.ReentrantLock[] stripeLocks;
    /** Guards {@link #places}, {@link #order}, {@link #nextPlace} and {@link #size}. */
    private final Object orderLock = new Object();
    /** Each key's place in the traversal order, so that {@link #next} costs a tree step, not a scan. */
    private final Map<HashKey, Long> places = new HashMap<>();
    private final TreeMap<Long, HashKey> order = new TreeMap<>();
    private long nextPlace;
    private int size;

    @SuppressWarnings("unchecked")
    HashTable(long number, long name, long owner, TableOptions options) {
        super(number, name, owner, options);
        int count = options.writeConcurrency() ? STRIPES : 1;
        parts = new Map[count];
        stripeLocks = new java.util.concurrent.locks.ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            parts[i] = new LinkedHashMap<>();
            stripeLocks[i] = new java.util.concurrent.locks.ReentrantLock();
        }
    }

    private Map<HashKey, List<StoredObject>> part(HashKey key) {
        return parts[key.hashCode() & (parts.length - 1)];
    }

    @Override
    java.util.concurrent.locks.Lock stripeLock(long key) {
        return parts.length == 1 ? null : stripeLocks[new HashKey(key).hashCode() & (parts.length - 1)];
    }

    /** A new key takes the next place in the traversal order; its objects count in the size. */
    private void placed(HashKey storedKey, int objects) {
        synchronized (orderLock) {
            places.put(storedKey, nextPlace);
            order.put(nextPlace++, storedKey);
            size += objects;
        }
    }

    private void resized(int change) {
        synchronized (orderLock) {
            size += change;
        }
    }

    @Override
    void insert(long object) {
        HashKey key = new HashKey(org.jbeam.vm.term.Tuples.element(object, keypos()));
        Map<HashKey, List<StoredObject>> objects = part(key);
        List<StoredObject> list = objects.get(key);
        if (list == null) {
            StoredObject stored = StoredObject.copyOf(object);
            list = new ArrayList<>(1);
            list.add(stored);
            HashKey storedKey = HashKey.owned(stored.key(keypos()));
            objects.put(storedKey, list);
            placed(storedKey, 1);
            return;
        }
        switch (type()) {
            case SET -> {
                // Copy before freeing: the new object may share terms with the old one.
                StoredObject old = list.set(0, StoredObject.copyOf(object));
                old.free();
            }
            case BAG -> {
                for (StoredObject stored : list) {
                    if (TermEquality.exactEquals(stored.term(), object)) {
                        return;
                    }
                }
                list.add(StoredObject.copyOf(object));
                resized(1);
            }
            default -> {
                list.add(StoredObject.copyOf(object));
                resized(1);
            }
        }
    }

    @Override
    boolean containsKey(long key) {
        HashKey hashKey = new HashKey(key);
        return part(hashKey).containsKey(hashKey);
    }

    @Override
    List<StoredObject> lookup(long key) {
        HashKey hashKey = new HashKey(key);
        List<StoredObject> list = part(hashKey).get(hashKey);
        return list == null ? List.of() : list;
    }

    /** The key's objects, in the order {@link #lookup} gives them. */
    @Override
    List<StoredObject> take(long key) {
        HashKey hashKey = new HashKey(key);
        List<StoredObject> list = part(hashKey).remove(hashKey);
        if (list == null) {
            return List.of();
        }
        forget(key);
        resized(-list.size());
        return list;
    }

    @Override
    void deleteObject(long object) {
        HashKey key = new HashKey(org.jbeam.vm.term.Tuples.element(object, keypos()));
        Map<HashKey, List<StoredObject>> objects = part(key);
        List<StoredObject> list = objects.get(key);
        if (list == null) {
            return;
        }
        for (Iterator<StoredObject> it = list.iterator(); it.hasNext();) {
            StoredObject stored = it.next();
            if (TermEquality.exactEquals(stored.term(), object)) {
                it.remove();
                stored.free();
                resized(-1);
            }
        }
        if (list.isEmpty()) {
            objects.remove(key);
            forget(key.term());
        }
    }

    /** Drops a key's place in the traversal order and frees the table's copy of the key. */
    private void forget(long key) {
        synchronized (orderLock) {
            Long place = places.remove(new HashKey(key));
            if (place != null) {
                order.remove(place).free();
            }
        }
    }

    @Override
    long first() {
        return order.isEmpty() ? TermTags.NON_VALUE : order.firstEntry().getValue().term();
    }

    @Override
    long last() {
        return first();
    }

    @Override
    Long next(long key) {
        Long place = places.get(new HashKey(key));
        if (place == null) {
            return null;
        }
        Map.Entry<Long, HashKey> next = order.higherEntry(place);
        return next == null ? TermTags.NON_VALUE : next.getValue().term();
    }

    @Override
    Long previous(long key) {
        return next(key);
    }

    @Override
    long scan(long cursor, boolean reverse, Predicate<StoredObject> visitor) {
        Map<Long, HashKey> rest = cursor == TermTags.NON_VALUE ? order : order.tailMap(TermTags.smallValue(cursor), false);
        for (Map.Entry<Long, HashKey> entry : rest.entrySet()) {
            boolean more = true;
            for (StoredObject stored : part(entry.getValue()).get(entry.getValue())) {
                more &= visitor.test(stored);
            }
            if (!more) {
                return TermTags.makeSmall(entry.getKey());
            }
        }
        return TermTags.NON_VALUE;
    }

    @Override
    void remove(StoredObject stored) {
        long key = stored.key(keypos());
        HashKey hashKey = new HashKey(key);
        List<StoredObject> list = part(hashKey).get(hashKey);
        if (list != null && list.removeIf(candidate -> candidate == stored)) {
            resized(-1);
            if (list.isEmpty()) {
                part(hashKey).remove(hashKey);
                forget(key);
            }
        }
    }

    @Override
    void replace(StoredObject stored, long object) {
        HashKey hashKey = new HashKey(stored.key(keypos()));
        List<StoredObject> list = part(hashKey).get(hashKey);
        int index = list == null ? -1 : list.indexOf(stored);
        if (index >= 0) {
            // Copy before freeing: the new object may share terms with the old one.
            list.set(index, StoredObject.copyOf(object));
            stored.free();
        }
    }

    @Override
    void forEach(Consumer<StoredObject> visitor) {
        for (Map<HashKey, List<StoredObject>> objects : parts) {
            for (List<StoredObject> list : objects.values()) {
                list.forEach(visitor);
            }
        }
    }

    @Override
    int size() {
        synchronized (orderLock) {
            return size;
        }
    }

    @Override
    long words() {
        long[] words = {0};
        forEach(stored -> words[0] += org.jbeam.vm.term.Tuples.arity(stored.term()) + 1);
        return words[0];
    }

    @Override
    void clear() {
        forEach(StoredObject::free);
        for (Map<HashKey, List<StoredObject>> objects : parts) {
            objects.clear();
        }
        synchronized (orderLock) {
            order.values().forEach(HashKey::free);
            places.clear();
            order.clear();
            size = 0;
        }
    }
}
