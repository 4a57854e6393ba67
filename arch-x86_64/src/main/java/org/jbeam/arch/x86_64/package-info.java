/**
 * The x86-64 backend: assembler, register conventions, the entry/exit stub, instruction templates and trace lowering for one CPU.
 *
 * <p>So far: {@link org.jbeam.arch.x86_64.RegisterConventions} (which callee-saved registers
 * hold the VM's state), {@link org.jbeam.arch.x86_64.EntryStub} (the narrow door
 * {@code enter(context, address) -> status}) and {@link org.jbeam.arch.x86_64.ExitEmitter} (how
 * generated code leaves through it); the typed assembler is in {@code org.jbeam.arch.x86_64.asm}.
 */
package org.jbeam.arch.x86_64;
