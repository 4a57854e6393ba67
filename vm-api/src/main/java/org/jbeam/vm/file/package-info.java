/**
 * Files, as OTP 25's {@code prim_file} and {@code prim_buffer} NIFs give them to the kernel
 * ({@code erts/emulator/nifs/common/prim_file_nif.c}, {@code unix/unix_prim_file.c},
 * {@code prim_buffer_nif.c}), in Java over {@code java.nio}.
 *
 * <p>{@link org.jbeam.vm.file.PrimFileNifs} registers them all: the path-level NIFs (info,
 * directories, links, renames, permissions, the VM's working directory), the NIFs on open
 * files ({@code FileHandleNifs}: a handle is a resource reference to an {@code OpenFile}, a
 * {@code FileChannel} closed when its owner exits) and the read-ahead buffer's
 * ({@code PrimBufferNifs}). {@code PosixErrors} turns the JDK's failures back into the POSIX
 * error atoms erl returns.
 */
package org.jbeam.vm.file;
