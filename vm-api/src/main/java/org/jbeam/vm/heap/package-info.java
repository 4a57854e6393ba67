/**
 * Heaps that terms are built on, and the off-heap objects they reference.
 *
 * <p>This package holds the allocation contract every heap implements and the simple
 * fragment heap used for literals and messages; the collected process heap is
 * {@link org.jbeam.vm.process.ProcessHeap}, its collector in {@code org.jbeam.vm.gc}.
 */
package org.jbeam.vm.heap;
