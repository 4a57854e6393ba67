package org.jbeam.vm.ets;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The options of {@code ets:new/2}, parsed as {@code erl_db.c}'s {@code ets_new_2} does: a
 * proper list in which later options win; anything unknown is {@code badarg}. The heir is kept
 * as given (its data copied by the table); the concurrency options are accepted and recorded.
 */
record TableOptions(TableType type, Access access, int keypos, boolean named, boolean readConcurrency,
        boolean writeConcurrency, long heirPid, long heirData) {

    static TableOptions parse(AtomTable atoms, long list) {
        if (Lists.properLength(list) < 0) {
            throw ErlangException.badarg("ets:new/2: options must be a proper list");
        }
        Builder b = new Builder();
        for (long rest = list; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long option = Lists.head(rest);
            if (TermTags.isAtom(option)) {
                b.atom(atoms.name(option));
            } else if (Tuples.isTuple(option)) {
                b.tuple(atoms, option);
            } else {
                throw bad();
            }
        }
        return new TableOptions(b.type, b.access, b.keypos, b.named, b.readConcurrency, b.writeConcurrency,
                b.heirPid, b.heirData);
    }

    private static ErlangException bad() {
        return ErlangException.badarg("ets:new/2: bad option");
    }

    private static boolean bool(long term) {
        if (term == Atoms.TRUE) {
            return true;
        }
        if (term == Atoms.FALSE) {
            return false;
        }
        throw bad();
    }

    private static final class Builder {
        TableType type = TableType.SET;
        Access access = Access.PROTECTED;
        int keypos = 1;
        boolean named;
        boolean readConcurrency;
        boolean writeConcurrency;
        long heirPid = TermTags.NON_VALUE;
        long heirData = TermTags.NON_VALUE;

        void atom(String name) {
            switch (name) {
                case "set" -> type = TableType.SET;
                case "ordered_set" -> type = TableType.ORDERED_SET;
                case "bag" -> type = TableType.BAG;
                case "duplicate_bag" -> type = TableType.DUPLICATE_BAG;
                case "public" -> access = Access.PUBLIC;
                case "protected" -> access = Access.PROTECTED;
                case "private" -> access = Access.PRIVATE;
                case "named_table" -> named = true;
                case "compressed" -> { }
                default -> throw bad();
            }
        }

        void tuple(AtomTable atoms, long option) {
            int arity = Tuples.arity(option);
            long tag = Tuples.element(option, 1);
            String name = TermTags.isAtom(tag) ? atoms.name(tag) : "";
            if (arity == 2 && name.equals("keypos")) {
                long n = Tuples.element(option, 2);
                if (!TermTags.isSmall(n) || TermTags.smallValue(n) < 1 || TermTags.smallValue(n) > 0xFFFF) {
                    throw bad();
                }
                keypos = (int) TermTags.smallValue(n);
            } else if (arity == 2 && name.equals("read_concurrency")) {
                readConcurrency = bool(Tuples.element(option, 2));
            } else if (arity == 2 && name.equals("write_concurrency")) {
                long value = Tuples.element(option, 2);
                writeConcurrency = TermTags.isAtom(value) && atoms.name(value).equals("auto") || bool(value);
            } else if (arity == 2 && name.equals("decentralized_counters")) {
                bool(Tuples.element(option, 2));
            } else if (arity == 2 && name.equals("heir") && TermTags.isAtom(Tuples.element(option, 2))
                    && atoms.name(Tuples.element(option, 2)).equals("none")) {
                heirPid = TermTags.NON_VALUE;
                heirData = TermTags.NON_VALUE;
            } else if (arity == 3 && name.equals("heir") && TermTags.isLocalPid(Tuples.element(option, 2))) {
                heirPid = Tuples.element(option, 2);
                heirData = Tuples.element(option, 3);
            } else {
                throw bad();
            }
        }
    }
}
