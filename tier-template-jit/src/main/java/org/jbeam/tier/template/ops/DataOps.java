package org.jbeam.tier.template.ops;

/** List and tuple access and construction (OTP's {@code instr_common}: {@code get_list}, {@code put_list}, ...). */
public final class DataOps {
    private DataOps() {}

    public record GetList(Source list, Register head, Register tail) implements Op {}

    public record GetHd(Source list, Register head) implements Op {}

    public record GetTl(Source list, Register tail) implements Op {}

    /** {@code put_list}: a cons built at the heap top (a preceding heap test made room). */
    public record PutList(Source head, Source tail, Register target) implements Op {}

    /** {@code put_tuple2}: a tuple of {@code elements} built at the heap top. */
    public record PutTuple2(Register target, Source[] elements) implements Op {}

    /**
     * {@code set_tuple_element Value Tuple Index}: overwrites element {@code index} (0-based) of a
     * tuple the compiler has just built (no one else can see it yet).
     */
    public record SetTupleElement(Source value, Source tuple, int index) implements Op {}

    /** {@code get_tuple_element}: element {@code index} (0-based) of a value known to be a large enough tuple. */
    public record GetTupleElement(Source tuple, int index, Register target) implements Op {}
}
