package org.jbeam.tier.template.runtime;

import org.jbeam.vm.tier.TierStatus;

/**
 * What a helper call decided: re-enter generated code at {@code address}, or leave the tier with
 * {@code status} (the process's state already as that status describes).
 */
record Outcome(TierStatus status, long address) {
    static Outcome enter(long address) {
        return new Outcome(null, address);
    }

    static Outcome leave(TierStatus status) {
        return new Outcome(status, 0);
    }

    boolean leaves() {
        return status != null;
    }
}
