package org.jbeam.tier.interpreter.loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.Constant;
import org.jbeam.tier.interpreter.instr.BitSyntaxOps.Segment;
import org.jbeam.vm.bits.SegmentType;
import org.jbeam.tier.interpreter.instr.ErrorOps;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Rewrite rules for the bit-syntax instructions OTP 25's compiler emits (operand orders from
 * {@code genop.tab}): the match instructions keep their operands, minus the live counts the
 * interpreter does not need (it has no garbage collection point inside them), and
 * {@code bs_create_bin}'s flat segment list (six operands per segment) becomes
 * {@link Segment} records with string bytes taken from the module's string table.
 */
final class BitSyntaxRules {
    private BitSyntaxRules() {}

    static void addTo(RewriteRules t) {
        // bs_start_match3 Fail Bin Live Dst | bs_start_match4 Fail Live Src Dst
        t.one(GenericOp.BS_START_MATCH3, (g, d) -> new BitSyntaxOps.StartMatch(d.label(g.operand(0)),
                d.source(g.operand(1)), d.target(g.operand(3))));
        t.one(GenericOp.BS_START_MATCH4, (g, d) -> new BitSyntaxOps.StartMatch(
                g.operand(0) instanceof Operand.Label ? d.label(g.operand(0)) : Instruction.RAISE,
                d.source(g.operand(2)), d.target(g.operand(3))));
        t.one(GenericOp.BS_GET_POSITION, (g, d) -> new BitSyntaxOps.GetPosition(d.source(g.operand(0)),
                d.target(g.operand(1))));
        t.one(GenericOp.BS_SET_POSITION, (g, d) -> new BitSyntaxOps.SetPosition(d.source(g.operand(0)),
                d.source(g.operand(1))));
        t.one(GenericOp.BS_GET_TAIL, (g, d) -> new BitSyntaxOps.GetTail(d.source(g.operand(0)),
                d.target(g.operand(1))));
        t.one(GenericOp.BS_TEST_TAIL2, (g, d) -> new BitSyntaxOps.TestTail(d.label(g.operand(0)),
                d.source(g.operand(1)), d.unsigned(g.operand(2))));
        t.one(GenericOp.BS_TEST_UNIT, (g, d) -> new BitSyntaxOps.TestUnit(d.label(g.operand(0)),
                d.source(g.operand(1)), d.unsigned(g.operand(2))));
        // bs_skip_bits2 Fail Ctx Size Unit Flags
        t.add(GenericOp.BS_SKIP_BITS2, (g, c) -> List.of(new BitSyntaxOps.SkipBits(c.operands().label(g.operand(0)),
                c.operands().source(g.operand(1)), size(c, g.operand(2)), c.operands().unsigned(g.operand(3)))));
        // bs_get_{integer,float,binary}2 Fail Ctx Live Size Unit Flags Dst
        t.add(GenericOp.BS_GET_INTEGER2, (g, c) -> List.of(new BitSyntaxOps.GetInteger(label(c, g), ctx(c, g),
                size(c, g.operand(3)), c.operands().unsigned(g.operand(4)), c.operands().unsigned(g.operand(5)),
                c.operands().target(g.operand(6)))));
        t.add(GenericOp.BS_GET_FLOAT2, (g, c) -> List.of(new BitSyntaxOps.GetFloat(label(c, g), ctx(c, g),
                size(c, g.operand(3)), c.operands().unsigned(g.operand(4)), c.operands().unsigned(g.operand(5)),
                c.operands().target(g.operand(6)))));
        t.add(GenericOp.BS_GET_BINARY2, (g, c) -> List.of(new BitSyntaxOps.GetBinary(label(c, g), ctx(c, g),
                size(c, g.operand(3)), c.operands().unsigned(g.operand(4)), c.operands().target(g.operand(6)))));
        addUtf(t, GenericOp.BS_GET_UTF8, GenericOp.BS_SKIP_UTF8, 8);
        addUtf(t, GenericOp.BS_GET_UTF16, GenericOp.BS_SKIP_UTF16, 16);
        addUtf(t, GenericOp.BS_GET_UTF32, GenericOp.BS_SKIP_UTF32, 32);
        // bs_match_string Fail Ctx Bits Offset
        t.add(GenericOp.BS_MATCH_STRING, (g, c) -> {
            OperandDecoder d = c.operands();
            int bits = d.unsigned(g.operand(2));
            return List.of(new BitSyntaxOps.MatchString(d.label(g.operand(0)), d.source(g.operand(1)), bits,
                    string(c, d.unsigned(g.operand(3)), (bits + 7) / 8)));
        });
        t.one(GenericOp.BS_INIT_WRITABLE, (g, d) -> new BitSyntaxOps.InitWritable());
        t.add(GenericOp.BS_CREATE_BIN, (g, c) -> List.of(createBin(g, c)));
        addLegacyConstruction(t);
    }

