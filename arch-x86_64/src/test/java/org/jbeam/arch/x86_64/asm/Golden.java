package org.jbeam.arch.x86_64.asm;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * Compares what an {@link Assembler} emitted, as objdump reads it, with an expected listing.
 * An expected line is either {@code "bytes | text"} (the exact encoding is part of the
 * contract) or just {@code "text"} (any encoding objdump reads as that instruction).
 */
public final class Golden {
    private Golden() {}

    /** Asserts the code assembled at address 0 disassembles to {@code expected}. */
    public static void assertListing(Assembler assembler, List<String> expected) {
        assertListingAt(assembler, 0, expected);
    }

    public static void assertListing(Assembler assembler, String... expected) {
        assertListingAt(assembler, 0, List.of(expected));
    }

    /** Asserts the code assembled for {@code address} disassembles to {@code expected}. */
    public static void assertListingAt(Assembler assembler, long address, List<String> expected) {
        assertDisassembly(assembler.assemble(address), address, expected);
    }

    /** Asserts raw {@code code} loaded at {@code address} disassembles to {@code expected}. */
    public static void assertDisassembly(byte[] code, long address, List<String> expected) {
        List<String> actual = Objdump.disassemble(code, address);
        int lines = Math.max(actual.size(), expected.size());
        for (int i = 0; i < lines; i++) {
            String want = i < expected.size() ? expected.get(i) : "(nothing)";
            String got = i < actual.size() ? actual.get(i) : "(nothing)";
            boolean same = want.contains(" | ") ? want.equals(got) : got.endsWith(" | " + want);
            if (!same) {
                fail("instruction " + i + ": expected <" + want + "> but objdump read <" + got + ">\n"
                        + "objdump's listing:\n  " + String.join("\n  ", actual));
            }
        }
    }
}
