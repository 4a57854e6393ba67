/**
 * Erlang ports (OTP's {@code io.c}, {@code erl_bif_port.c}, {@code sys_drivers.c}): the port
 * table, the {@code erts_internal} port BIFs that {@code erlang.erl} wraps, and two drivers,
 * {@code {fd, In, Out}} (the VM's standard streams, which {@code user} and
 * {@code standard_error} open) and {@code {spawn, Cmd}} / {@code {spawn_executable, File}}
 * (an OS process through {@link java.lang.ProcessBuilder}, which {@code os:cmd/1} opens).
 *
 * <p>Threading: every port operation and every message a port sends happens on the scheduler
 * thread. A driver reads its input on its own Java thread and hands each chunk to the
 * scheduler thread ({@link org.jbeam.vm.scheduler.ProcessRuntime#submit}), which frames it and
 * builds the message in a fresh heap fragment; no driver thread touches a process heap or a
 * port's state. Links, monitors and exit signals go through
 * {@link org.jbeam.vm.scheduler.PortSignals}.
 */
package org.jbeam.vm.port;
