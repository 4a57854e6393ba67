package org.jbeam.vm.etf;

import java.util.ArrayDeque;

import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/** Finds maps of more than 32 keys (tries) anywhere inside a term, without recursion. */
final class LargeMaps {
    private LargeMaps() {}

    static boolean contains(long term) {
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
                if (!Maps.isFlatmap(t)) {
                    return true;
                }
                long[][] entries = Maps.entries(t);
                for (int i = 0; i < entries[0].length; i++) {
                    pending.push(entries[0][i]);
                    pending.push(entries[1][i]);
                }
            }
        }
        return false;
    }
}
