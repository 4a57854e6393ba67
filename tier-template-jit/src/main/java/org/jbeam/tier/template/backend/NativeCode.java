package org.jbeam.tier.template.backend;

import java.util.Map;

import org.jbeam.tier.template.code.CodeRegion;

/**
 * A module's generated code: the region it lives in (released when the module's code is
 * released) and the native address of every BEAM label, from which the tier finds function
 * entries and maps export and fun entries to native code.
 */
public record NativeCode(CodeRegion region, Map<Integer, Long> labelAddresses) {
    public NativeCode {
        labelAddresses = Map.copyOf(labelAddresses);
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
