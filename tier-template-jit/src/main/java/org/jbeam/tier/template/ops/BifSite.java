package org.jbeam.tier.template.ops;

import org.jbeam.vm.bif.Bif;

/**
 * One call site of a Java BIF in a compiled module ({@code bif0..2}, {@code gc_bif1..3},
 * {@code call_ext} of a BIF, the slow path of inline arithmetic): generated code names the site
 * by its index in the module's table when it leaves for the helper that calls the BIF.
 *
 * @param hasFail whether a failure jumps to a label (a guard) instead of raising
 * @param live for a {@code gc_bif}, the X registers live across the collection it may need; -1
 *     for a BIF that never collects
 * @param namedInTrace whether its failure names the BIF as the trace's first entry (not for
 *     what OTP runs as {@code i_increment}: {@link org.jbeam.vm.error.Increment})
 */
public record BifSite(Bif bif, String name, int arity, boolean hasFail, int live, boolean namedInTrace) {
    /** A site whose failure names the BIF. */
    public BifSite(Bif bif, String name, int arity, boolean hasFail, int live) {
        this(bif, name, arity, hasFail, live, true);
    }
}
