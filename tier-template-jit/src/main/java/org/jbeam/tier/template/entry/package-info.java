/**
 * The narrow door between Java and generated code (contract 6), the portable half: the layout
 * of the context block an entry stub loads the VM's pinned registers from and stores them back
 * to ({@link org.jbeam.tier.template.entry.ContextLayout}, {@link
 * org.jbeam.tier.template.entry.EntryContext}), and the status word generated code leaves with
 * ({@link org.jbeam.tier.template.entry.ExitStatus}, {@link
 * org.jbeam.tier.template.entry.ExitReason}). Each arch module implements the stub itself
 * ({@code enter(context, address) -> status}).
 */
package org.jbeam.tier.template.entry;
