/**
 * Heaps that terms are built on, and the off-heap objects they reference.
 *
 * <p>Process heaps with the generational collector arrive with the interpreter (issue 3);
 * this package holds the allocation contract every heap implements and the simple
 * fragment heap used for literals and messages.
 */
package org.jbeam.vm.heap;
