package org.jbeam.tier.interpreter;

import org.jbeam.vm.beam.GenericOp;

/**
 * A process reached a generic instruction this interpreter cannot execute yet. It is a fault
 * of the VM, not of the Erlang program, so it is not an Erlang exception: it ends the run and
 * names the instruction, module and file offset.
 */
public final class UnsupportedInstructionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedInstructionException(GenericOp op, String module, int offset) {
        super("the interpreter does not execute " + op.name().toLowerCase(java.util.Locale.ROOT)
                + " yet (module " + module + ", code offset " + offset + ")");
    }
}
