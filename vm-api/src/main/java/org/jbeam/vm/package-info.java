/**
 * The runtime every tier shares: term tagging and native memory, the atom table, the BEAM
 * file reader, loader and validator, the code server, processes, heaps, BIFs, exceptions
 * and the tier SPI. Nothing here names a tier or a CPU.
 */
package org.jbeam.vm;
