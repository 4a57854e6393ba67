/**
 * Processes as a population: the process table (pids, registered names), the scheduler that
 * runs processes on a tier one time slice at a time, the timer service, and the signals
 * between processes (messages, links, monitors, exit signals), following OTP's
 * {@code erl_process.c}, {@code erl_proc_sig_queue.c} and {@code erl_hl_timer.c}; with them the
 * process aliases, {@code process_info}, {@code system_flag} and the emulator's crash reports.
 *
 * <p>Threading today: one scheduler thread runs every process, fires every timer and handles
 * every exit signal, so a signal's effect on its target is immediate (the target is never
 * running at that moment unless it is the sender itself). Messages already go through a
 * lock-protected incoming queue and waking is race-free, and each {@link Scheduler} owns its
 * run queue, so more scheduler threads come by giving exit, link and monitor signals the same
 * queued delivery messages have.
 */
package org.jbeam.vm.scheduler;
