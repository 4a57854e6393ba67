package org.jbeam.vm.etf;

import java.util.ArrayDeque;

import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * Finds maps of more than 32 keys (tries) whose iteration order depends on the numbering of
 * one VM: OTP 25 hashes atoms, pids, ports, references and funs by their raw word or entry
 * address, so erl's order of such keys follows erl's own atom and process numbering, which
 * no other VM shares. Tries of other keys (numbers, binaries, lists and tuples of them) must
 * iterate exactly as in erl, and the oracle test checks that they do.
 */
final class LargeMaps {
    private LargeMaps() {}

    static boolean containsVmNumberedKeys(long term) {
        return find(term, true);
    }

    /** True when {@code term} holds any map of more than 32 keys. */
    static boolean containsLargeMap(long term) {
        return find(term, false);
    }

    private static boolean find(long term, boolean onlyVmNumbered) {
        ArrayDeque<Long> pending = new ArrayDeque<>();
        pending.push(term);
        while (!pending.isEmpty()) {
            long t = pending.pop();
            if (TermTags.isList(t)) {
                pending.push(Lists.head(t));
                pending.push(Lists.tail(t));
            } else if (Tuples.isTuple(t)) {
                for (int i = 1; i <= Tuples.arity(t); i++) {
                    pending.push(Tuples.element(t, i));
                }
            } else if (Funs.isLocalFun(t)) {
                for (int i = 0; i < Funs.freeCount(t); i++) {
                    pending.push(Funs.freeVariable(t, i));
                }
            } else if (Maps.isMap(t)) {
                long[][] entries = Maps.entries(t);
                if (!Maps.isFlatmap(t) && (!onlyVmNumbered || anyVmNumbered(entries[0]))) {
                    return true;
                }
                for (int i = 0; i < entries[0].length; i++) {
                    pending.push(entries[0][i]);
                    pending.push(entries[1][i]);
                }
            }
        }
        return false;
    }

    private static boolean anyVmNumbered(long[] keys) {
        ArrayDeque<Long> pending = new ArrayDeque<>();
        for (long key : keys) {
            pending.push(key);
        }
        while (!pending.isEmpty()) {
            long t = pending.pop();
            if (TermTags.isAtom(t) || TermTags.isLocalPid(t) || TermTags.isLocalPort(t)) {
                return true;
            }
            if (TermTags.isList(t)) {
                pending.push(Lists.head(t));
                pending.push(Lists.tail(t));
            } else if (Tuples.isTuple(t)) {
                for (int i = 1; i <= Tuples.arity(t); i++) {
                    pending.push(Tuples.element(t, i));
                }
            } else if (Maps.isMap(t)) {
                long[][] entries = Maps.entries(t);
                for (int i = 0; i < entries[0].length; i++) {
                    pending.push(entries[0][i]);
                    pending.push(entries[1][i]);
                }
            } else if (TermTags.isBoxed(t)) {
                int subtag = Boxed.subtag(t);
                if (subtag == TermTags.REF_SUBTAG || subtag == TermTags.FUN_SUBTAG
                        || subtag == TermTags.EXPORT_SUBTAG || subtag >= TermTags.EXTERNAL_PID_SUBTAG
                                && subtag <= TermTags.EXTERNAL_REF_SUBTAG) {
                    return true;
                }
            }
        }
        return false;
    }
}
