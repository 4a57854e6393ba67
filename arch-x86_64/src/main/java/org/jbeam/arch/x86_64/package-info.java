/**
 * The x86-64 backend: assembler, register conventions, the entry/exit stub, instruction templates and trace lowering for one CPU.
 */
package org.jbeam.arch.x86_64;
