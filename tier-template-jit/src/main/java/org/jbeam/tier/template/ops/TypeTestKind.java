package org.jbeam.tier.template.ops;

/** The type tests ({@code is_*} in {@code genop.tab}) the guard templates inline. */
public enum TypeTestKind {
    INTEGER, FLOAT, NUMBER, ATOM, BOOLEAN, TUPLE, LIST, NIL, NONEMPTY_LIST, PID, PORT, REFERENCE, BINARY,
    BITSTRING, MAP, FUNCTION
}
