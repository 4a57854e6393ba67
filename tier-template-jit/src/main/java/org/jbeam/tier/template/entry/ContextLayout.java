package org.jbeam.tier.template.entry;

/**
 * The layout of the context block, byte offsets of 64-bit words: what the entry stub loads
 * into the registers an arch pins (BeamAsm's model: X-register base, heap top, Erlang stack
 * pointer, reduction counter, process pointer) and what its exit sequence stores back. Generated
 * code addresses the block through a register of its own, so every field is one load away.
 *
 * <p>Stored back at every exit: heap top, stack pointer, reductions (the registers generated
 * code moves). Loaded only: X-register base and process (generated code never changes them),
 * heap limit (compared against in memory, not pinned). Written by the stub at every entry: the
 * exit address. Written by generated code before it leaves with a status that resumes: the
 * resume address and the status arguments.
 */
public final class ContextLayout {
    /** Address of X0, the scheduler's X-register file (1024 words). */
    public static final int X_REGISTERS = 0;
    /** Next free word of the process heap (BeamAsm's HTOP). */
    public static final int HEAP_TOP = 8;
    /** First word past the usable young heap: a template that needs N words tests {@code top + N > limit}. */
    public static final int HEAP_LIMIT = 16;
    /** The Erlang stack pointer (BeamAsm's E): the top frame of the process's own stack. */
    public static final int STACK_POINTER = 24;
    /** Reductions left in the time slice (BeamAsm's FCALLS): counted down, yield at zero. */
    public static final int REDUCTIONS = 32;
    /** The running process's native control block (BeamAsm's c_p). */
    public static final int PROCESS = 40;
    /** The shared exit sequence: generated code leaves by jumping to the address stored here. */
    public static final int EXIT_ADDRESS = 48;
    /** Where generated code continues when re-entered after a yield or a helper call. */
    public static final int RESUME_ADDRESS = 56;
    /** The first of {@link #ARGUMENT_COUNT} words carrying a status's arguments and a helper's results. */
    public static final int ARGUMENTS = 64;
    /** How many argument words there are. */
    public static final int ARGUMENT_COUNT = 4;
    /**
     * The continuation pointer register (the interpreter's CP): a tier-neutral CP word that a
     * body call sets, {@code allocate} saves in the new frame and {@code return} jumps to.
     */
    public static final int CONTINUATION = ARGUMENTS + 8 * ARGUMENT_COUNT;
    /** The lowest address of the process's stack block: a frame push below it needs a bigger stack. */
    public static final int STACK_LOW = CONTINUATION + 8;
    /** Address of the scheduler's float-register file (one double per register). */
    public static final int FLOAT_REGISTERS = STACK_LOW + 8;
    /**
     * The inline address a slow path (code emitted apart from its function, at the module's end)
     * branched off from, which it stores before it calls a helper; 0 otherwise, as the slice loop
     * clears it after each helper. An exception the helper raises is placed there, not at the
     * slow path's resume address, which no function's code range or line holds.
     */
    public static final int SLOW_PATH_ORIGIN = FLOAT_REGISTERS + 8;
    /** The block's size in bytes. */
    public static final int SIZE = SLOW_PATH_ORIGIN + 8;

    private ContextLayout() {}

    /** The offset of argument word {@code index} (0 .. {@link #ARGUMENT_COUNT} - 1). */
    public static int argument(int index) {
        if (index < 0 || index >= ARGUMENT_COUNT) {
            throw new IndexOutOfBoundsException("argument " + index + " of " + ARGUMENT_COUNT);
        }
        return ARGUMENTS + 8 * index;
    }
}
