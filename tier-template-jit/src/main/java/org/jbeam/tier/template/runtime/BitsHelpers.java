package org.jbeam.tier.template.runtime;

import org.jbeam.tier.template.ops.BitsSite;
import org.jbeam.tier.template.ops.Register;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bits.BinaryConstruction;
import org.jbeam.vm.bits.BinaryUnderConstruction;
import org.jbeam.vm.bits.BitMatching;
import org.jbeam.vm.bits.LegacyConstruction;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.MatchStates;
import org.jbeam.vm.term.TermTags;

/**
 * The BITS helper: bit-syntax instructions carried out with vm-api's {@code org.jbeam.vm.bits}
 * semantics, the ones the interpreter uses. An instruction with a Live operand that allocates is a
 * collection point as in BeamAsm ({@code emit_gc_test_preserve}): before it allocates, the heap is
 * collected unless the words it may take fit, with X0..X(Live-1), the stack and the term the
 * instruction works on (match state, binary appended to) as roots; its operands are read again
 * afterwards. One instance per scheduler thread: it holds the binary OTP 24's construction
 * instructions are filling, which no yield can separate from the puts that fill it.
 */
final class BitsHelpers {
    /** A match state: header and fields. */
    private static final long MATCH_STATE_WORDS = 1 + MatchStates.ARITY;
    /**
     * The most heap words one built or matched binary takes: a heap binary of the largest size
     * (header, size, bytes) and a sub-binary over it (a bitstring that is not whole bytes). It must
     * be an upper bound: {@code bs_create_bin}'s Alloc, {@code bs_init2}'s Words and
     * {@code bs_append}'s Extra reserve heap for the instructions after them, which allocate
     * inline without a test of their own.
     */
    private static final long BINARY_WORDS = 2 + Binaries.HEAP_BINARY_LIMIT / 8 + 6;
    /** A boxed float. */
    private static final long FLOAT_WORDS = 3;

    private final AtomTable atoms;
    private BinaryUnderConstruction construction;

    BitsHelpers(AtomTable atoms) {
        this.atoms = atoms;
    }

