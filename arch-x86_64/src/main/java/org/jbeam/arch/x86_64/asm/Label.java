package org.jbeam.arch.x86_64.asm;

/**
 * A position in the code of one {@link Assembler}, bound once; references to it before it is
 * bound are fixed up when the code is assembled.
 */
public final class Label {
    static final int UNBOUND = -1;

    private final Assembler owner;
    private int position = UNBOUND;

    Label(Assembler owner) {
        this.owner = owner;
    }

    Assembler owner() {
        return owner;
    }

    /** Whether {@link Assembler#bind} has given the label its position. */
    public boolean isBound() {
        return position != UNBOUND;
    }

    int position() {
        return position;
    }

    void bindAt(int offset) {
        if (isBound()) {
            throw new IllegalStateException("label already bound at offset " + position);
        }
        position = offset;
    }
}
