package org.jbeam.vm.tier;

import org.jbeam.vm.term.TermTags;

/**
 * Tier-neutral catch tags (contract 3). A catch tag on a stack ({@link TermTags#makeCatch}) is an
 * immediate whose index says which tier installed it and which of that tier's handlers it names,
 * so whichever tier unwinds an exception can tell in O(1) whether it runs the handler itself or
 * hands the process to the handler's tier ({@link TierStatus#CATCH}).
 *
 * <pre>
 * catch index bits 57..8  the handler number, meaningful only to the owning tier
 * catch index bits  7..0  the tier id (1..255)
 * </pre>
 */
public final class CatchTags {
    private CatchTags() {}

    private static final int TIER_BITS = 8;
    private static final long TIER_MASK = (1L << TIER_BITS) - 1;

    /** The catch tag of handler number {@code handler} of tier {@code tier}. */
    public static long make(int tier, long handler) {
        if (tier <= 0 || tier > TIER_MASK) {
            throw new IllegalArgumentException("tier id out of range: " + tier);
        }
        if (handler < 0) {
            throw new IllegalArgumentException("negative handler number: " + handler);
        }
        return TermTags.makeCatch((handler << TIER_BITS) | tier);
    }

    /** The id of the tier whose handler the tag names. */
    public static int tier(long catchTag) {
        return (int) (TermTags.catchIndex(catchTag) & TIER_MASK);
    }

    /** The owning tier's handler number. */
    public static long handler(long catchTag) {
        return TermTags.catchIndex(catchTag) >>> TIER_BITS;
    }
}
