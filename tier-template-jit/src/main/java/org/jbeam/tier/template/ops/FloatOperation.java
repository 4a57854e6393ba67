package org.jbeam.tier.template.ops;

/** The binary float-register operations. */
public enum FloatOperation {
    ADD, SUBTRACT, MULTIPLY, DIVIDE
}
