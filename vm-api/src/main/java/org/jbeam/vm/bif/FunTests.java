package org.jbeam.vm.bif;

import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.Funs;
import org.jbeam.vm.term.TermTags;

/** {@code is_function/2}, shared by the BIF and the tiers' {@code is_function2} instruction. */
public final class FunTests {
    private FunTests() {}

    /** Whether {@code fun} is a fun taking {@code arity} arguments; {@code badarg} for a bad arity. */
    public static boolean isFunction(long fun, long arity) {
        if (!TermTags.isSmall(arity) || TermTags.smallValue(arity) < 0) {
            throw ErlangException.badarg("is_function/2 with a bad arity");
        }
        long wanted = TermTags.smallValue(arity);
        if (Funs.isLocalFun(fun)) {
            return Funs.arity(fun) == wanted;
        }
        return Funs.isExport(fun) && ExportEntry.arity(Funs.exportEntry(fun)) == wanted;
    }
}