    /**
     * OTP 24's construction instructions (still emitted by OTP 25's erlc with
     * {@code +no_bs_create_bin}): the live counts and heap needs go, the puts become one
     * {@link BitSyntaxOps.Put} each around a {@link Segment} numbered 0.
     */
    private static void addLegacyConstruction(RewriteRules t) {
        // bs_init2 Fail Sz Words Regs Flags Dst (bytes) | bs_init_bits ... (bits)
        t.one(GenericOp.BS_INIT2, (g, d) -> new BitSyntaxOps.InitBinary(d.label(g.operand(0)),
                sizeSource(d, g.operand(1)), 8, d.target(g.operand(5))));
        t.one(GenericOp.BS_INIT_BITS, (g, d) -> new BitSyntaxOps.InitBinary(d.label(g.operand(0)),
                sizeSource(d, g.operand(1)), 1, d.target(g.operand(5))));
        // bs_add Fail Src1 Src2 Unit Dst
        t.one(GenericOp.BS_ADD, (g, d) -> new BitSyntaxOps.AddSizes(d.label(g.operand(0)), d.source(g.operand(1)),
                d.source(g.operand(2)), d.unsigned(g.operand(3)), d.target(g.operand(4))));
        // bs_put_{integer,binary,float} Fail Sz Unit Flags Src
        addPut(t, GenericOp.BS_PUT_INTEGER, SegmentType.INTEGER);
        addPut(t, GenericOp.BS_PUT_BINARY, SegmentType.BINARY);
        addPut(t, GenericOp.BS_PUT_FLOAT, SegmentType.FLOAT);
        // bs_put_string Len Offset
        t.add(GenericOp.BS_PUT_STRING, (g, c) -> List.of(new BitSyntaxOps.Put(Instruction.RAISE,
                new Segment(SegmentType.STRING, 8, 0, null, null,
                        string(c, c.operands().unsigned(g.operand(1)), c.operands().unsigned(g.operand(0))), 0))));
        // bs_put_utfN Fail Flags Src
        addPutUtf(t, GenericOp.BS_PUT_UTF8, SegmentType.UTF8);
        addPutUtf(t, GenericOp.BS_PUT_UTF16, SegmentType.UTF16);
        addPutUtf(t, GenericOp.BS_PUT_UTF32, SegmentType.UTF32);
        // bs_utfN_size Fail Src Dst
        t.one(GenericOp.BS_UTF8_SIZE, (g, d) -> new BitSyntaxOps.UtfSize(d.source(g.operand(1)), 8,
                d.target(g.operand(2))));
        t.one(GenericOp.BS_UTF16_SIZE, (g, d) -> new BitSyntaxOps.UtfSize(d.source(g.operand(1)), 16,
                d.target(g.operand(2))));
        // bs_append Fail Size Extra Live Unit Bin Flags Dst | bs_private_append Fail Size Unit Bin Flags Dst
        t.one(GenericOp.BS_APPEND, (g, d) -> new BitSyntaxOps.Append(d.label(g.operand(0)), sizeSource(d, g.operand(1)),
                d.unsigned(g.operand(4)), d.source(g.operand(5)), d.target(g.operand(7))));
        t.one(GenericOp.BS_PRIVATE_APPEND, (g, d) -> new BitSyntaxOps.Append(d.label(g.operand(0)),
                sizeSource(d, g.operand(1)), d.unsigned(g.operand(2)), d.source(g.operand(3)), d.target(g.operand(5))));
    }

    /** An init or append size: a register, or a literal the assembler may write as an untagged number. */
    private static Source sizeSource(OperandDecoder d, Operand operand) {
        if (operand instanceof Operand.Unsigned u) {
            return new Constant(TermTags.makeSmall(u.value()));
        }
        return d.source(operand);
    }

