package org.jbeam.tier.interpreter;

import org.jbeam.tier.interpreter.instr.Instruction;
import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.loader.LoadedModule;

/**
 * A module as the interpreter runs it: its pre-decoded instructions, and the literal area that
 * holds the constants the loader built (bignums, floats) for as long as the module lives.
 *
 * @param id the interpreter's number for the module, part of its continuation pointers
 * @param opcodes each instruction's {@link Opcodes} number, what {@link Dispatch} switches on
 * @param liveXBound more X registers than any of the module's code can hold live: what a process
 *     stopped in it keeps while detached from the scheduler's registers
 * @param specificIndex for each generic instruction index, the index of the first specific
 *     instruction made from it (export entries name generic indices)
 * @param locations each instruction's function and source line, for stack traces
 */
public record InterpretedModule(int id, LoadedModule loaded, Instruction[] code, int[] opcodes, int liveXBound,
        int[] specificIndex,
        HeapFragments literalArea, CodeLocations locations) {

    public String name() {
        return loaded.name();
    }

    /** The instruction index that generic instruction {@code genericIndex} starts at. */
    public int entry(long genericIndex) {
        return specificIndex[(int) genericIndex];
    }
}
