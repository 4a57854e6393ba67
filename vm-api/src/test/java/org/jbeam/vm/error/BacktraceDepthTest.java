package org.jbeam.vm.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.Test;

/** {@code system_flag(backtrace_depth, N)}'s setting, as erl_bif_info.c keeps it. */
class BacktraceDepthTest {
    @Test
    void startsAtErlsDefaultAndGivesTheOldDepthBack() {
        BacktraceDepth depth = new BacktraceDepth();
        assertEquals(8, depth.get());
        assertEquals(8, depth.set(TermTags.makeSmall(3)));
        assertEquals(3, depth.get());
        assertEquals(3, depth.set(TermTags.makeSmall(0)));
        assertEquals(0, depth.get());
    }

    @Test
    void aDepthAboveTheMaximumIsClamped() {
        BacktraceDepth depth = new BacktraceDepth();
        depth.set(TermTags.makeSmall(1000));
        assertEquals(BacktraceDepth.MAX, depth.get());
    }

    @Test
    void aNegativeOrNonIntegerDepthIsBadargAndChangesNothing() {
        BacktraceDepth depth = new BacktraceDepth();
        ErlangException negative = assertThrows(ErlangException.class, () -> depth.set(TermTags.makeSmall(-1)));
        assertEquals(Atoms.BADARG, negative.reason());
        assertThrows(ErlangException.class, () -> depth.set(Atoms.TRUE));
        assertEquals(BacktraceDepth.DEFAULT, depth.get());
    }
}
