package org.jbeam.tier.template.backend;

import java.util.Map;

import org.jbeam.tier.template.code.CodeRegion;

/**
 * A module's generated code: the region it lives in (released when the module's code is
 * released), the native address of every BEAM label, from which the tier finds function entries
 * and maps export and fun entries to native code, and where the code of each {@code line} op
 * starts (ascending addresses, in code order where equal), for stack traces.
 */
public record NativeCode(CodeRegion region, Map<Integer, Long> labelAddresses, long[] lineAddresses,
        int[] lineItems) {
    public NativeCode {
        labelAddresses = Map.copyOf(labelAddresses);
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
