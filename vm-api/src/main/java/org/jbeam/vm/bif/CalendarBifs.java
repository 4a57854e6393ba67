package org.jbeam.vm.bif;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The calendar BIFs of {@code erlang} (OTP's {@code erl_time_sup.c}): date-times as
 * {@code {{Year, Month, Day}, {Hour, Minute, Second}}} in universal time and in the local time
 * zone (the JVM's default zone, which follows {@code TZ} as erts does), conversions to and from
 * POSIX seconds, and {@code date/0}, {@code time/0}, {@code localtime/0},
 * {@code universaltime/0}.
 */
public final class CalendarBifs {
    private CalendarBifs() {}

    public static void register(BifTable t) {
        t.register("erlang", "posixtime_to_universaltime", 1, (p, a) -> {
            if (!Integers.isInteger(a[0]) || !TermTags.isSmall(a[0])) {
                throw ErlangException.badarg("posixtime_to_universaltime: not an integer");
            }
            return dateTime(p.heap(), LocalDateTime.ofEpochSecond(TermTags.smallValue(a[0]), 0, ZoneOffset.UTC));
        });
        t.register("erlang", "universaltime_to_posixtime", 1,
                (p, a) -> Integers.fromLong(p.heap(), parse(a[0]).toEpochSecond(ZoneOffset.UTC)));
        t.register("erlang", "universaltime_to_localtime", 1, (p, a) -> dateTime(p.heap(),
                LocalDateTime.ofInstant(parse(a[0]).toInstant(ZoneOffset.UTC), ZoneId.systemDefault())));
        t.register("erlang", "localtime_to_universaltime", 2, (p, a) -> dateTime(p.heap(),
                LocalDateTime.ofInstant(parse(a[0]).atZone(ZoneId.systemDefault()).toInstant(), ZoneOffset.UTC)));
        t.register("erlang", "universaltime", 0,
                (p, a) -> dateTime(p.heap(), LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)));
        t.register("erlang", "localtime", 0,
                (p, a) -> dateTime(p.heap(), LocalDateTime.ofInstant(Instant.now(), ZoneId.systemDefault())));
        t.register("erlang", "date", 0,
                (p, a) -> Tuples.element(dateTime(p.heap(), LocalDateTime.now()), 1));
        t.register("erlang", "time", 0,
                (p, a) -> Tuples.element(dateTime(p.heap(), LocalDateTime.now()), 2));
    }

    private static long dateTime(HeapAllocator heap, LocalDateTime time) {
        long date = Tuples.make(heap, Integers.fromLong(heap, time.getYear()), TermTags.makeSmall(time.getMonthValue()),
                TermTags.makeSmall(time.getDayOfMonth()));
        long clock = Tuples.make(heap, TermTags.makeSmall(time.getHour()), TermTags.makeSmall(time.getMinute()),
                TermTags.makeSmall(time.getSecond()));
        return Tuples.make(heap, date, clock);
    }

    /** {@code {{Y,M,D},{H,Mi,S}}} as a date-time; badarg when it is not a valid one. */
    private static LocalDateTime parse(long term) {
        try {
            long date = pair(term, 1);
            long clock = pair(term, 2);
            return LocalDateTime.of(field(date, 1), field(date, 2), field(date, 3), field(clock, 1), field(clock, 2),
                    field(clock, 3));
        } catch (DateTimeException e) {
            throw ErlangException.badarg("not a valid date-time");
        }
    }

    private static long pair(long term, int index) {
        if (!Tuples.isTuple(term) || Tuples.arity(term) != 2) {
            throw ErlangException.badarg("not a date-time");
        }
        long part = Tuples.element(term, index);
        if (!Tuples.isTuple(part) || Tuples.arity(part) != 3) {
            throw ErlangException.badarg("not a date-time");
        }
        return part;
    }

    private static int field(long tuple, int index) {
        long value = Tuples.element(tuple, index);
        if (!TermTags.isSmall(value) || Math.abs(TermTags.smallValue(value)) > Integer.MAX_VALUE) {
            throw ErlangException.badarg("not a date-time");
        }
        return (int) TermTags.smallValue(value);
    }
}
