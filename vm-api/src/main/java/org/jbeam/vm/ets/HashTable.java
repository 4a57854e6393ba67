package org.jbeam.vm.ets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermTags;

/**
 * The hash layout ({@code erl_db_hash.c}) of {@code set}, {@code bag} and
 * {@code duplicate_bag} tables: keys equal by {@code =:=}; a key's objects in insertion order;
 * a {@code bag} keeps no two {@code =:=} objects. Traversal order is this table's own (a hash
 * order, as in OTP, not OTP's one).
 */
final class HashTable extends EtsTable {
    private final Map<HashKey, List<StoredObject>> objects = new LinkedHashMap<>();
    /** Each key's place in the traversal order, so that {@link #next} costs a tree step, not a scan. */
    private final Map<HashKey, Long> places = new HashMap<>();
    private final TreeMap<Long, HashKey> order = new TreeMap<>();
    private long nextPlace;
    private int size;

    HashTable(long number, long name, long owner, TableOptions options) {
        super(number, name, owner, options);
    }

    @Override
    void insert(long object) {
        HashKey key = new HashKey(org.jbeam.vm.term.Tuples.element(object, keypos()));
        List<StoredObject> list = objects.get(key);
        if (list == null) {
            StoredObject stored = StoredObject.copyOf(object);
            list = new ArrayList<>(1);
            list.add(stored);
            HashKey storedKey = new HashKey(stored.key(keypos()));
            objects.put(storedKey, list);
            places.put(storedKey, nextPlace);
            order.put(nextPlace++, storedKey);
            size++;
            return;
        }
        switch (type()) {
            case SET -> {
                // Copy before freeing: the new object may share terms with the old one.
                StoredObject fresh = StoredObject.copyOf(object);
                StoredObject old = list.set(0, fresh);
                rekey(key, fresh);
                old.free();
            }
            case BAG -> {
                for (StoredObject stored : list) {
                    if (TermEquality.exactEquals(stored.term(), object)) {
                        return;
                    }
                }
                list.add(StoredObject.copyOf(object));
                size++;
            }
            default -> {
                list.add(StoredObject.copyOf(object));
                size++;
            }
        }
    }

    @Override
    boolean containsKey(long key) {
        return objects.containsKey(new HashKey(key));
    }

    @Override
    List<StoredObject> lookup(long key) {
        List<StoredObject> list = objects.get(new HashKey(key));
        return list == null ? List.of() : list;
    }

    /**
     * The key's objects: a {@code bag} gives them last inserted first, a {@code duplicate_bag}
     * in insertion order, as OTP 25's {@code erl_db_hash.c} does (checked against erl).
     */
    @Override
    List<StoredObject> take(long key) {
        List<StoredObject> list = objects.remove(new HashKey(key));
        if (list == null) {
            return List.of();
        }
        forget(new HashKey(key));
        size -= list.size();
        if (type() == TableType.BAG) {
            java.util.Collections.reverse(list);
        }
        return list;
    }

    @Override
    void deleteObject(long object) {
        HashKey key = new HashKey(org.jbeam.vm.term.Tuples.element(object, keypos()));
        List<StoredObject> list = objects.get(key);
        if (list == null) {
            return;
        }
        StoredObject first = list.getFirst();
        List<StoredObject> removed = new ArrayList<>();
        for (Iterator<StoredObject> it = list.iterator(); it.hasNext();) {
            StoredObject stored = it.next();
            if (TermEquality.exactEquals(stored.term(), object)) {
                it.remove();
                removed.add(stored);
                size--;
            }
        }
        if (list.isEmpty()) {
            objects.remove(key);
            forget(key);
        } else if (list.getFirst() != first) {
            rekey(key, list.getFirst());
        }
        removed.forEach(StoredObject::free);
    }

    /**
     * The maps' key for {@code key} points into the first stored object of its list; before
     * that object is freed, the key must point into {@code keeper}, which stays (same place).
     */
    private void rekey(HashKey key, StoredObject keeper) {
        List<StoredObject> list = objects.remove(key);
        Long place = places.remove(key);
        HashKey fresh = new HashKey(keeper.key(keypos()));
        objects.put(fresh, list);
        places.put(fresh, place);
        order.put(place, fresh);
    }

    private void forget(HashKey key) {
        Long place = places.remove(key);
        if (place != null) {
            order.remove(place);
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
    void forEach(Consumer<StoredObject> visitor) {
        // In place order (first insertion), which a rekey keeps and the map's own order would not.
        for (HashKey key : new ArrayList<>(order.values())) {
            objects.get(key).forEach(visitor);
        }
    }

    @Override
    int size() {
        return size;
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
        objects.clear();
        places.clear();
        order.clear();
        size = 0;
    }
}
