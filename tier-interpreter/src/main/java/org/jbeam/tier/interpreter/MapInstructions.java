package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.MapOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Map instructions over {@code vm-api}'s {@link Maps}: updates rebuild the map once with all
 * new pairs (later pairs win), lookups match keys with {@code =:=}.
 */
final class MapInstructions {
    private MapInstructions() {}

    static int putAssoc(Machine m, MapOps.PutMapAssoc i, int pc) {
        long map = requireMap(m, m.read(i.map()));
        m.write(i.target(), update(m, map, i.keys(), i.values()));
        return pc + 1;
    }

    static int putExact(Machine m, MapOps.PutMapExact i, int pc) {
        long map = m.read(i.map());
        if (!Maps.isMap(map)) {
            return failOr(i.fail(), m, Atoms.BADMAP, map);
        }
        for (Source key : i.keys()) {
            long k = m.read(key);
            if (Maps.get(map, k) == TermTags.NON_VALUE) {
                return failOr(i.fail(), m, Atoms.BADKEY, k);
            }
        }
        m.write(i.target(), update(m, map, i.keys(), i.values()));
        return pc + 1;
    }

    static int getElements(Machine m, MapOps.GetMapElements i, int pc) {
        long map = m.read(i.map());
        Source[] keys = i.keys();
        long[] found = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            found[k] = Maps.get(map, m.read(keys[k]));
            if (found[k] == TermTags.NON_VALUE) {
                return i.fail();
            }
        }
        // Write only after every key matched: a target may be the register holding the map.
        for (int k = 0; k < keys.length; k++) {
            m.write(i.targets()[k], found[k]);
        }
        return pc + 1;
    }

    static int hasFields(Machine m, MapOps.HasMapFields i, int pc) {
        long map = m.read(i.map());
        for (Source key : i.keys()) {
            if (Maps.get(map, m.read(key)) == TermTags.NON_VALUE) {
                return i.fail();
            }
        }
        return pc + 1;
    }

    /** The map with the pairs put in order ({@link Maps#update}). */
    private static long update(Machine m, long map, Source[] keys, Source[] values) {
        long[] newKeys = new long[keys.length];
        long[] newValues = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            newKeys[k] = m.read(keys[k]);
            newValues[k] = m.read(values[k]);
        }
        return Maps.update(m.process.order(), m.process.heap(), map, newKeys, newValues);
    }

    private static long requireMap(Machine m, long map) {
        if (!Maps.isMap(map)) {
            ErlangProcess p = m.process;
            throw ErlangException.error(Tuples.make(p.heap(), Atoms.BADMAP, map), "badmap");
        }
        return map;
    }

    /** In a guard a failed update jumps to {@code fail}; in a body it raises {@code {Tag, Term}}. */
    private static int failOr(int fail, Machine m, long tag, long term) {
        if (fail != Instruction.RAISE) {
            return fail;
        }
        throw ErlangException.error(Tuples.make(m.process.heap(), tag, term), "map update");
    }
}
