package org.jbeam.tier.interpreter.instr;

import org.jbeam.vm.bits.SegmentFlags;
import org.jbeam.vm.bits.SegmentSpec;
import org.jbeam.vm.bits.SegmentType;

/**
 * Bit-syntax instructions (OTP's {@code instr_bs}). Matching works on a match state made by
 * {@link StartMatch}; every test jumps to {@code fail} when the bits do not match. A
 * {@code size} of null means {@code all} (the rest of the bits, a multiple of {@code unit}).
 * {@code flags} are the file's field flags ({@link SegmentFlags}). The semantics are vm-api's
 * ({@code org.jbeam.vm.bits}).
 */
public sealed interface BitSyntaxOps extends Instruction {
    int LITTLE = SegmentFlags.LITTLE;
    int SIGNED = SegmentFlags.SIGNED;
    int NATIVE = SegmentFlags.NATIVE;

    /** {@code bs_start_match3/4}: a match state over a bitstring (an existing state is reused). */
    record StartMatch(int fail, Source source, Target target) implements BitSyntaxOps {}

    /** {@code bs_get_position}: the position as a small integer. */
    record GetPosition(Source context, Target target) implements BitSyntaxOps {}

    record SetPosition(Source context, Source position) implements BitSyntaxOps {}

    /** {@code bs_get_tail}: the bits after the position as a sub-binary. */
    record GetTail(Source context, Target target) implements BitSyntaxOps {}

    /** {@code bs_test_tail2}: exactly {@code bits} bits remain. */
    record TestTail(int fail, Source context, long bits) implements BitSyntaxOps {}

    /** {@code bs_test_unit}: the bits remaining are a multiple of {@code unit}. */
    record TestUnit(int fail, Source context, int unit) implements BitSyntaxOps {}

    record SkipBits(int fail, Source context, Source size, int unit) implements BitSyntaxOps {}

    record GetInteger(int fail, Source context, Source size, int unit, int flags, Target target)
            implements BitSyntaxOps {}

    record GetFloat(int fail, Source context, Source size, int unit, int flags, Target target)
            implements BitSyntaxOps {}

    record GetBinary(int fail, Source context, Source size, int unit, Target target) implements BitSyntaxOps {}

    /** {@code bs_get_utf8/16/32} ({@code width} 8, 16 or 32); a null target only skips. */
    record GetUtf(int fail, Source context, int width, int flags, Target target) implements BitSyntaxOps {}

    /** {@code bs_match_string}: the next {@code bits} bits equal those of {@code bytes}. */
    record MatchString(int fail, Source context, long bits, byte[] bytes) implements BitSyntaxOps {}

    /** {@code bs_create_bin}: builds a bitstring from segments; failures raise unless {@code fail} is set. */
    record CreateBin(int fail, Target target, Segment[] segments) implements BitSyntaxOps {}

    /**
     * {@code bs_init_writable}: X0 (a size hint) becomes an empty binary that comprehensions
     * then append to. OTP reserves a writable buffer of that size; appending here copies.
     */
    record InitWritable() implements BitSyntaxOps {}

    /**
     * {@code bs_init2} ({@code unit} 8, a size in bytes) and {@code bs_init_bits} ({@code unit}
     * 1): the target becomes a new bitstring of {@code size * unit} bits that the following
     * {@link Put}s fill, OTP 24's construction (code compiled with {@code +no_bs_create_bin}).
     */
    record InitBinary(int fail, Source size, int unit, Target target) implements BitSyntaxOps {}

    /** {@code bs_add}: {@code target = first + second * unit}, both sizes natural numbers. */
    record AddSizes(int fail, Source first, Source second, int unit, Target target) implements BitSyntaxOps {}

    /**
     * {@code bs_put_integer/binary/float/string/utf8/utf16/utf32}: one segment written into the
     * binary under construction (its {@link Segment#number} is 0: these failures name no segment).
     */
    record Put(int fail, Segment segment) implements BitSyntaxOps {}

    /** {@code bs_utf8_size}/{@code bs_utf16_size} ({@code width} 8 or 16): the bytes a code point encodes to. */
    record UtfSize(Source value, int width, Target target) implements BitSyntaxOps {}

    /**
     * {@code bs_append} and {@code bs_private_append}: the target becomes {@code binary} (whose
     * size must be a multiple of {@code unit}) followed by room for {@code size} more bits, which
     * the following {@link Put}s fill.
     */
    record Append(int fail, Source size, int unit, Source binary, Target target) implements BitSyntaxOps {}

    /**
     * One {@code bs_create_bin} segment. {@code size} is null for {@code all} and for the
     * utf types; a string segment carries its {@code bytes} and no value; {@code number} is the
     * compiler's 1-based segment number, which failures report.
     */
    record Segment(SegmentType type, int unit, int flags, Source value, Source size, byte[] bytes, int number)
            implements SegmentSpec {}
}
