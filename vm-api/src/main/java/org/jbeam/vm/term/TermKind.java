package org.jbeam.vm.term;

/**
 * The classes of terms in the order Erlang sorts them (OTP's {@code tag_val_def} ranks):
 * number &lt; atom &lt; reference &lt; fun &lt; port &lt; pid &lt; tuple &lt; map &lt; nil &lt;
 * list &lt; bitstring. Local and external identifiers share a class.
 */
enum TermKind {
    NUMBER, ATOM, REFERENCE, FUN, PORT, PID, TUPLE, MAP, NIL, LIST, BITSTRING;

    /** The class of {@code term}; an IllegalArgumentException when the word is not a term. */
    static TermKind of(long term) {
        switch (TermTags.primaryTag(term)) {
            case TermTags.PRIMARY_LIST:
                return LIST;
            case TermTags.PRIMARY_BOXED:
                return ofBoxed(term);
            case TermTags.PRIMARY_IMMEDIATE1:
                if (TermTags.isSmall(term)) {
                    return NUMBER;
                }
                if (TermTags.isAtom(term)) {
                    return ATOM;
                }
                if (term == TermTags.NIL) {
                    return NIL;
                }
                if (TermTags.isLocalPid(term)) {
                    return PID;
                }
                if (TermTags.isLocalPort(term)) {
                    return PORT;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("not a term: 0x" + Long.toHexString(term));
    }

    private static TermKind ofBoxed(long term) {
        long header = Boxed.header(term);
        return switch (TermTags.headerSubtag(header)) {
            case TermTags.TUPLE_SUBTAG -> TUPLE;
            case TermTags.POSITIVE_BIG_SUBTAG, TermTags.NEGATIVE_BIG_SUBTAG, TermTags.FLOAT_SUBTAG -> NUMBER;
            case TermTags.REF_SUBTAG, TermTags.EXTERNAL_REF_SUBTAG -> REFERENCE;
            case TermTags.FUN_SUBTAG, TermTags.EXPORT_SUBTAG -> FUN;
            case TermTags.EXTERNAL_PORT_SUBTAG -> PORT;
            case TermTags.EXTERNAL_PID_SUBTAG -> PID;
            case TermTags.MAP_SUBTAG -> MAP;
            case TermTags.HEAP_BINARY_SUBTAG, TermTags.REFC_BINARY_SUBTAG, TermTags.SUB_BINARY_SUBTAG -> BITSTRING;
            default -> throw new IllegalArgumentException("not a term: boxed header 0x" + Long.toHexString(header));
        };
    }
}
