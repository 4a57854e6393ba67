/**
 * The execution-tier SPI: what a tier (interpreter, template JIT, trace JIT) offers the
 * runtime, and the status codes with which it hands a process back (contracts 3, 4 and 6).
 */
package org.jbeam.vm.tier;
