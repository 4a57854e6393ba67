package org.jbeam.tier.template.ops;

/**
 * Guard BIFs that read a list, a tuple or the process and whose common case is inlined (OTP's
 * {@code bif_hd}, {@code bif_tl}, {@code bif_element}, {@code bif_tuple_size},
 * {@code i_length}, {@code self}); any other argument goes to the BIF itself, which raises as erl
 * does.
 */
public enum TermBif {
    HD(1), TL(1), TUPLE_SIZE(1), ELEMENT(2), LENGTH(1), SELF(0);

    private final int arity;

    TermBif(int arity) {
        this.arity = arity;
    }

    /** The inlined BIF {@code erlang:Name/Arity}, or null. */
    public static TermBif ofBif(String name, int arity) {
        TermBif bif = switch (name) {
            case "hd" -> HD;
            case "tl" -> TL;
            case "tuple_size" -> TUPLE_SIZE;
            case "element" -> ELEMENT;
            case "length" -> LENGTH;
            case "self" -> SELF;
            default -> null;
        };
        return bif != null && bif.arity == arity ? bif : null;
    }
}
