package org.jbeam.vm.bif;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Work on long lists a time slice at a time (contract 4), as OTP's trapping list BIFs do it:
 * each step goes as far as the slice pays for ({@link ErlangProcess#workBudget}), charges what
 * it did, and leaves what is left for the next step, which runs after a trap or a yield.
 */
public final class ListSlices {
    private ListSlices() {}

    /** A reversal under way: the part of the list not yet moved, and the cells moved so far. */
    record Reversal(long rest, long reversed) {
        boolean done() {
            return !TermTags.isList(rest);
        }
    }

    /**
     * Moves cells of {@code rest}, one by one, onto the front of {@code reversed}, as far as the
     * slice pays for. The caller checks what {@link Reversal#rest} ends with once it is done.
     */
    static Reversal reverseOnto(ErlangProcess p, long rest, long reversed) {
        int budget = p.workBudget();
        int moved = 0;
        while (TermTags.isList(rest) && moved < budget) {
            reversed = Lists.cons(p.heap(), Lists.head(rest), reversed);
            rest = Lists.tail(rest);
            moved++;
        }
        p.chargeWork(moved);
        return new Reversal(rest, reversed);
    }

    /**
     * One step of {@code length/1} whose state is in X registers: the list in X(at), the part
     * still to count in X(at+1), the count so far in X(at+2) (OTP's {@code i_length} keeps it
     * there too). Returns the length when the walk reaches the end; otherwise writes the state
     * back and returns NON_VALUE for the caller to trap or yield.
     *
     * @throws ErlangException {@code badarg} when the list is improper
     */
    public static long countFurther(ErlangProcess p, int at) {
        long rest = p.x(at + 1);
        int budget = p.workBudget();
        int walked = 0;
        while (TermTags.isList(rest) && walked < budget) {
            rest = Lists.tail(rest);
            walked++;
        }
        p.chargeWork(walked);
        long count = TermTags.smallValue(p.x(at + 2)) + walked;
        if (TermTags.isList(rest)) {
            p.setX(at + 1, rest);
            p.setX(at + 2, TermTags.makeSmall(count));
            return TermTags.NON_VALUE;
        }
        if (rest != TermTags.NIL) {
            throw ErlangException.badarg("length/1 of an improper list");
        }
        return TermTags.makeSmall(count);
    }
}
