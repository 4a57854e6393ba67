package org.jbeam.tier.template.backend;

/**
 * One module's code under construction, reached through its instruction families (BeamAsm's
 * {@code instr_*.cpp} grouping), then assembled into executable memory by {@link #finish}.
 */
public interface ModuleTemplates {
    StructureFamily structure();

    MoveFamily moves();

    FrameFamily frames();

    CallFamily calls();

    GuardFamily guards();

    SelectFamily selects();

    DataFamily data();

    BifFamily bifs();

    ArithFamily arith();

    ExceptionFamily exceptions();

    FunFamily funs();

    MessageFamily messages();

    FloatFamily floats();

    MapFamily maps();

    BitsFamily bits();

    /**
     * The bytes emitted so far: where the next op's code will start (encodings do not change
     * size at assembly); after {@link #finish}, the size of the whole code.
     */
    int position();

    /** The next op's code starts here: slow paths it defers belong to it in stack traces. */
    void startInstruction();

    /** Emits the shared fragments and out-of-line slow paths, assembles, and copies the code into executable memory. */
    NativeCode finish();
}
