package org.jbeam.vm.bif;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.resource.ResourceTable;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;

/**
 * The {@code atomics} BIFs and the {@code erts_internal} counter BIFs under {@code counters}
 * ({@code erl_bif_atomics.c}, {@code erl_bif_counters.c}): arrays of 64-bit words, signed or
 * unsigned, updated atomically and wrapping around on overflow, named by a reference.
 * {@code atomics.erl} and {@code counters.erl} (preloaded Erlang) check options and choose the
 * kind of counters; these BIFs check indices (1..size) and values (what fits 64 bits: an
 * increment may be any integer from -2^63 to 2^64-1).
 *
 * <p>In OTP the arrays are magic references freed when the last reference is garbage; jbeam
 * keeps them until the VM ends (they are Java arrays, not native memory).
 */
final class AtomicsBifs {
    private AtomicsBifs() {}

    /** The third id of an atomics or counters reference: see {@code org.jbeam.vm.resource}. */
    static final long ATOMICS_MARK = 0xA70;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MIN_INCREMENT = BigInteger.valueOf(Long.MIN_VALUE);

    /** One array: its words and whether they read as signed. */
    private record Words(AtomicLongArray words, boolean signed) {}

    static void register(BifTable t, AtomTable atoms) {
        ResourceTable<Words> arrays = new ResourceTable<>(ATOMICS_MARK, words -> { });
        long size = atoms.atom("size");
        long max = atoms.atom("max");
        long min = atoms.atom("min");
        long memory = atoms.atom("memory");
        t.register("erts_internal", "atomics_new", 2, (p, a) -> {
            int arity = arity(a[0]);
            if (!TermTags.isSmall(a[1])) {
                throw ErlangException.badarg("atomics_new: bad options");
            }
            boolean signed = (TermTags.smallValue(a[1]) & 1) != 0;
            return arrays.add(new Words(new AtomicLongArray(arity), signed), p.heap());
        });
        t.register("erts_internal", "counters_new", 1, (p, a) ->
                arrays.add(new Words(new AtomicLongArray(arity(a[0])), true), p.heap()));
        t.register("atomics", "put", 3, (p, a) -> put(arrays, a));
        t.register("erts_internal", "counters_put", 3, (p, a) -> put(arrays, a));
        t.register("atomics", "get", 2, (p, a) -> read(p, words(arrays, a[0]), index(words(arrays, a[0]), a[1])));
        t.register("erts_internal", "counters_get", 2,
                (p, a) -> read(p, words(arrays, a[0]), index(words(arrays, a[0]), a[1])));
        t.register("atomics", "add", 3, (p, a) -> {
            Words w = words(arrays, a[0]);
            w.words().getAndAdd(index(w, a[1]), increment(a[2]));
            return t.atoms().atom("ok");
        });
        t.register("erts_internal", "counters_add", 3, (p, a) -> {
            Words w = words(arrays, a[0]);
            w.words().getAndAdd(index(w, a[1]), increment(a[2]));
            return t.atoms().atom("ok");
        });
        t.register("atomics", "add_get", 3, (p, a) -> {
            Words w = words(arrays, a[0]);
            return value(p.heap(), w, w.words().addAndGet(index(w, a[1]), increment(a[2])));
        });
        t.register("atomics", "exchange", 3, (p, a) -> {
            Words w = words(arrays, a[0]);
            return value(p.heap(), w, w.words().getAndSet(index(w, a[1]), stored(w, a[2])));
        });
        t.register("atomics", "compare_exchange", 4, (p, a) -> {
            Words w = words(arrays, a[0]);
            int i = index(w, a[1]);
            long expected = stored(w, a[2]);
            long desired = stored(w, a[3]);
            long witness = w.words().compareAndExchange(i, expected, desired);
            return witness == expected ? t.atoms().atom("ok") : value(p.heap(), w, witness);
        });
        t.register("atomics", "info", 1, (p, a) -> {
            Words w = words(arrays, a[0]);
            long n = w.words().length();
            HeapAllocator heap = p.heap();
            long maxValue = w.signed() ? Integers.fromLong(heap, Long.MAX_VALUE)
                    : Integers.fromBigInteger(heap, TWO_64.subtract(BigInteger.ONE));
            long minValue = w.signed() ? Integers.fromLong(heap, Long.MIN_VALUE) : TermTags.makeSmall(0);
            return Maps.fromPairs(p.order(), heap, new long[] {size, max, min, memory},
                    new long[] {TermTags.makeSmall(n), maxValue, minValue, TermTags.makeSmall(40 + 8 * n)});
        });
        t.register("erts_internal", "counters_info", 1, (p, a) -> {
            long n = words(arrays, a[0]).words().length();
            return Maps.fromPairs(p.order(), p.heap(), new long[] {size, memory},
                    new long[] {TermTags.makeSmall(n), TermTags.makeSmall(40 + 8 * n)});
        });
    }

    private static long put(ResourceTable<Words> arrays, long[] a) {
        Words w = words(arrays, a[0]);
        w.words().set(index(w, a[1]), stored(w, a[2]));
        return org.jbeam.vm.atom.Atoms.OK;
    }

    private static int arity(long term) {
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) < 1 || TermTags.smallValue(term) > Integer.MAX_VALUE / 8) {
            throw ErlangException.badarg("atomics: the size must be a positive integer");
        }
        return (int) TermTags.smallValue(term);
    }

    private static Words words(ResourceTable<Words> arrays, long reference) {
        Words w = arrays.find(reference);
        if (w == null) {
            throw ErlangException.badarg("atomics: not an atomics or counters reference");
        }
        return w;
    }

    /** The zero-based slot of a one-based index. */
    private static int index(Words w, long term) {
        if (!TermTags.isSmall(term) || TermTags.smallValue(term) < 1 || TermTags.smallValue(term) > w.words().length()) {
            throw ErlangException.badarg("atomics: index out of range");
        }
        return (int) TermTags.smallValue(term) - 1;
    }

    /** The 64 bits of a value that must fit the array's range. */
    private static long stored(Words w, long term) {
        if (!Integers.isInteger(term)) {
            throw ErlangException.badarg("atomics: not an integer");
        }
        BigInteger value = Integers.toBigInteger(term);
        boolean fits = w.signed() ? value.bitLength() < 64 : value.signum() >= 0 && value.bitLength() <= 64;
        if (!fits) {
            throw ErlangException.badarg("atomics: the value does not fit the array");
        }
        return value.longValue();
    }

    /** The 64 bits of an increment: any integer from -2^63 to 2^64-1, taken modulo 2^64. */
    private static long increment(long term) {
        if (!Integers.isInteger(term)) {
            throw ErlangException.badarg("atomics: the increment is not an integer");
        }
        BigInteger value = Integers.toBigInteger(term);
        if (value.compareTo(MIN_INCREMENT) < 0 || value.compareTo(TWO_64) >= 0) {
            throw ErlangException.badarg("atomics: the increment does not fit 64 bits");
        }
        return value.longValue();
    }

    private static long read(ErlangProcess p, Words w, int index) {
        return value(p.heap(), w, w.words().get(index));
    }

    private static long value(HeapAllocator heap, Words w, long bits) {
        if (w.signed() || bits >= 0) {
            return Integers.fromLong(heap, bits);
        }
        return Integers.fromBigInteger(heap, BigInteger.valueOf(bits).add(TWO_64));
    }
}
