/**
 * The generational copying garbage collector of process heaps, after OTP's {@code erl_gc.c}:
 * heap sizing ({@link org.jbeam.vm.gc.HeapSizes}), the layout rules that tell which words of a
 * heap object are terms ({@link org.jbeam.vm.gc.HeapObjects}), and the Cheney copy itself
 * ({@link org.jbeam.vm.gc.CopyingCollector}). The process heap that uses them is
 * {@link org.jbeam.vm.process.ProcessHeap}.
 */
package org.jbeam.vm.gc;
