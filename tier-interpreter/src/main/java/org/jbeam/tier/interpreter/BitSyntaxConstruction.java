package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.BitSyntaxOps;
import org.jbeam.tier.interpreter.instr.BitSyntaxOps.Segment;
import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.bits.BinaryConstruction;
import org.jbeam.vm.bits.BitMatching;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.term.TermTags;

/**
 * {@code bs_create_bin} and {@code bs_init_writable}: the segments' values and sizes read from
 * the registers, the construction vm-api's {@link BinaryConstruction} (shared with the template
 * JIT); a failure raises, or jumps to the fail label when the instruction has one.
 */
final class BitSyntaxConstruction {
    private BitSyntaxConstruction() {}

    static int createBin(Machine m, BitSyntaxOps.CreateBin i, int pc) {
        Segment[] segments = i.segments();
        long[] values = new long[segments.length];
        long[] sizes = new long[segments.length];
        for (int k = 0; k < segments.length; k++) {
            values[k] = segments[k].value() == null ? TermTags.NON_VALUE : m.read(segments[k].value());
            sizes[k] = segments[k].size() == null ? BitMatching.ALL : m.read(segments[k].size());
        }
        long result;
        try {
            result = BinaryConstruction.create(m.process, m.interpreter::atom, segments, values, sizes);
        } catch (ErlangException e) {
            if (i.fail() == Instruction.RAISE) {
                throw e;
            }
            return i.fail();
        }
        m.write(i.target(), result);
        return pc + 1;
    }

    static int initWritable(Machine m, int pc) {
        m.process.setX(0, BinaryConstruction.initWritable(m.process));
        return pc + 1;
    }
}
