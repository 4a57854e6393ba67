package org.jbeam.vm.ets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            objects.put(new HashKey(stored.key(keypos())), list);
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
        }
    }

    @Override
    long first() {
        Iterator<HashKey> keys = objects.keySet().iterator();
        return keys.hasNext() ? keys.next().term() : TermTags.NON_VALUE;
    }

    @Override
    long last() {
        return first();
    }

    @Override
    Long next(long key) {
        HashKey wanted = new HashKey(key);
        Iterator<HashKey> keys = objects.keySet().iterator();
        while (keys.hasNext()) {
            if (keys.next().equals(wanted)) {
                return keys.hasNext() ? keys.next().term() : TermTags.NON_VALUE;
            }
        }
        return null;
    }

    @Override
    Long previous(long key) {
        return next(key);
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
        objects.clear();
        size = 0;
    }
}
