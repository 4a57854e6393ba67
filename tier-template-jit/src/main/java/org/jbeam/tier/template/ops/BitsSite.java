package org.jbeam.tier.template.ops;

import org.jbeam.vm.bits.SegmentSpec;
import org.jbeam.vm.bits.SegmentType;

/**
 * One bit-syntax instruction of a compiled module (OTP's {@code instr_bs}), its operands as the
 * BITS helper reads them, which carries it out with vm-api's {@code org.jbeam.vm.bits} semantics
 * (the interpreter's). {@code fail} is the fail label (0: none, a failure raises {@code badarg});
 * {@code live} the instruction's Live operand, the X registers a collection before it keeps;
 * {@code context} the register holding the match state; a null {@code size} means {@code all}.
 */
public sealed interface BitsSite {
    /** The label to jump to when the instruction fails, 0 when it raises or cannot fail. */
    int fail();

    /** {@code bs_start_match3 Fail Bin Live Dst}, {@code bs_start_match4 Fail Live Src Dst}. */
    record StartMatch(int fail, Source source, int live, Register target) implements BitsSite {}

    /** {@code bs_get_position Ctx Dst Live}. */
    record GetPosition(Source context, Register target) implements BitsSite {
        public int fail() {
            return 0;
        }
    }

    /** {@code bs_set_position Ctx Pos}. */
    record SetPosition(Source context, Source position) implements BitsSite {
        public int fail() {
            return 0;
        }
    }

    /** {@code bs_get_tail Ctx Dst Live}: the rest as a sub-binary. */
    record GetTail(Source context, int live, Register target) implements BitsSite {
        public int fail() {
            return 0;
        }
    }

    /** {@code bs_test_tail2 Fail Ctx Bits}. */
    record TestTail(int fail, Source context, long bits) implements BitsSite {}

    /** {@code bs_test_unit Fail Ctx Unit}. */
    record TestUnit(int fail, Source context, int unit) implements BitsSite {}

    /** {@code bs_skip_bits2 Fail Ctx Size Unit Flags}. */
    record Skip(int fail, Source context, Source size, int unit) implements BitsSite {}

    /** {@code bs_get_integer2 Fail Ctx Live Size Unit Flags Dst}. */
    record GetInteger(int fail, Source context, int live, Source size, int unit, int flags, Register target)
            implements BitsSite {}

    /** {@code bs_get_float2 Fail Ctx Live Size Unit Flags Dst}. */
    record GetFloat(int fail, Source context, int live, Source size, int unit, int flags, Register target)
            implements BitsSite {}

    /** {@code bs_get_binary2 Fail Ctx Live Size Unit Flags Dst}. */
    record GetBinary(int fail, Source context, int live, Source size, int unit, Register target)
            implements BitsSite {}

    /** {@code bs_get_utf8/16/32 Fail Ctx Live Flags Dst} and {@code bs_skip_utf*} (a null target). */
    record GetUtf(int fail, Source context, int width, int flags, Register target) implements BitsSite {}

    /** {@code bs_match_string Fail Ctx Bits Offset}: the next {@code bits} bits equal {@code bytes}'. */
    record MatchString(int fail, Source context, long bits, byte[] bytes) implements BitsSite {}

    /** {@code bs_create_bin Fail Alloc Live Unit Dst Segments}. */
    record CreateBin(int fail, long alloc, int live, Register target, Segment[] segments) implements BitsSite {}

    /** {@code bs_init_writable}: X0, a size hint, becomes the empty binary comprehensions append to. */
    record InitWritable() implements BitsSite {
        public int fail() {
            return 0;
        }
    }

    /** {@code bs_init2 Fail Sz Words Regs Flags Dst} ({@code unit} 8) and {@code bs_init_bits} ({@code unit} 1). */
    record InitBinary(int fail, Source size, long words, int live, int unit, Register target) implements BitsSite {}

    /** {@code bs_add Fail Src1 Src2 Unit Dst}. */
    record AddSizes(int fail, Source first, Source second, int unit, Register target) implements BitsSite {}

    /** {@code bs_put_integer/binary/float/string/utf8/utf16/utf32}: one segment of the binary under construction. */
    record Put(int fail, Segment segment) implements BitsSite {}

    /** {@code bs_utf8_size}/{@code bs_utf16_size Fail Src Dst} ({@code width} 8 or 16). */
    record UtfSize(Source value, int width, Register target) implements BitsSite {
        public int fail() {
            return 0;
        }
    }

    /**
     * {@code bs_append Fail Size Extra Live Unit Bin Flags Dst} and {@code bs_private_append Fail
     * Size Unit Bin Flags Dst} (live -1: no collection point).
     */
    record Append(int fail, Source size, long extra, int live, int unit, Source binary, Register target)
            implements BitsSite {}

    /**
     * One construction segment: its value and size sources (null for a string's value, and for
     * {@code all} and the utf types' size) beside the fixed part vm-api reads.
     */
    record Segment(SegmentType type, int unit, int flags, Source value, Source size, byte[] bytes, int number)
            implements SegmentSpec {}
}
