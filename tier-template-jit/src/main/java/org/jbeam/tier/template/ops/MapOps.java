package org.jbeam.tier.template.ops;

/** Map instructions (OTP's {@code instr_map}): each is a {@link MapSite} a helper carries out. */
public final class MapOps {
    private MapOps() {}

    /**
     * {@code put_map_assoc}, {@code put_map_exact}, {@code get_map_elements} or
     * {@code has_map_fields}, as {@link MapSite} {@code site} of the module describes it
     * ({@code detail}, for templates that do some cases inline); on failure jump to {@code fail}
     * (0: the update raises).
     */
    public record MapInstruction(int site, int fail, MapSite detail) implements Op {}
}
