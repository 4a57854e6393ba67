package org.jbeam.vm.regex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * A {@code {capture, ValueSpec, Type}} option ({@code erl_bif_re.c}'s {@code build_capture} and
 * {@code build_exec_return}): which groups a match reports and as what. {@code all} reports
 * groups 0 up to the highest one set (PCRE's return count), {@code all_but_first} the same but
 * group 0; a list names groups by number or name (a duplicated name picks its first set group);
 * {@code all_names} is the name list in PCRE's (alphabetical) order. An unset group is
 * {@code {-1,0}}, {@code <<>>} or {@code []}. {@code none} (or {@code []}, or {@code all_names}
 * without names) makes a match just {@code match}.
 */
final class CaptureSpec {
    enum Type { INDEX, LIST, BINARY }

    /** Null for {@code all}/{@code all_but_first}; else the group numbers of each reported item. */
    private final List<int[]> items;
    private final boolean skipFirst;
    final boolean none;
    private final Type type;

    private CaptureSpec(List<int[]> items, boolean skipFirst, boolean none, Type type) {
        this.items = items;
        this.skipFirst = skipFirst;
        this.none = none;
        this.type = type;
    }

    static final CaptureSpec DEFAULT = new CaptureSpec(null, false, false, Type.INDEX);

    /** The spec for {@code values} and {@code type} (terms), or null when erl raises badarg. */
    static CaptureSpec parse(AtomTable atoms, CompiledRegex regex, long values, long typeTerm) {
        Type type = typeTerm == atoms.atom("index") ? Type.INDEX : typeTerm == atoms.atom("list") ? Type.LIST
                : typeTerm == atoms.atom("binary") ? Type.BINARY : null;
        if (type == null) {
            return null;
        }
        if (values == atoms.atom("all")) {
            return new CaptureSpec(null, false, false, type);
        }
        if (values == atoms.atom("all_but_first")) {
            return new CaptureSpec(null, true, false, type);
        }
        if (values == atoms.atom("none") || values == TermTags.NIL) {
            return new CaptureSpec(List.of(), false, true, type);
        }
        if (values == atoms.atom("first")) {
            return new CaptureSpec(List.of(new int[] {0}), false, false, type);
        }
        List<int[]> items = new ArrayList<>();
        if (values == atoms.atom("all_names")) {
            for (List<Integer> numbers : regex.names().values()) {
                items.add(numbers.stream().mapToInt(Integer::intValue).toArray());
            }
            return new CaptureSpec(items, false, items.isEmpty(), type);
        }
        long rest = values;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            int[] numbers = item(atoms, regex, Lists.head(rest));
            if (numbers == null) {
                return null;
            }
            items.add(numbers);
        }
        return rest == TermTags.NIL ? new CaptureSpec(items, false, false, type) : null;
    }

    private static int[] item(AtomTable atoms, CompiledRegex regex, long value) {
        String name;
        if (TermTags.isSmall(value)) {
            long x = TermTags.smallValue(value);
            // erl_bif_re.c reads the number as unsigned: a negative one is badarg.
            return x < 0 || x > Integer.MAX_VALUE ? null : new int[] {(int) x};
        } else if (TermTags.isAtom(value)) {
            name = atoms.name(value);
        } else {
            byte[] bytes = TermBytes.iodata(value);
            if (bytes == null) {
                return null;
            }
            name = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        List<Integer> numbers = regex.names().get(name);
        return numbers == null ? new int[] {-1} : numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One match's report (offsets from {@link Execution#run}) as a list term. */
    long result(HeapAllocator heap, int[] offsets, Subject subject, boolean unicode) {
        List<Integer> groups = new ArrayList<>();
        if (items == null) {
            int returned = 0;
            for (int g = 0; 2 * g < offsets.length; g++) {
                if (offsets[2 * g] >= 0) {
                    returned = g + 1;
                }
            }
            for (int g = skipFirst ? 1 : 0; g < returned; g++) {
                groups.add(g);
            }
        } else {
            for (int[] numbers : items) {
                groups.add(pick(numbers, offsets));
            }
        }
        long list = TermTags.NIL;
        for (int i = groups.size() - 1; i >= 0; i--) {
            int g = groups.get(i);
            boolean set = g >= 0 && 2 * g < offsets.length && offsets[2 * g] >= 0;
            int start = set ? offsets[2 * g] : -1;
            int length = set ? offsets[2 * g + 1] - start : 0;
            list = Lists.cons(heap, value(heap, start, length, subject, unicode), list);
        }
        return list;
    }

    /** The first set group among a name's numbers (the only one for a plain number). */
    private static int pick(int[] numbers, int[] offsets) {
        for (int g : numbers) {
            if (g >= 0 && 2 * g < offsets.length && offsets[2 * g] >= 0) {
                return g;
            }
        }
        return numbers[0];
    }

    private long value(HeapAllocator heap, int start, int length, Subject subject, boolean unicode) {
        return switch (type) {
            case INDEX -> Tuples.make(heap, TermTags.makeSmall(start), TermTags.makeSmall(length));
            case BINARY -> Binaries.make(heap, subject.bytes, Math.max(start, 0), length);
            case LIST -> characters(heap, start, length, subject, unicode);
        };
    }

    private static long characters(HeapAllocator heap, int start, int length, Subject subject, boolean unicode) {
        if (length == 0) {
            return TermTags.NIL;
        }
        int[] cps = unicode ? new String(subject.bytes, start, length, StandardCharsets.UTF_8).codePoints().toArray()
                : latin1(subject.bytes, start, length);
        long list = TermTags.NIL;
        for (int i = cps.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(cps[i]), list);
        }
        return list;
    }

    private static int[] latin1(byte[] bytes, int start, int length) {
        int[] cps = new int[length];
        for (int i = 0; i < length; i++) {
            cps[i] = bytes[start + i] & 0xFF;
        }
        return cps;
    }
}
