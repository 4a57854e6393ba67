/**
 * Native memory: absolute-address word access and the C allocator.
 *
 * <p>This package is the only place in the VM that touches FFM memory segments directly;
 * everything above it speaks in addresses and words (contract 1 of docs/ARCHITECTURE.md).
 */
package org.jbeam.vm.memory;
