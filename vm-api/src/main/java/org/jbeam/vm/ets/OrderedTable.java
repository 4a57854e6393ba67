package org.jbeam.vm.ets;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jbeam.vm.term.TermEquality;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The {@code ordered_set} layout ({@code erl_db_tree.c}): one object per key, keys in term
 * order and equal when they compare equal ({@code ==}, so {@code 1} and {@code 1.0} are one
 * key). {@code next}/{@code prev} of a key not in the table answer the neighbour in that order.
 */
final class OrderedTable extends EtsTable {
    private final TreeMap<Long, StoredObject> objects;

    OrderedTable(long number, long name, long owner, TableOptions options, TermOrder order) {
        super(number, name, owner, options);
        this.objects = new TreeMap<>(order::compare);
    }

    @Override
    void insert(long object) {
        StoredObject stored = StoredObject.copyOf(object);
        StoredObject old = objects.remove(stored.key(keypos()));
        if (old != null) {
            old.free();
        }
        objects.put(stored.key(keypos()), stored);
    }

    @Override
    boolean containsKey(long key) {
        return objects.containsKey(key);
    }

    @Override
    List<StoredObject> lookup(long key) {
        StoredObject stored = objects.get(key);
        return stored == null ? List.of() : List.of(stored);
    }

    @Override
    List<StoredObject> take(long key) {
        StoredObject stored = objects.remove(key);
        return stored == null ? List.of() : List.of(stored);
    }

    @Override
    void deleteObject(long object) {
        StoredObject stored = objects.get(Tuples.element(object, keypos()));
        if (stored != null && TermEquality.exactEquals(stored.term(), object)) {
            objects.remove(stored.key(keypos()));
            stored.free();
        }
    }

    @Override
    long first() {
        return objects.isEmpty() ? TermTags.NON_VALUE : objects.firstKey();
    }

    @Override
    long last() {
        return objects.isEmpty() ? TermTags.NON_VALUE : objects.lastKey();
    }

    @Override
    Long next(long key) {
        Long next = objects.higherKey(key);
        return next == null ? TermTags.NON_VALUE : next;
    }

    @Override
    Long previous(long key) {
        Long previous = objects.lowerKey(key);
        return previous == null ? TermTags.NON_VALUE : previous;
    }

    @Override
    long scan(long cursor, boolean reverse, Predicate<StoredObject> visitor) {
        NavigableMap<Long, StoredObject> rest = reverse ? objects.descendingMap() : objects;
        if (cursor != TermTags.NON_VALUE) {
            rest = rest.tailMap(cursor, false);
        }
        for (Map.Entry<Long, StoredObject> entry : rest.entrySet()) {
            if (!visitor.test(entry.getValue())) {
                return entry.getKey();
            }
        }
        return TermTags.NON_VALUE;
    }

    @Override
    void remove(StoredObject stored) {
        objects.remove(stored.key(keypos()), stored);
    }

    @Override
    void replace(StoredObject stored, long object) {
        if (objects.get(stored.key(keypos())) == stored) {
            // Copy before freeing: the new object may share terms with the old one.
            StoredObject copy = StoredObject.copyOf(object);
            objects.remove(stored.key(keypos()));
            objects.put(copy.key(keypos()), copy);
            stored.free();
        }
    }

    @Override
    void forEach(Consumer<StoredObject> visitor) {
        objects.values().forEach(visitor);
    }

    @Override
    int size() {
        return objects.size();
    }

    @Override
    long words() {
        long words = 0;
        for (StoredObject stored : objects.values()) {
            words += Tuples.arity(stored.term()) + 1;
        }
        return words;
    }

    @Override
    void clear() {
        objects.values().forEach(StoredObject::free);
        objects.clear();
    }
}
