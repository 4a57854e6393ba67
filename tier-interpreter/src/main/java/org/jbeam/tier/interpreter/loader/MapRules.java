package org.jbeam.tier.interpreter.loader;

import java.util.List;

import org.jbeam.tier.interpreter.instr.MapOps;
import org.jbeam.tier.interpreter.instr.Source;
import org.jbeam.tier.interpreter.instr.Target;
import org.jbeam.vm.beam.GenericInstruction;
import org.jbeam.vm.beam.GenericOp;
import org.jbeam.vm.beam.Operand;

/** Rewrite rules for the map instructions; their key/value lists alternate in one operand. */
final class MapRules {
    private MapRules() {}

    private static MapOps.PutMapAssoc putMapAssoc(GenericInstruction g, OperandDecoder d) {
        return new MapOps.PutMapAssoc(d.source(g.operand(1)), d.target(g.operand(2)),
                every(d, d.list(g.operand(4)), 0), every(d, d.list(g.operand(4)), 1));
    }

    private static MapOps.PutMapExact putMapExact(GenericInstruction g, OperandDecoder d) {
        return new MapOps.PutMapExact(d.label(g.operand(0)), d.source(g.operand(1)), d.target(g.operand(2)),
                every(d, d.list(g.operand(4)), 0), every(d, d.list(g.operand(4)), 1));
    }

    static void addTo(RewriteRules t) {
        // put_map_assoc/put_map_exact Fail Map Dst Live [K1 V1 ...]
        // (each followed by HeapRules' collection point with its Live operand)
        t.add(GenericOp.PUT_MAP_ASSOC, (g, c) -> HeapRules.withCollection(g, c.operands(), 3,
                putMapAssoc(g, c.operands())));
        t.add(GenericOp.PUT_MAP_EXACT, (g, c) -> HeapRules.withCollection(g, c.operands(), 3,
                putMapExact(g, c.operands())));
        // get_map_elements Fail Map [K1 Dst1 ...]; has_map_fields Fail Map [K1 ...]
        t.one(GenericOp.GET_MAP_ELEMENTS, (g, d) -> {
            List<Operand> pairs = d.list(g.operand(2));
            Target[] targets = new Target[pairs.size() / 2];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = d.target(pairs.get(2 * i + 1));
            }
            return new MapOps.GetMapElements(d.label(g.operand(0)), d.source(g.operand(1)), every(d, pairs, 0),
                    targets);
        });
        t.one(GenericOp.HAS_MAP_FIELDS, (g, d) -> new MapOps.HasMapFields(d.label(g.operand(0)),
                d.source(g.operand(1)), d.list(g.operand(2)).stream().map(d::source).toArray(Source[]::new)));
    }

    /** Elements {@code first}, {@code first + 2}, ... of an alternating list, as sources. */
    private static Source[] every(OperandDecoder d, List<Operand> list, int first) {
        Source[] out = new Source[list.size() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.source(list.get(2 * i + first));
        }
        return out;
    }
}
