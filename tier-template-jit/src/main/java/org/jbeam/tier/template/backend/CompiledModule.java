package org.jbeam.tier.template.backend;

/**
 * A module's generated code and where each of its ops landed in it, for listings of the code
 * (perf maps, asm dumps): offsets count bytes from the start of the code region.
 *
 * @param opOffsets where the code of each op of the decoded module starts, in op order (an op
 *     that emits nothing starts where the next one does)
 * @param slowPathsOffset where the out-of-line slow paths, emitted after every op, start
 * @param codeSize the bytes of code in the region (the region itself is whole pages)
 */
public record CompiledModule(NativeCode code, int[] opOffsets, int slowPathsOffset, int codeSize) {}