    /** Carries out {@code site}; false when it failed and the site has a fail label. */
    boolean run(ErlangProcess p, BitsSite site) {
        try {
            return switch (site) {
                case BitsSite.StartMatch s -> startMatch(p, s);
                case BitsSite.GetPosition s -> written(p, s.target(), BitMatching.position(state(p, s.context())));
                case BitsSite.SetPosition s -> {
                    BitMatching.setPosition(state(p, s.context()), read(p, s.position()));
                    yield true;
                }
                case BitsSite.GetTail s -> {
                    long state = collectKeeping(p, s.live(), BINARY_WORDS, state(p, s.context()));
                    yield written(p, s.target(), BitMatching.tail(p.heap(), state));
                }
                case BitsSite.TestTail s -> BitMatching.testTail(state(p, s.context()), s.bits());
                case BitsSite.TestUnit s -> BitMatching.testUnit(state(p, s.context()), s.unit());
                case BitsSite.Skip s -> BitMatching.skip(state(p, s.context()), size(p, s.size()), s.unit());
                case BitsSite.GetInteger s -> getInteger(p, s);
                case BitsSite.GetFloat s -> {
                    long size = size(p, s.size());
                    long state = collectKeeping(p, s.live(), FLOAT_WORDS, state(p, s.context()));
                    yield written(p, s.target(), BitMatching.getFloat(p.heap(), state, size, s.unit(), s.flags()));
                }
                case BitsSite.GetBinary s -> {
                    long size = size(p, s.size());
                    long state = collectKeeping(p, s.live(), BINARY_WORDS, state(p, s.context()));
                    yield written(p, s.target(), BitMatching.getBinary(p.heap(), state, size, s.unit()));
                }
                case BitsSite.GetUtf s -> {
                    long codePoint = BitMatching.getUtf(state(p, s.context()), s.width(), s.flags());
                    yield s.target() == null ? codePoint != TermTags.NON_VALUE : written(p, s.target(), codePoint);
                }
                case BitsSite.MatchString s -> BitMatching.matchString(state(p, s.context()), s.bits(), s.bytes());
                case BitsSite.CreateBin s -> createBin(p, s);
                case BitsSite.InitWritable s -> {
                    p.setX(0, BinaryConstruction.initWritable(p));
                    yield true;
                }
                case BitsSite.InitBinary s -> {
                    long size = read(p, s.size());
                    p.ensureHeap(s.live(), s.words() + BINARY_WORDS);
                    construction = LegacyConstruction.init(p.heap(), size, s.unit());
                    yield written(p, s.target(), construction.term());
                }
                case BitsSite.AddSizes s -> written(p, s.target(),
                        LegacyConstruction.addSizes(read(p, s.first()), read(p, s.second()), s.unit()));
                case BitsSite.Put s -> {
                    BitsSite.Segment segment = s.segment();
                    LegacyConstruction.put(construction, segment, segment.value() == null ? TermTags.NON_VALUE
                            : read(p, segment.value()), size(p, segment.size()));
                    yield true;
                }
                case BitsSite.UtfSize s -> written(p, s.target(), LegacyConstruction.utfSize(read(p, s.value()),
                        s.width()));
                case BitsSite.Append s -> {
                    long size = read(p, s.size());
                    long binary = collectKeeping(p, s.live(), s.extra() + BINARY_WORDS, read(p, s.binary()));
                    construction = LegacyConstruction.append(p.heap(), size, s.unit(), binary);
                    yield written(p, s.target(), construction.term());
                }
            };
        } catch (ErlangException e) {
            // Construction fails to its label when it has one (in a guard); matching raises only
            // on a register without a match state or a bad position, which no label catches.
            if (site.fail() != 0 && isConstruction(site)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isConstruction(BitsSite site) {
        return site instanceof BitsSite.CreateBin || site instanceof BitsSite.InitBinary
                || site instanceof BitsSite.AddSizes || site instanceof BitsSite.Put || site instanceof BitsSite.Append;
    }

    private static boolean startMatch(ErlangProcess p, BitsSite.StartMatch s) {
        long source = read(p, s.source());
        if (!MatchStates.isMatchState(source) && Binaries.isBinaryTerm(source)) {
            source = collectKeeping(p, s.live(), MATCH_STATE_WORDS, source);
        }
        long state = BitMatching.startMatch(p.heap(), source);
        if (state == TermTags.NON_VALUE) {
            if (s.fail() == 0) {
                throw ErlangException.badarg("bs_start_match of a non-binary");
            }
            return false;
        }
        return written(p, s.target(), state);
    }

    private static boolean getInteger(ErlangProcess p, BitsSite.GetInteger s) {
        long size = size(p, s.size());
        long state = state(p, s.context());
        long bits = size == BitMatching.ALL ? MatchStates.remaining(state)
                : TermTags.isSmall(size) ? Math.min(MatchStates.remaining(state), Math.max(0,
                        TermTags.smallValue(size)) * (long) s.unit()) : 0;
        // Below 60 bits the integer is a small one (no heap); else a bignum: header, sign and digits.
        long words = bits < 60 ? 0 : 2 + (bits + 63) / 64;
        state = collectKeeping(p, s.live(), words, state);
        return written(p, s.target(), BitMatching.getInteger(p.heap(), state, size, s.unit(), s.flags()));
    }

    private boolean createBin(ErlangProcess p, BitsSite.CreateBin s) {
        p.ensureHeap(s.live(), s.alloc() + BINARY_WORDS);
        BitsSite.Segment[] segments = s.segments();
        long[] values = new long[segments.length];
        long[] sizes = new long[segments.length];
        for (int k = 0; k < segments.length; k++) {
            values[k] = segments[k].value() == null ? TermTags.NON_VALUE : read(p, segments[k].value());
            sizes[k] = size(p, segments[k].size());
        }
        return written(p, s.target(), BinaryConstruction.create(p, atoms::atom, segments, values, sizes));
    }

    /**
     * Collects when {@code need} words do not fit, keeping {@code term} as a root beside the live
     * registers (in X(live), free by definition); returns it, moved or not. No collection point
     * when {@code live} is negative.
     */
    private static long collectKeeping(ErlangProcess p, int live, long need, long term) {
        if (live < 0 || !p.heap().needsCollection(need)) {
            return term;
        }
        if (live >= ErlangProcess.X_REGISTERS) {
            p.garbageCollect(live, need, false);
            return term;
        }
        p.setX(live, term);
        p.garbageCollect(live + 1, need, false);
        return p.x(live);
    }

    private static long state(ErlangProcess p, Source context) {
        return BitMatching.state(read(p, context));
    }

    private static long read(ErlangProcess p, Source source) {
        return ProcessRegisters.read(p, source);
    }

    /** A size operand's term, {@link BitMatching#ALL} for a null one. */
    private static long size(ErlangProcess p, Source size) {
        return size == null ? BitMatching.ALL : ProcessRegisters.read(p, size);
    }

    /** Writes {@code result} to {@code target}; false (the segment did not match) when it is NON_VALUE. */
    private static boolean written(ErlangProcess p, Register target, long result) {
        if (result == TermTags.NON_VALUE) {
            return false;
        }
        ProcessRegisters.write(p, target, result);
        return true;
    }
}
