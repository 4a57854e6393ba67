/**
 * The Java side of running generated code: the code cache
 * ({@link org.jbeam.tier.template.runtime.CodeCache} of
 * {@link org.jbeam.tier.template.runtime.NativeModule}s, native addresses back to modules and
 * functions, read without locks from copy-on-write snapshots; a purged version leaves it and its
 * code is unmapped), the slice loop that enters native code and syncs the VM state with the context block
 * at every entry and exit ({@link org.jbeam.tier.template.runtime.NativeSlice}), the helpers
 * generated code leaves for ({@code HelperCalls} dispatches to {@code BifHelpers},
 * {@code CallHelpers}, {@code ExceptionHelpers}, {@code MessageHelpers}, {@code MapHelpers},
 * {@code BitsHelpers}),
 * the tier-wide table of catch handlers ({@code CatchHandlers}), and raising an exception from
 * native code ({@code NativeExceptions}).
 */
package org.jbeam.tier.template.runtime;
