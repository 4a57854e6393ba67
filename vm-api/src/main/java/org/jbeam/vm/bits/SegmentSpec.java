package org.jbeam.vm.bits;

/**
 * The fixed part of one construction segment, as a tier decoded it from {@code bs_create_bin} or
 * a {@code bs_put_*} instruction; the segment's value and size are terms the tier reads from its
 * registers at run time and passes beside it. Each tier's instruction record implements this.
 */
public interface SegmentSpec {
    SegmentType type();

    /** The unit the size is multiplied by (1 for utf segments, 8 for strings). */
    int unit();

    /** {@link SegmentFlags} bits. */
    int flags();

    /** A string segment's bytes; null for the other types. */
    byte[] bytes();

    /** The compiler's 1-based segment number, which {@code error_info} reports; 0 for {@code bs_put_*}. */
    int number();
}
