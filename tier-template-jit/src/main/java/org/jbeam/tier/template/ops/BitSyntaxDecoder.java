package org.jbeam.tier.template.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.Operand;
import org.jbeam.vm.bits.SegmentFlags;
import org.jbeam.vm.bits.SegmentType;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Decodes the bit-syntax instructions OTP 24's and 25's compilers emit (operand orders from
 * {@code genop.tab}) into {@link BitsSite}s: matching ({@code bs_start_match3/4},
 * {@code bs_get_*2}, {@code bs_skip_*}, {@code bs_get_utf*}, {@code bs_test_*},
 * {@code bs_get_tail}, {@code bs_get/set_position}, {@code bs_match_string}), OTP 25's
 * {@code bs_create_bin} and {@code bs_init_writable}, and OTP 24's construction
 * ({@code bs_init2}, {@code bs_init_bits}, {@code bs_add}, {@code bs_put_*},
 * {@code bs_utf*_size}, {@code bs_append}, {@code bs_private_append}). The instructions of
 * compilers before OTP 22 ({@code bs_start_match2}, {@code bs_save2}, {@code bs_restore2},
 * {@code bs_context_to_binary}) are not decoded: no OTP 24/25 {@code .beam} holds them.
 */
final class BitSyntaxDecoder {
    private final ModuleDecoder.Decoding d;

    BitSyntaxDecoder(ModuleDecoder.Decoding d) {
        this.d = d;
    }

