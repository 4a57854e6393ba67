package org.jbeam.tier.interpreter.instr;

/** Map instructions (OTP's {@code instr_map}). */
public sealed interface MapOps extends Instruction {
    /** {@code put_map_assoc}: {@code Map#{K => V, ...}}; not a map is {@code {badmap,M}}. */
    record PutMapAssoc(Source map, Target target, Source[] keys, Source[] values) implements MapOps {}

    /** {@code put_map_exact}: {@code Map#{K := V, ...}}; a missing key is {@code {badkey,K}}. */
    record PutMapExact(int fail, Source map, Target target, Source[] keys, Source[] values) implements MapOps {}

    /** {@code get_map_elements}: each key's value to its register, or jump to {@code fail}. */
    record GetMapElements(int fail, Source map, Source[] keys, Target[] targets) implements MapOps {}

    record HasMapFields(int fail, Source map, Source[] keys) implements MapOps {}
}
