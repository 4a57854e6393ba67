package org.jbeam.tier.template.backend;

import java.util.Map;

import org.jbeam.tier.template.code.CodeRegion;

/**
 * A module's generated code: the region it lives in (released when the module's code is
 * released), the native address of every BEAM label, from which the tier finds function entries
 * and maps export and fun entries to native code, and where the code of each {@code line} op
 * starts (ascending addresses, in code order where equal), and where each slow path came from,
 * for stack traces.
 */
public record NativeCode(CodeRegion region, Map<Integer, Long> labelAddresses, long[] lineAddresses,
        int[] lineItems, long[] slowPathSpans) {
    public NativeCode {
        labelAddresses = Map.copyOf(labelAddresses);
    }

    /** Code without out-of-line slow paths. */
    public NativeCode(CodeRegion region, Map<Integer, Long> labelAddresses, long[] lineAddresses, int[] lineItems) {
        this(region, labelAddresses, lineAddresses, lineItems, new long[0]);
    }

    /**
     * Where code at {@code address} stands in the instruction stream: the start of the instruction
     * that deferred it when it lies in a slow path (emitted after the whole module, BeamAsm's
     * cold code), else {@code address} itself. Stack traces name the function and line of that
     * instruction, not whatever function ends the module. {@code slowPathSpans} holds triples
     * (start, end, origin), ascending by start.
     */
    public long originOf(long address) {
        long at = address;
        for (int hops = 0; hops < 8; hops++) {
            int low = 0;
            int high = slowPathSpans.length / 3 - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (slowPathSpans[3 * middle] <= at) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            if (found < 0 || at >= slowPathSpans[3 * found + 1]) {
                return at;
            }
            at = slowPathSpans[3 * found + 2]; // a slow path may defer another: follow it back
        }
        return at;
    }

    /**
     * The line-table item of the code at {@code address}: that of the last {@code line} op at or
     * before it, as BEAM looks a code address up; 0 (unknown) before the first.
     */
    public int lineItemAt(long address) {
        int low = 0;
        int high = lineAddresses.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (lineAddresses[middle] <= address) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? 0 : lineItems[found];
    }

    /** The native address of BEAM label {@code label}. */
    public long labelAddress(int label) {
        Long address = labelAddresses.get(label);
        if (address == null) {
            throw new IllegalStateException("label " + label + " has no native code");
        }
        return address;
    }
}
