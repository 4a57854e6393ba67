package org.jbeam.vm.term;

import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.memory.NativeMemory;

/**
 * Pids, ports and references: local ones and those of other nodes.
 *
 * <pre>
 * local pid        immediate: (serial &lt;&lt; 32 | number) &lt;&lt; 4 | 0x3
 * local port       immediate: number &lt;&lt; 4 | 0x7
 * local reference  [header(n, REF)] [id word 0] ... [id word n-1]        n = 3 to 5 32-bit ids
 * external pid     [header(4, EXTERNAL_PID)] [node atom] [creation] [number] [serial]
 * external port    [header(3, EXTERNAL_PORT)] [node atom] [creation] [number]
 * external ref     [header(2 + n, EXTERNAL_REF)] [node atom] [creation] [id word 0] ...
 * </pre>
 *
 * Local identifiers belong to this node, {@code nonode@nohost}, creation 0. Each id word of
 * a reference holds one unsigned 32-bit number, the first being the least significant as in
 * the external format's {@code NEWER_REFERENCE_EXT}.
 */
public final class Identifiers {
    private Identifiers() {}

    // Local pids.

    public static long localPid(long number, long serial) {
        return TermTags.makeLocalPid((serial << 32) | (number & 0xFFFF_FFFFL));
    }

    public static long pidNumber(long localPid) {
        return TermTags.localPidData(localPid) & 0xFFFF_FFFFL;
    }

    public static long pidSerial(long localPid) {
        return TermTags.localPidData(localPid) >>> 32;
    }

    // Local ports.

    public static long localPort(long number) {
        return TermTags.makeLocalPort(number);
    }

    public static long portNumber(long localPort) {
        return TermTags.localPortData(localPort);
    }

    // Local references.

    public static long localReference(HeapAllocator heap, long[] ids) {
        long address = heap.allocate(ids.length + 1);
        NativeMemory.setWord(address, TermTags.makeHeader(ids.length, TermTags.REF_SUBTAG));
        for (int i = 0; i < ids.length; i++) {
            NativeMemory.setWordAt(address, i + 1, ids[i] & 0xFFFF_FFFFL);
        }
        return TermTags.makeBoxed(address);
    }

    public static boolean isLocalReference(long term) {
        return Boxed.subtag(term) == TermTags.REF_SUBTAG;
    }

    // Pids, ports and references of other nodes.

    public static long externalPid(HeapAllocator heap, long node, long creation, long number, long serial) {
        return external(heap, TermTags.EXTERNAL_PID_SUBTAG, node, creation, new long[] {number, serial});
    }

    public static long externalPort(HeapAllocator heap, long node, long creation, long number) {
        return external(heap, TermTags.EXTERNAL_PORT_SUBTAG, node, creation, new long[] {number});
    }

    public static long externalReference(HeapAllocator heap, long node, long creation, long[] ids) {
        long[] words = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            words[i] = ids[i] & 0xFFFF_FFFFL;
        }
        return external(heap, TermTags.EXTERNAL_REF_SUBTAG, node, creation, words);
    }

    private static long external(HeapAllocator heap, int subtag, long node, long creation, long[] data) {
        long address = heap.allocate(3 + data.length);
        NativeMemory.setWord(address, TermTags.makeHeader(2 + data.length, subtag));
        NativeMemory.setWordAt(address, 1, node);
        NativeMemory.setWordAt(address, 2, creation);
        for (int i = 0; i < data.length; i++) {
            NativeMemory.setWordAt(address, 3 + i, data[i]);
        }
        return TermTags.makeBoxed(address);
    }

    /** The node atom of an external pid, port or reference. */
    public static long externalNode(long external) {
        return Boxed.field(external, 1);
    }

    public static long externalCreation(long external) {
        return Boxed.field(external, 2);
    }

    /** Data word {@code index} (number, serial, or reference id) of an external identifier. */
    public static long externalData(long external, int index) {
        return Boxed.field(external, 3 + index);
    }

    /** How many data words an external identifier has. */
    public static int externalDataCount(long external) {
        return (int) TermTags.headerArity(Boxed.header(external)) - 2;
    }

    /** The number of 32-bit ids of a local reference. */
    public static int referenceIdCount(long localReference) {
        return (int) TermTags.headerArity(Boxed.header(localReference));
    }

    public static long referenceId(long localReference, int index) {
        return Boxed.field(localReference, 1 + index);
    }
}
