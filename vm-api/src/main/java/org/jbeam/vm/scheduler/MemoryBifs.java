package org.jbeam.vm.scheduler;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.memory.NativeAllocator;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Integers;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erlang:memory/0,1} for what jbeam measures: {@code processes} (the native memory of
 * every live process: heaps, stacks, registers) and {@code processes_used} (the heap and stack
 * words they use),
 * {@code total} (all native memory the VM holds plus the Java heap in use) and {@code system}
 * (total less processes). erl reads these from its allocators; for the other types
 * ({@code atom}, {@code binary}, {@code code}, {@code ets}) jbeam has no such accounting, so it
 * answers as erl does when its allocators cannot tell: {@code error:notsup}, and so does
 * {@code memory/0}, which lists every type.
 */
public final class MemoryBifs {
    private MemoryBifs() {}

    public static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "memory", 0, (p, a) -> {
            throw ErlangException.error(atoms.atom("notsup"), "memory/0: jbeam does not account atom, binary, code and ets memory");
        });
        t.register("erlang", "memory", 1, (p, a) -> {
            if (TermTags.isAtom(a[0])) {
                return Integers.fromLong(p.heap(), bytes(p, atoms, a[0]));
            }
            if (Lists.properLength(a[0]) < 0) {
                throw ErlangException.badarg("memory/1: not a type or a list of types");
            }
            int count = (int) Lists.properLength(a[0]);
            long[] pairs = new long[count];
            long rest = a[0];
            for (int i = 0; i < count; i++, rest = Lists.tail(rest)) {
                long type = Lists.head(rest);
                if (!TermTags.isAtom(type)) {
                    throw ErlangException.badarg("memory/1: not a type");
                }
                pairs[i] = Tuples.make(p.heap(), type, Integers.fromLong(p.heap(), bytes(p, atoms, type)));
            }
            return Lists.of(p.heap(), pairs);
        });
    }

    private static long bytes(ErlangProcess p, AtomTable atoms, long type) {
        return switch (atoms.name(type)) {
            case "processes" -> processes(p, false);
            case "processes_used" -> processes(p, true);
            case "total" -> total();
            case "system" -> Math.max(0, total() - processes(p, false));
            case "atom", "atom_used", "binary", "code", "ets" -> throw ErlangException.error(atoms.atom("notsup"),
                    "memory/1: jbeam does not account " + atoms.name(type) + " memory");
            default -> throw ErlangException.badarg("memory/1: unknown type " + atoms.name(type));
        };
    }

    /** All native memory of the live processes, or ({@code used}) the heap and stack words in use. */
    private static long processes(ErlangProcess p, boolean used) {
        ProcessRuntime runtime = p.control().runtime();
        long total = 0;
        for (long pid : runtime.pids()) {
            ErlangProcess process = runtime.lookup(pid);
            if (process != null) {
                total += used ? (process.heap().usedWords() + process.stackSizeWords()) * 8L : process.memoryBytes();
            }
        }
        return total;
    }

    static long total() {
        Runtime java = Runtime.getRuntime();
        return NativeAllocator.liveBytes() + java.totalMemory() - java.freeMemory();
    }
}
