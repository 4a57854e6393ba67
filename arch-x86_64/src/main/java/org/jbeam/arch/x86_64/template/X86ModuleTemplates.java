package org.jbeam.arch.x86_64.template;

import java.util.HashMap;
import java.util.Map;

import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.tier.template.backend.ArithFamily;
import org.jbeam.tier.template.backend.BifFamily;
import org.jbeam.tier.template.backend.CallFamily;
import org.jbeam.tier.template.backend.DataFamily;
import org.jbeam.tier.template.backend.ExceptionFamily;
import org.jbeam.tier.template.backend.FloatFamily;
import org.jbeam.tier.template.backend.FrameFamily;
import org.jbeam.tier.template.backend.FunFamily;
import org.jbeam.tier.template.backend.GuardFamily;
import org.jbeam.tier.template.backend.MapFamily;
import org.jbeam.tier.template.backend.BitsFamily;
import org.jbeam.tier.template.backend.MessageFamily;
import org.jbeam.tier.template.backend.ModuleTemplates;
import org.jbeam.tier.template.backend.MoveFamily;
import org.jbeam.tier.template.backend.NativeCode;
import org.jbeam.tier.template.backend.SelectFamily;
import org.jbeam.tier.template.backend.StructureFamily;
import org.jbeam.tier.template.code.CodeMemory;
import org.jbeam.tier.template.code.CodeRegion;

/**
 * One module's x86-64 code: the family templates share one {@link Emission}; {@link #finish}
 * appends the slow paths, sizes a code region, assembles for its executable address and copies
 * the bytes in through the writable view.
 */
final class X86ModuleTemplates implements ModuleTemplates {
    private final Emission e;
    private final StructureTemplates structure;
    private final MoveTemplates moves;
    private final FrameTemplates frames;
    private final CallTemplates calls;
    private final GuardTemplates guards;
    private final SelectTemplates selects;
    private final DataTemplates data;
    private final BifTemplates bifs;
    private final ArithTemplates arith;
    private final ExceptionTemplates exceptions;
    private final FunTemplates funs;
    private final MessageTemplates messages;
    private final FloatTemplates floats;
    private final MapTemplates maps;
    private final BitSyntaxTemplates bits;

    X86ModuleTemplates(int tierId) {
        this.e = new Emission(tierId);
        this.structure = new StructureTemplates(e);
        this.moves = new MoveTemplates(e);
        this.frames = new FrameTemplates(e);
        this.calls = new CallTemplates(e);
        this.guards = new GuardTemplates(e);
        this.selects = new SelectTemplates(e);
        this.data = new DataTemplates(e);
        this.bifs = new BifTemplates(e);
        this.arith = new ArithTemplates(e);
        this.exceptions = new ExceptionTemplates(e);
        this.funs = new FunTemplates(e);
        this.messages = new MessageTemplates(e);
        this.floats = new FloatTemplates(e);
        this.maps = new MapTemplates(e);
        this.bits = new BitSyntaxTemplates(e);
    }

    /** The emission state, for listings of what the templates emitted. */
    Emission emission() {
        return e;
    }

    @Override
    public StructureFamily structure() {
        return structure;
    }

    @Override
    public MoveFamily moves() {
        return moves;
    }

    @Override
    public FrameFamily frames() {
        return frames;
    }

    @Override
    public CallFamily calls() {
        return calls;
    }

    @Override
    public GuardFamily guards() {
        return guards;
    }

    @Override
    public SelectFamily selects() {
        return selects;
    }

    @Override
    public DataFamily data() {
        return data;
    }

    @Override
    public BifFamily bifs() {
        return bifs;
    }

    @Override
    public ArithFamily arith() {
        return arith;
    }

    @Override
    public ExceptionFamily exceptions() {
        return exceptions;
    }

    @Override
    public FunFamily funs() {
        return funs;
    }

    @Override
    public MessageFamily messages() {
        return messages;
    }

    @Override
    public FloatFamily floats() {
        return floats;
    }

    @Override
    public MapFamily maps() {
        return maps;
    }

    @Override
    public BitsFamily bits() {
        return bits;
    }

    @Override
    public int position() {
        return e.a.position();
    }

    @Override
    public void startInstruction() {
        e.startInstruction();
    }

    @Override
    public NativeCode finish() {
        // Falling off the end of the fast path is a bug in a template: trap rather than run the slow paths.
        e.a.int3();
        e.emitSlowPaths();
        CodeRegion region = CodeMemory.allocate(e.a.position());
        try {
            region.write(0, e.a.assemble(region.executableAddress()));
        } catch (RuntimeException failure) {
            region.close();
            throw failure;
        }
        Map<Integer, Long> addresses = new HashMap<>();
        for (Map.Entry<Integer, Label> label : e.beamLabels().entrySet()) {
            if (label.getValue().isBound()) {
                addresses.put(label.getKey(), region.executableAddress() + e.a.offsetOf(label.getValue()));
            }
        }
        long[] lineAddresses = new long[e.lineLabels.size()];
        int[] lineItems = new int[lineAddresses.length];
        for (int i = 0; i < lineAddresses.length; i++) {
            lineAddresses[i] = region.executableAddress() + e.a.offsetOf(e.lineLabels.get(i));
            lineItems[i] = e.lineItems.get(i);
        }
        long[] spans = new long[3 * e.slowPathSpans.size()];
        for (int i = 0; i < e.slowPathSpans.size(); i++) {
            Label[] span = e.slowPathSpans.get(i);
            for (int k = 0; k < 3; k++) {
                spans[3 * i + k] = region.executableAddress() + e.a.offsetOf(span[k]);
            }
        }
        return new NativeCode(region, addresses, lineAddresses, lineItems, spans);
    }
}
