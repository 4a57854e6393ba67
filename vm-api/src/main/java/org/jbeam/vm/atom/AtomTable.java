package org.jbeam.vm.atom;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * The atom table of one VM: atom text (UTF-8) to index and back.
 *
 * <p>As in OTP, an atom's text is at most 255 characters and the table is bounded: past
 * {@code limit} atoms, creating another raises {@code system_limit} instead of growing
 * without end. Lookups are lock-free; creation takes a lock so indices stay dense.
 */
public final class AtomTable {
    /** OTP's {@code MAX_ATOM_CHARACTERS}. */
    public static final int MAX_ATOM_CHARACTERS = 255;
    /** OTP's default {@code +t}. */
    public static final int DEFAULT_LIMIT = 1_048_576;

    private final ConcurrentHashMap<Key, Integer> indices = new ConcurrentHashMap<>();
    /** Atoms the runtime names from Java ({@code atom("file")}), found without encoding the name again. */
    private final ConcurrentHashMap<String, Integer> byJavaName = new ConcurrentHashMap<>();
    private final int limit;
    private volatile byte[][] texts = new byte[1024][];
    private volatile String[] names = new String[1024];
    private volatile int count;

    public AtomTable() {
        this(DEFAULT_LIMIT);
    }

    public AtomTable(int limit) {
        if (limit < Atoms.NAMES.size()) {
            throw new IllegalArgumentException("atom table limit " + limit + " is below the "
                    + Atoms.NAMES.size() + " atoms the runtime needs");
        }
        this.limit = limit;
        for (String name : Atoms.NAMES) {
            intern(name);
        }
    }

    /** The atom term for {@code name}, creating it when new. */
    public long atom(String name) {
        return TermTags.makeAtom(intern(name));
    }

    /** The index of {@code name}, creating it when new. */
    public int intern(String name) {
        Integer known = byJavaName.get(name);
        if (known != null) {
            return known;
        }
        int index = intern(name.getBytes(StandardCharsets.UTF_8));
        byJavaName.putIfAbsent(name, index);
        return index;
    }

    /**
     * The index of the atom whose UTF-8 text is {@code utf8}, creating it when new.
     *
     * @throws ErlangException {@code badarg} when the text is not UTF-8, {@code system_limit}
     *     when it is longer than 255 characters or the table is full
     */
    public int intern(byte[] utf8) {
        Integer known = indices.get(new Key(utf8));
        if (known != null) {
            return known;
        }
        int characters = Utf8.countCharacters(utf8);
        if (characters < 0) {
            throw ErlangException.badarg("atom text is not valid UTF-8");
        }
        if (characters > MAX_ATOM_CHARACTERS) {
            throw ErlangException.systemLimit("atom longer than 255 characters");
        }
        synchronized (this) {
            Key key = new Key(utf8.clone());
            known = indices.get(key);
            if (known != null) {
                return known;
            }
            int index = count;
            if (index >= limit) {
                throw ErlangException.systemLimit("atom table full (" + limit + " atoms)");
            }
            if (index == texts.length) {
                texts = Arrays.copyOf(texts, index * 2);
                names = Arrays.copyOf(names, index * 2);
            }
            texts[index] = key.utf8;
            names[index] = new String(key.utf8, StandardCharsets.UTF_8);
            count = index + 1;
            indices.put(key, index);
            return index;
        }
    }

    /** The atom term for existing text, or {@link TermTags#NON_VALUE} when there is none. */
    public long existing(byte[] utf8) {
        Integer known = indices.get(new Key(utf8));
        return known == null ? TermTags.NON_VALUE : TermTags.makeAtom(known);
    }

    public long existing(String name) {
        return existing(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of atom {@code term}. */
    public String name(long term) {
        return names[checkedIndex(term)];
    }

    /** The UTF-8 bytes of atom {@code term}; callers must not modify them. */
    public byte[] utf8(long term) {
        return texts[checkedIndex(term)];
    }

    /** How many atoms exist. */
    public int size() {
        return count;
    }

    public int limit() {
        return limit;
    }

    private int checkedIndex(long term) {
        if (!TermTags.isAtom(term)) {
            throw new IllegalArgumentException("not an atom: 0x" + Long.toHexString(term));
        }
        int index = TermTags.atomIndex(term);
        if (index >= count) {
            throw new IllegalArgumentException("no atom with index " + index);
        }
        return index;
    }

    /** Byte-array key with value equality. */
    private record Key(byte[] utf8) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(utf8, k.utf8);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(utf8);
        }
    }
}
