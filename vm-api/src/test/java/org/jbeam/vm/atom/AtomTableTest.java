package org.jbeam.vm.atom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.Test;

class AtomTableTest {
    @Test
    void wellKnownAtomsHaveFixedIndices() {
        AtomTable table = new AtomTable();
        assertEquals(Atoms.BADARG, table.atom("badarg"));
        assertEquals(Atoms.TRUE, table.atom("true"));
        assertEquals("system_limit", table.name(Atoms.SYSTEM_LIMIT));
    }

    @Test
    void internIsIdempotentAndUnicodeAware() {
        AtomTable table = new AtomTable();
        long a = table.atom("héllo");
        assertEquals(a, table.atom("héllo"));
        assertEquals("héllo", table.name(a));
        assertEquals(TermTags.NON_VALUE, table.existing("never_made_here"));
    }

    @Test
    void tooLongAtomsAndAFullTableRaiseSystemLimit() {
        AtomTable table = new AtomTable(Atoms.NAMES.size() + 1);
        assertEquals(Atoms.SYSTEM_LIMIT,
                assertThrows(ErlangException.class, () -> table.atom("x".repeat(256))).reason());
        table.atom("ä".repeat(255));
        ErlangException full = assertThrows(ErlangException.class, () -> table.atom("one_more"));
        assertEquals(Atoms.SYSTEM_LIMIT, full.reason());
    }

    @Test
    void malformedUtf8IsBadarg() {
        AtomTable table = new AtomTable();
        ErlangException e = assertThrows(ErlangException.class, () -> table.intern(new byte[] {(byte) 0xC0, (byte) 0x80}));
        assertEquals(Atoms.BADARG, e.reason());
    }
}
