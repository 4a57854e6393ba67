package org.jbeam.vm.bif;

import java.math.BigInteger;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The time BIFs of {@code erl_time_sup.c}: {@code monotonic_time/0,1}, {@code system_time/0,1}
 * (and {@code os:system_time/0,1}), {@code time_offset/0,1}, {@code timestamp/0},
 * {@code unique_integer/0,1} and {@code convert_time_unit/3}. The native unit is the
 * nanosecond, as on OTP's Linux builds; conversions round towards negative infinity, as OTP's.
 * Time units are {@code second}, {@code millisecond}, {@code microsecond}, {@code nanosecond},
 * {@code native}, {@code perf_counter}, a positive integer (parts per second), and the
 * deprecated plural names; anything else is {@code badarg}.
 */
final class TimeBifs {
    private TimeBifs() {}

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Monotonic time is {@code System.nanoTime()} shifted, like OTP's, to start far below zero. */
    private static final long MONOTONIC_SHIFT = -576_460_752_000_000_000L - System.nanoTime();
    private static final AtomicLong UNIQUE = new AtomicLong();
    /** OTP's default unique integers start here, so they are mostly negative. */
    private static final long UNIQUE_BASE = -576_460_752_303_423_488L;

    static void register(BifTable t) {
        AtomTable atoms = t.atoms();
        t.register("erlang", "monotonic_time", 0, (p, a) -> Integers.fromLong(p.heap(), monotonicNanos()));
        t.register("erlang", "monotonic_time", 1,
                (p, a) -> convert(p.heap(), monotonicNanos(), NANOS_PER_SECOND, unit(atoms, a[0])));
        t.register("erlang", "system_time", 0, (p, a) -> Integers.fromLong(p.heap(), systemNanos()));
        t.register("erlang", "system_time", 1,
                (p, a) -> convert(p.heap(), systemNanos(), NANOS_PER_SECOND, unit(atoms, a[0])));
        t.register("os", "system_time", 0, (p, a) -> Integers.fromLong(p.heap(), systemNanos()));
        t.register("os", "system_time", 1,
                (p, a) -> convert(p.heap(), systemNanos(), NANOS_PER_SECOND, unit(atoms, a[0])));
        t.register("erlang", "time_offset", 0,
                (p, a) -> Integers.fromLong(p.heap(), systemNanos() - monotonicNanos()));
        t.register("erlang", "time_offset", 1, (p, a) -> convert(p.heap(), systemNanos() - monotonicNanos(),
                NANOS_PER_SECOND, unit(atoms, a[0])));
        t.register("erlang", "timestamp", 0, (p, a) -> timestamp(p.heap()));
        t.register("os", "timestamp", 0, (p, a) -> timestamp(p.heap()));
        t.register("erlang", "unique_integer", 0, (p, a) -> Integers.fromLong(p.heap(), unique(false)));
        t.register("erlang", "unique_integer", 1, (p, a) -> uniqueInteger(atoms, p.heap(), a[0]));
        t.register("erlang", "convert_time_unit", 3, (p, a) -> {
            TermText.require(Integers.isInteger(a[0]), "time is not an integer");
            return convert(p.heap(), Integers.toBigInteger(a[0]), unit(atoms, a[1]), unit(atoms, a[2]));
        });
    }

    /** {@code erlang:monotonic_time()} in nanoseconds (also the VM's {@code start_time}). */
    static long monotonicNanos() {
        return System.nanoTime() + MONOTONIC_SHIFT;
    }

    private static long systemNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }

    private static long timestamp(HeapAllocator heap) {
        long micros = systemNanos() / 1000;
        long seconds = micros / 1_000_000;
        return Tuples.make(heap, TermTags.makeSmall(seconds / 1_000_000), TermTags.makeSmall(seconds % 1_000_000),
                TermTags.makeSmall(micros % 1_000_000));
    }

    /** The parts per second of a time unit term. */
    static long unit(AtomTable atoms, long unit) {
        if (TermTags.isSmall(unit)) {
            TermText.require(TermTags.smallValue(unit) > 0, "time unit must be positive");
            return TermTags.smallValue(unit);
        }
        TermText.require(TermTags.isAtom(unit), "not a time unit");
        return switch (atoms.name(unit)) {
            case "second", "seconds" -> 1L;
            case "millisecond", "milli_seconds" -> 1_000L;
            case "microsecond", "micro_seconds" -> 1_000_000L;
            case "nanosecond", "nano_seconds", "native", "perf_counter" -> NANOS_PER_SECOND;
            default -> throw ErlangException.badarg("not a time unit");
        };
    }

    private static long convert(HeapAllocator heap, long time, long from, long to) {
        return convert(heap, BigInteger.valueOf(time), from, to);
    }

    private static long convert(HeapAllocator heap, BigInteger time, long from, long to) {
        BigInteger[] qr = time.multiply(BigInteger.valueOf(to)).divideAndRemainder(BigInteger.valueOf(from));
        BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return Integers.fromBigInteger(heap, floor);
    }

    private static long unique(boolean positive) {
        long next = UNIQUE.incrementAndGet();
        return positive ? next : UNIQUE_BASE + next;
    }

    /** {@code unique_integer(Options)}: options {@code positive} and {@code monotonic}, nothing else. */
    private static long uniqueInteger(AtomTable atoms, HeapAllocator heap, long options) {
        TermText.require(Lists.properLength(options) >= 0, "options are not a proper list");
        boolean positive = false;
        for (long rest = options; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            TermText.require(TermTags.isAtom(option), "not an option");
            String name = atoms.name(option);
            TermText.require(name.equals("positive") || name.equals("monotonic"), "not an option");
            positive |= name.equals("positive");
        }
        return Integers.fromLong(heap, unique(positive));
    }
}
