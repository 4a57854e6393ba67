/**
 * Processes as a population: the process table (pids, registered names), the scheduler that
 * runs processes on a tier one time slice at a time, the timer service, and the signals
 * between processes (messages, links, monitors, exit signals), following OTP's
 * {@code erl_process.c}, {@code erl_proc_sig_queue.c} and {@code erl_hl_timer.c}; with them the
 * process aliases, {@code process_info}, {@code system_flag} and the emulator's crash reports.
 *
 * <p>Threading (SMP, OTP's {@code erl_process.c} schedulers): a {@link SchedulerPool} of N
 * {@link Scheduler} threads (erl's {@code +S}, jbeam's {@code -S} and {@code jbeam.schedulers};
 * 0 = one per core), each with its own {@link RunQueue} (priority lanes) and X/float register
 * file. A new or woken process joins the queue of the scheduler whose thread made it runnable;
 * an idle scheduler steals from the longest other queue ({@link WorkStealing}), and sleeps
 * (parked, no spinning) until the pool wakes it for new work or its next timer. Only the first
 * {@code schedulers_online} take work. What is shared, and how:
 *
 * <ul>
 * <li>a process's scheduling state ({@link ProcessControl}): every change under its lock, so
 * it is queued at most once and run by one thread at a time; its run lock is held for the
 * slice, and {@link ProcessInspection} reads another process only between its slices;
 * <li>messages: the mailbox's lock-protected incoming queue; wake-ups race-free through the
 * state lock;
 * <li>links, monitors, exit signals, aliases and port signals: one runtime-wide signal lock
 * ({@link ProcessRuntime#signalLock}); a process killed while it runs on another thread gets a
 * pending exit reason it acts on at the end of its slice, and counts as dead to later signals;
 * <li>timers ({@link TimerService}): one locked heap that every scheduler fires from, actions
 * run outside the lock;
 * <li>registered names: the runtime's lock; port input handed over ({@link ProcessRuntime#submit})
 * runs on any scheduler, one task at a time in order, under the signal lock.
 * </ul>
 */
package org.jbeam.vm.scheduler;
