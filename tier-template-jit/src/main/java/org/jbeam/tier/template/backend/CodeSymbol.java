package org.jbeam.tier.template.backend;

/**
 * A named run of generated code outside any module (an entry stub, a shared fragment), as
 * profilers list symbols.
 *
 * @param address its first byte (executable view)
 * @param size its length in bytes
 */
public record CodeSymbol(String name, long address, long size) {}