    private static void addPut(RewriteRules t, GenericOp op, SegmentType type) {
        t.add(op, (g, c) -> List.of(new BitSyntaxOps.Put(c.operands().label(g.operand(0)),
                new Segment(type, c.operands().unsigned(g.operand(2)), c.operands().unsigned(g.operand(3)),
                        c.operands().source(g.operand(4)), size(c, g.operand(1)), null, 0))));
    }

    private static void addPutUtf(RewriteRules t, GenericOp op, SegmentType type) {
        t.one(op, (g, d) -> new BitSyntaxOps.Put(d.label(g.operand(0)),
                new Segment(type, 1, d.unsigned(g.operand(1)), d.source(g.operand(2)), null, null, 0)));
    }

    /** bs_get_utfN Fail Ctx Live Flags Dst | bs_skip_utfN Fail Ctx Live Flags. */
    private static void addUtf(RewriteRules t, GenericOp get, GenericOp skip, int width) {
        t.one(get, (g, d) -> new BitSyntaxOps.GetUtf(d.label(g.operand(0)), d.source(g.operand(1)), width,
                d.unsigned(g.operand(3)), d.target(g.operand(4))));
        t.one(skip, (g, d) -> new BitSyntaxOps.GetUtf(d.label(g.operand(0)), d.source(g.operand(1)), width,
                d.unsigned(g.operand(3)), null));
    }

    private static int label(RuleContext c, GenericInstruction g) {
        return c.operands().label(g.operand(0));
    }

    private static Source ctx(RuleContext c, GenericInstruction g) {
        return c.operands().source(g.operand(1));
    }

    /** A size operand: null for the atom {@code all}, else a source. */
    private static Source size(RuleContext c, Operand operand) {
        if (operand instanceof Operand.Atom && "all".equals(c.atoms().name(c.operands().term(operand)))) {
            return null;
        }
        return c.operands().source(operand);
    }

    private static byte[] string(RuleContext c, int offset, int length) {
        return Arrays.copyOfRange(c.strings(), offset, offset + length);
    }

    /** bs_create_bin Fail Alloc Live Unit Dst [Type Seg Unit Flags Value Size]... */
    private static Instruction createBin(GenericInstruction g, RuleContext c) {
        OperandDecoder d = c.operands();
        List<Operand> list = d.list(g.operand(5));
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i + 5 < list.size(); i += 6) {
            SegmentType type = segmentType(c.atoms().name(d.term(list.get(i))));
            if (type == null) {
                return new ErrorOps.NotImplemented(g.op(), g.offset());
            }
            int number = d.unsigned(list.get(i + 1));
            int unit = d.unsigned(list.get(i + 2));
            int flags = flags(c, list.get(i + 3));
            if (type == SegmentType.STRING) {
                byte[] bytes = string(c, d.unsigned(list.get(i + 4)), d.unsigned(list.get(i + 5)));
                segments.add(new Segment(type, 8, 0, null, null, bytes, number));
            } else {
                // The size is an atom for `all` (binary segments) and `undefined` (utf segments).
                Operand size = list.get(i + 5);
                segments.add(new Segment(type, unit, flags, d.source(list.get(i + 4)),
                        size instanceof Operand.Atom ? null : d.source(size), null, number));
            }
        }
        return new BitSyntaxOps.CreateBin(d.label(g.operand(0)), d.target(g.operand(4)),
                segments.toArray(Segment[]::new));
    }

    /** The segment type an atom names, or null for one this interpreter does not know. */
    private static SegmentType segmentType(String name) {
        for (SegmentType type : SegmentType.values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }

    /** A segment's flags: {@code []} or a literal list of flag atoms, as the field-flag bits. */
    private static int flags(RuleContext c, Operand operand) {
        int flags = 0;
        for (long list = c.operands().term(operand); TermTags.isList(list); list = Lists.tail(list)) {
            switch (c.atoms().name(Lists.head(list))) {
                case "little" -> flags |= BitSyntaxOps.LITTLE;
                case "signed" -> flags |= BitSyntaxOps.SIGNED;
                case "native" -> flags |= BitSyntaxOps.NATIVE;
                default -> { }
            }
        }
        return flags;
    }
}