    /** Adds the op for {@code g}; false when {@code g} is no bit-syntax instruction this tier decodes. */
    boolean decode(GenericInstruction g) {
        BitsSite site = switch (g.op()) {
            case BS_START_MATCH3 -> new BitsSite.StartMatch(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)), d.register(g.operand(3)));
            case BS_START_MATCH4 -> new BitsSite.StartMatch(g.operand(0) instanceof Operand.Label l ? l.number() : 0,
                    d.source(g.operand(2)), d.unsigned(g.operand(1)), d.register(g.operand(3)));
            case BS_GET_POSITION -> new BitsSite.GetPosition(d.source(g.operand(0)), d.register(g.operand(1)));
            case BS_SET_POSITION -> new BitsSite.SetPosition(d.source(g.operand(0)), d.source(g.operand(1)));
            case BS_GET_TAIL -> new BitsSite.GetTail(d.source(g.operand(0)), d.unsigned(g.operand(2)),
                    d.register(g.operand(1)));
            case BS_TEST_TAIL2 -> new BitsSite.TestTail(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)));
            case BS_TEST_UNIT -> new BitsSite.TestUnit(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)));
            case BS_SKIP_BITS2 -> new BitsSite.Skip(d.label(g.operand(0)), d.source(g.operand(1)), size(g.operand(2)),
                    d.unsigned(g.operand(3)));
            case BS_GET_INTEGER2 -> new BitsSite.GetInteger(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)), size(g.operand(3)), d.unsigned(g.operand(4)), d.unsigned(g.operand(5)),
                    d.register(g.operand(6)));
            case BS_GET_FLOAT2 -> new BitsSite.GetFloat(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)), size(g.operand(3)), d.unsigned(g.operand(4)), d.unsigned(g.operand(5)),
                    d.register(g.operand(6)));
            case BS_GET_BINARY2 -> new BitsSite.GetBinary(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.unsigned(g.operand(2)), size(g.operand(3)), d.unsigned(g.operand(4)), d.register(g.operand(6)));
            case BS_GET_UTF8 -> getUtf(g, 8, true);
            case BS_GET_UTF16 -> getUtf(g, 16, true);
            case BS_GET_UTF32 -> getUtf(g, 32, true);
            case BS_SKIP_UTF8 -> getUtf(g, 8, false);
            case BS_SKIP_UTF16 -> getUtf(g, 16, false);
            case BS_SKIP_UTF32 -> getUtf(g, 32, false);
            case BS_MATCH_STRING -> {
                int bits = d.unsigned(g.operand(2));
                yield new BitsSite.MatchString(d.label(g.operand(0)), d.source(g.operand(1)), bits,
                        string(d.unsigned(g.operand(3)), (bits + 7) / 8));
            }
            case BS_CREATE_BIN -> createBin(g);
            case BS_INIT_WRITABLE -> new BitsSite.InitWritable();
            case BS_INIT2 -> new BitsSite.InitBinary(d.label(g.operand(0)), sizeSource(g.operand(1)),
                    d.heapWords(g.operand(2)), d.unsigned(g.operand(3)), 8, d.register(g.operand(5)));
            case BS_INIT_BITS -> new BitsSite.InitBinary(d.label(g.operand(0)), sizeSource(g.operand(1)),
                    d.heapWords(g.operand(2)), d.unsigned(g.operand(3)), 1, d.register(g.operand(5)));
            case BS_ADD -> new BitsSite.AddSizes(d.label(g.operand(0)), d.source(g.operand(1)),
                    d.source(g.operand(2)), d.unsigned(g.operand(3)), d.register(g.operand(4)));
            case BS_PUT_INTEGER -> put(g, SegmentType.INTEGER);
            case BS_PUT_BINARY -> put(g, SegmentType.BINARY);
            case BS_PUT_FLOAT -> put(g, SegmentType.FLOAT);
            case BS_PUT_STRING -> new BitsSite.Put(0, new BitsSite.Segment(SegmentType.STRING, 8, 0, null, null,
                    string(d.unsigned(g.operand(1)), d.unsigned(g.operand(0))), 0));
            case BS_PUT_UTF8 -> putUtf(g, SegmentType.UTF8);
            case BS_PUT_UTF16 -> putUtf(g, SegmentType.UTF16);
            case BS_PUT_UTF32 -> putUtf(g, SegmentType.UTF32);
            case BS_UTF8_SIZE -> new BitsSite.UtfSize(d.source(g.operand(1)), 8, d.register(g.operand(2)));
            case BS_UTF16_SIZE -> new BitsSite.UtfSize(d.source(g.operand(1)), 16, d.register(g.operand(2)));
            case BS_APPEND -> new BitsSite.Append(d.label(g.operand(0)), sizeSource(g.operand(1)),
                    d.heapWords(g.operand(2)), d.unsigned(g.operand(3)), d.unsigned(g.operand(4)),
                    d.source(g.operand(5)), d.register(g.operand(7)));
            case BS_PRIVATE_APPEND -> new BitsSite.Append(d.label(g.operand(0)), sizeSource(g.operand(1)), 0, -1,
                    d.unsigned(g.operand(2)), d.source(g.operand(3)), d.register(g.operand(5)));
            default -> null;
        };
        if (site == null) {
            return false;
        }
        d.ops.add(d.bitsSite(site));
        return true;
    }

    /** {@code bs_get_utfN Fail Ctx Live Flags Dst} | {@code bs_skip_utfN Fail Ctx Live Flags}. */
    private BitsSite getUtf(GenericInstruction g, int width, boolean get) {
        return new BitsSite.GetUtf(d.label(g.operand(0)), d.source(g.operand(1)), width, d.unsigned(g.operand(3)),
                get ? d.register(g.operand(4)) : null);
    }

    /** {@code bs_put_{integer,binary,float} Fail Sz Unit Flags Src}. */
    private BitsSite put(GenericInstruction g, SegmentType type) {
        return new BitsSite.Put(d.label(g.operand(0)), new BitsSite.Segment(type, d.unsigned(g.operand(2)),
                d.unsigned(g.operand(3)), d.source(g.operand(4)), size(g.operand(1)), null, 0));
    }

    /** {@code bs_put_utfN Fail Flags Src}. */
    private BitsSite putUtf(GenericInstruction g, SegmentType type) {
        return new BitsSite.Put(d.label(g.operand(0)), new BitsSite.Segment(type, 1, d.unsigned(g.operand(1)),
                d.source(g.operand(2)), null, null, 0));
    }

    /** A size operand: null for the atom {@code all}, else a source. */
    private Source size(Operand operand) {
        if (operand instanceof Operand.Atom && "all".equals(d.atomName(operand))) {
            return null;
        }
        return d.source(operand);
    }

    /** An init or append size: a register, or a literal the assembler may write as an untagged number. */
    private Source sizeSource(Operand operand) {
        if (operand instanceof Operand.Unsigned u) {
            return new Constant(TermTags.makeSmall(u.value()));
        }
        return d.source(operand);
    }

    private byte[] string(int offset, int length) {
        byte[] strings = d.module.file().strings();
        if (offset < 0 || length < 0 || offset > strings.length - length) {
            throw new TemplateCompileException("string operand outside the string table");
        }
        return Arrays.copyOfRange(strings, offset, offset + length);
    }

    /** {@code bs_create_bin Fail Alloc Live Unit Dst [Type Seg Unit Flags Value Size]...}. */
    private BitsSite createBin(GenericInstruction g) {
        List<Operand> list = d.list(g.operand(5));
        List<BitsSite.Segment> segments = new ArrayList<>();
        for (int i = 0; i + 5 < list.size(); i += 6) {
            SegmentType type = segmentType(d.atomName(list.get(i)));
            int number = d.unsigned(list.get(i + 1));
            int unit = d.unsigned(list.get(i + 2));
            int flags = flags(list.get(i + 3));
            if (type == SegmentType.STRING) {
                byte[] bytes = string(d.unsigned(list.get(i + 4)), d.unsigned(list.get(i + 5)));
                segments.add(new BitsSite.Segment(type, 8, 0, null, null, bytes, number));
            } else {
                // The size is an atom for `all` (binary segments) and `undefined` (utf segments).
                Operand size = list.get(i + 5);
                segments.add(new BitsSite.Segment(type, unit, flags, d.source(list.get(i + 4)),
                        size instanceof Operand.Atom ? null : d.source(size), null, number));
            }
        }
        if (segments.isEmpty()) {
            throw new TemplateCompileException("bs_create_bin without segments (code offset " + g.offset() + ")");
        }
        return new BitsSite.CreateBin(d.label(g.operand(0)), d.heapWords(g.operand(1)), d.unsigned(g.operand(2)),
                d.register(g.operand(4)), segments.toArray(BitsSite.Segment[]::new));
    }

    private static SegmentType segmentType(String name) {
        for (SegmentType type : SegmentType.values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new TemplateCompileException("no template for bs_create_bin segment type " + name);
    }

    /** A segment's flags: {@code []} or a literal list of flag atoms, as the field-flag bits. */
    private int flags(Operand operand) {
        int flags = 0;
        for (long list = d.term(operand); TermTags.isList(list); list = Lists.tail(list)) {
            switch (d.atomName(Lists.head(list))) {
                case "little" -> flags |= SegmentFlags.LITTLE;
                case "signed" -> flags |= SegmentFlags.SIGNED;
                case "native" -> flags |= SegmentFlags.NATIVE;
                default -> { }
            }
        }
        return flags;
    }
}
