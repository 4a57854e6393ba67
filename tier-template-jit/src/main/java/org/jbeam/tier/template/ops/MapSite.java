package org.jbeam.tier.template.ops;

/**
 * One map instruction of a compiled module, read by the MAP helper as the interpreter reads it:
 * the map, the keys (and the values to put, or the registers to get into), the result register
 * and, for an update, the live X registers a collection after it keeps.
 */
public record MapSite(Kind kind, int fail, Source map, Register target, int live, Source[] keys, Source[] values,
        Register[] targets) {

    /** Which map instruction. */
    public enum Kind {
        PUT_ASSOC, PUT_EXACT, GET_ELEMENTS, HAS_FIELDS
    }
}
