package org.jbeam.vm.process;

/**
 * The encoding of a return address (CP) on a process stack (contract 3). A CP is a word with
 * primary tag {@code 00}: stacks hold only terms and CPs, never headers, so a collector scanning
 * a stack skips every word with that tag, as BEAM's {@code is_CP} does.
 *
 * <pre>
 * bits 63..10  code position, meaningful only to the owning tier (54 bits)
 * bits  9..2   tier id (0: no tier, the bottom of the stack: returning there ends the process)
 * bits  1..0   00
 * </pre>
 */
public final class ContinuationPointer {
    private ContinuationPointer() {}

    private static final int TIER_SHIFT = 2;
    private static final int CODE_SHIFT = 10;
    private static final long TIER_MASK = 0xFF;

    /** The largest code position a CP can carry. */
    public static final long MAX_CODE = (1L << (64 - CODE_SHIFT)) - 1;

    /** The CP below the first frame of a process: returning to it finishes the process. */
    public static final long FINISH = 0;

    public static long make(int tier, long code) {
        if (tier <= 0 || tier > TIER_MASK) {
            throw new IllegalArgumentException("tier id out of range: " + tier);
        }
        if (code < 0 || code > MAX_CODE) {
            throw new IllegalArgumentException("code position out of range: " + code);
        }
        return (code << CODE_SHIFT) | ((long) tier << TIER_SHIFT);
    }

    public static boolean isContinuation(long word) {
        return (word & 0x3) == 0;
    }

    public static int tier(long cp) {
        return (int) ((cp >>> TIER_SHIFT) & TIER_MASK);
    }

    public static long code(long cp) {
        return cp >>> CODE_SHIFT;
    }
}
