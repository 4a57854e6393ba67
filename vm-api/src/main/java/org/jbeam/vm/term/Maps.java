package org.jbeam.vm.term;

/**
 * Maps, laid out as OTP's {@code erl_map.h} lays them out.
 *
 * <pre>
 * flatmap   [header(MAP, type 0)] [size] [keys tuple] [value 1] ... [value n]     n &lt;= 32
 * </pre>
 *
 * A flatmap's keys are sorted in the map key order and its header is exactly
 * {@link #FLATMAP_HEADER}. Larger maps are hash-array-mapped tries (see {@code HashMaps}).
 */
public final class Maps {
    private Maps() {}

    /** OTP's {@code MAP_SMALL_MAP_LIMIT}. */
    public static final int FLATMAP_LIMIT = 32;
    /** Bits of the map header (above the 6 subtag bits) that tell the node type. */
    public static final int HEADER_TYPE_BITS = 2;
    public static final int TYPE_FLATMAP = 0x0;
    public static final int TYPE_HAMT_NODE_BITMAP = 0x1;
    public static final int TYPE_HAMT_HEAD_ARRAY = 0x2;
    public static final int TYPE_HAMT_HEAD_BITMAP = 0x3;
    public static final long FLATMAP_HEADER = TermTags.makeHeader(TYPE_FLATMAP, TermTags.MAP_SUBTAG);

    public static boolean isMap(long term) {
        return TermTags.isBoxed(term) && TermTags.headerSubtag(Boxed.header(term)) == TermTags.MAP_SUBTAG;
    }

    /** The node type of a map header: one of the {@code TYPE_} constants. */
    public static int headerType(long header) {
        return (int) (TermTags.headerArity(header) & 0x3);
    }

    public static boolean isFlatmap(long map) {
        return Boxed.header(map) == FLATMAP_HEADER;
    }

    public static long flatmapSize(long flatmap) {
        return Boxed.field(flatmap, 1);
    }

    public static long flatmapKeys(long flatmap) {
        return Boxed.field(flatmap, 2);
    }

    /** Value {@code index} (from 0) of a flatmap, paired with key {@code index + 1} of its keys tuple. */
    public static long flatmapValue(long flatmap, int index) {
        return Boxed.field(flatmap, 3 + index);
    }
}
