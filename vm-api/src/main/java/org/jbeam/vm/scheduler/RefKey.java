package org.jbeam.vm.scheduler;

import org.jbeam.vm.term.Identifiers;
import org.jbeam.vm.term.TermTags;

/**
 * A local reference's identity as a Java value, to key monitors and timers by the reference
 * term a program holds. References this runtime makes have three 32-bit ids.
 */
record RefKey(long id0, long id1, long id2) {

    /** The key of {@code term}, or null when it is not a local reference of three ids. */
    static RefKey of(long term) {
        if (!TermTags.isBoxed(term) || !Identifiers.isLocalReference(term)
                || Identifiers.referenceIdCount(term) != 3) {
            return null;
        }
        return new RefKey(Identifiers.referenceId(term, 0), Identifiers.referenceId(term, 1),
                Identifiers.referenceId(term, 2));
    }

    long[] ids() {
        return new long[] {id0, id1, id2};
    }
}
