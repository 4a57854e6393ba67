package org.jbeam.arch.x86_64.template;

import static org.jbeam.arch.x86_64.asm.Registers.ESI;
import static org.jbeam.arch.x86_64.asm.Registers.R8;
import static org.jbeam.arch.x86_64.asm.Registers.RAX;
import static org.jbeam.arch.x86_64.asm.Registers.RCX;
import static org.jbeam.arch.x86_64.asm.Registers.RDI;
import static org.jbeam.arch.x86_64.asm.Registers.RDX;
import static org.jbeam.arch.x86_64.asm.Registers.RSI;

import org.jbeam.arch.x86_64.asm.Condition;
import org.jbeam.arch.x86_64.asm.Imm32;
import org.jbeam.arch.x86_64.asm.Imm8;
import org.jbeam.arch.x86_64.asm.Label;
import org.jbeam.arch.x86_64.asm.Mem;
import org.jbeam.arch.x86_64.asm.Scale;
import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.backend.MapFamily;
import org.jbeam.tier.template.ops.Constant;
import org.jbeam.tier.template.ops.MapOps;
import org.jbeam.tier.template.ops.MapSite;
import org.jbeam.tier.template.ops.Source;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;

/**
 * Map instructions (OTP's {@code instr_map}): the MAP helper carries out the module's map site
 * (reading and writing the registers itself); the code only branches on its answer. As BeamAsm
 * does, {@code get_map_elements} and {@code has_map_fields} with immediate keys (atoms, small
 * integers) look a flatmap up inline: a flatmap is {@code [header][size][keys tuple][values..]},
 * and an immediate key equals a stored key exactly when the words are equal. A larger map (a
 * trie), a key that is not an immediate, or an update goes to the helper. Clobbers rax, rcx, rdx,
 * rsi, rdi, r8.
 */
final class MapTemplates implements MapFamily {
    private static final int FLATMAP_SIZE = 8 - TermTags.PRIMARY_BOXED;
    private static final int FLATMAP_KEYS = 16 - TermTags.PRIMARY_BOXED;
    private static final int FLATMAP_VALUES = 24 - TermTags.PRIMARY_BOXED;
    private static final int TUPLE_ELEMENTS = 8 - TermTags.PRIMARY_BOXED;

    private final Emission e;

    MapTemplates(Emission e) {
        this.e = e;
    }

    @Override
    public void mapInstruction(MapOps.MapInstruction op) {
        if (op.fail() != 0 && lookupOnly(op.detail()) && immediateKeys(op.detail())) {
            inlineLookup(op);
            return;
        }
        helper(op);
    }

    private void helper(MapOps.MapInstruction op) {
        Label back = e.a.newLabel();
        e.setArgument(0, op.site());
        e.callHelper(Helper.MAP, back);
        e.a.bind(back);
        if (op.fail() != 0) {
            e.a.cmp(e.argument(0), new Imm8(0));
            e.a.jcc(Condition.E, e.beam(op.fail()));
        }
    }

    /**
     * rax holds the map throughout (a target may be the map's own register); rcx its size, rdx its
     * keys tuple. Each key is searched from the first slot; a missing key fails the instruction.
     */
    private void inlineLookup(MapOps.MapInstruction op) {
        MapSite site = op.detail();
        Label slow = e.a.newLabel();
        Label fail = e.beam(op.fail());
        e.load(RAX, site.map());
        e.jumpUnlessTagged(RAX, RSI, TermTags.PRIMARY_MASK, TermTags.PRIMARY_BOXED, slow);
        e.loadImmediate(RSI, Maps.FLATMAP_HEADER);
        e.a.cmp(Mem.qwordPtr(RAX, -TermTags.PRIMARY_BOXED), RSI);
        e.a.jcc(Condition.NE, slow);
        e.a.mov(RCX, Mem.qwordPtr(RAX, FLATMAP_SIZE));
        e.a.mov(RDX, Mem.qwordPtr(RAX, FLATMAP_KEYS));
        Source[] keys = site.keys();
        for (int k = 0; k < keys.length; k++) {
            Label search = e.a.newLabel();
            Label found = e.a.newLabel();
            e.load(RDI, keys[k]);
            e.a.xor(ESI, ESI);
            e.a.bind(search);
            e.a.cmp(RSI, RCX);
            e.a.jcc(Condition.AE, fail);
            e.a.cmp(Mem.qwordPtr(RDX, RSI, Scale.TIMES_8, TUPLE_ELEMENTS), RDI);
            e.a.jcc(Condition.E, found);
            e.a.inc(RSI);
            e.a.jmp(search);
            e.a.bind(found);
            if (site.kind() == MapSite.Kind.GET_ELEMENTS) {
                e.a.mov(R8, Mem.qwordPtr(RAX, RSI, Scale.TIMES_8, FLATMAP_VALUES));
                e.store(site.targets()[k], R8);
            }
        }
        Label done = e.a.newLabel();
        e.a.bind(done);
        e.later(() -> {
            e.a.bind(slow);
            helper(op);
            e.a.jmp(done);
        });
    }

    private static boolean lookupOnly(MapSite site) {
        return site.kind() == MapSite.Kind.GET_ELEMENTS || site.kind() == MapSite.Kind.HAS_FIELDS;
    }

    private static boolean immediateKeys(MapSite site) {
        for (Source key : site.keys()) {
            if (!(key instanceof Constant c) || !TermTags.isImmediate(c.term())) {
                return false;
            }
        }
        return true;
    }
}
