/**
 * Executable memory for generated code, portable across CPUs: {@link
 * org.jbeam.tier.template.code.CodeMemory} obtains it from the kernel through FFM, a {@link
 * org.jbeam.tier.template.code.CodeRegion} is one block of it with a writable view and an
 * executable view (W^X: never both on one mapping), released explicitly when its code is
 * no longer needed (when its module version is purged, or the tier closes).
 */
package org.jbeam.tier.template.code;
