package org.jbeam.tier.template.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void reasonAndArgumentRoundTrip() {
        for (ExitReason reason : ExitReason.values()) {
            for (int argument : new int[] {0, 1, 255, 256, ExitStatus.MAX_ARGUMENT}) {
                int status = ExitStatus.of(reason, argument);
                assertEquals(reason, ExitStatus.reason(status));
                assertEquals(argument, ExitStatus.argument(status));
                assertEquals(true, status > 0, "a status fits a positive 32-bit immediate");
            }
        }
        assertEquals(0x703, ExitStatus.of(ExitReason.CALL_HELPER, 7));
    }

    @Test
    void aWordThatIsNoStatusIsRefused() {
        assertThrows(IllegalStateException.class, () -> ExitStatus.reason(0));
        assertThrows(IllegalStateException.class, () -> ExitStatus.reason(0xFF));
        assertThrows(IllegalStateException.class, () -> ExitStatus.reason(1L << 40 | 1));
        assertThrows(IllegalArgumentException.class, () -> ExitStatus.of(ExitReason.YIELDED, ExitStatus.MAX_ARGUMENT + 1));
        assertThrows(IllegalArgumentException.class, () -> ExitStatus.of(ExitReason.YIELDED, -1));
    }
}
