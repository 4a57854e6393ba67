package org.jbeam.vm.bif;

import org.jbeam.vm.term.Binaries;
import org.jbeam.vm.term.Boxed;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;

/**
 * The type tests of identifiers, binaries and maps, shared by the {@code is_*} BIFs and the
 * tiers' test instructions (OTP's {@code is_pid}, {@code is_port}, {@code is_reference},
 * {@code is_binary}, {@code is_bitstring}, {@code is_map}); local and external forms both count.
 */
public final class TypeTests {
    private TypeTests() {}

    public static boolean isPid(long term) {
        return TermTags.isLocalPid(term) || Boxed.subtag(term) == TermTags.EXTERNAL_PID_SUBTAG;
    }

    public static boolean isPort(long term) {
        return TermTags.isLocalPort(term) || Boxed.subtag(term) == TermTags.EXTERNAL_PORT_SUBTAG;
    }

    public static boolean isReference(long term) {
        int subtag = Boxed.subtag(term);
        return subtag == TermTags.REF_SUBTAG || subtag == TermTags.EXTERNAL_REF_SUBTAG;
    }

    public static boolean isBitstring(long term) {
        return Binaries.isBinaryTerm(term);
    }

    /** A bitstring whose size is a whole number of bytes. */
    public static boolean isBinary(long term) {
        return Binaries.isBinaryTerm(term) && Binaries.isByteAligned(term);
    }

    public static boolean isMap(long term) {
        return Maps.isMap(term);
    }
}
