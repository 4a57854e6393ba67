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
            HashKey storedKey = HashKey.owned(stored.key(keypos()));
            objects.put(storedKey, list);
            places.put(storedKey, nextPlace);
            order.put(nextPlace++, storedKey);
            size++;
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
        forget(key);
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
        for (Iterator<StoredObject> it = list.iterator(); it.hasNext();) {
            StoredObject stored = it.next();
            if (TermEquality.exactEquals(stored.term(), object)) {
                it.remove();
                stored.free();
                size--;
            }
        }
        if (list.isEmpty()) {
            objects.remove(key);
            forget(key.term());
        }
    }

    /** Drops a key's place in the traversal order and frees the table's copy of the key. */
    private void forget(long key) {
        Long place = places.remove(new HashKey(key));
        if (place != null) {
            order.remove(place).free();
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
            for (StoredObject stored : objects.get(entry.getValue())) {
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
        List<StoredObject> list = objects.get(new HashKey(key));
        if (list != null && list.removeIf(candidate -> candidate == stored)) {
            size--;
            if (list.isEmpty()) {
                objects.remove(new HashKey(key));
                forget(key);
            }
        }
    }

    @Override
    void replace(StoredObject stored, long object) {
        List<StoredObject> list = objects.get(new HashKey(stored.key(keypos())));
        int index = list == null ? -1 : list.indexOf(stored);
        if (index >= 0) {
            // Copy before freeing: the new object may share terms with the old one.
            list.set(index, StoredObject.copyOf(object));
            stored.free();
        }
    }

    @Override
    void forEach(Consumer<StoredObject> visitor) {
        for (List<StoredObject> list : objects.values()) {
            list.forEach(visitor);
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
        order.values().forEach(HashKey::free);
        objects.clear();
        places.clear();
        order.clear();
        size = 0;
    }
}
