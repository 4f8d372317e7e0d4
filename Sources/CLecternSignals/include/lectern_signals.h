#ifndef LECTERN_SIGNALS_H
#define LECTERN_SIGNALS_H

/* The explorer's signal handling (LecternTerminal's SignalTrap is the only caller). The handlers
 * only touch sig_atomic_t flags and write one byte to a self-pipe, except the crash handler, which
 * restores the terminal and re-raises with the default action. */

/* Installs the handlers (and the self-pipe); 0 on success. */
int lectern_install_signal_handlers(void);
/* After curses has started: keeps the terminal's reset sequences and starts the watchdog, which
 * restores the terminal and exits with 128 + signal when the loop has not taken a terminating
 * signal within 100 ms (a long frame). */
void lectern_watchdog_arm(void);
/* What the watchdog writes on stderr before exiting with 74 while bookmark changes wait to be
 * saved (lines ending in newlines; empty or NULL: nothing waits). */
void lectern_set_unsaved_report(const char *report);
/* Puts every handled signal back to its default action. */
void lectern_reset_signal_handlers(void);
/* Whether the crash handler must call endwin before dying. */
void lectern_set_curses_active(int on);
/* The terminating signal (SIGINT, SIGTERM, SIGHUP) received since the last call, else 0. */
int lectern_take_terminate(void);
int lectern_take_suspend(void);
int lectern_take_resize(void);
/* Forgets a Ctrl-C or Ctrl-Z meant for a program that had the terminal (the editor). */
void lectern_discard_interrupts(void);
/* Any thread: flags news for the event loop and wakes it. */
void lectern_wake_loop(void);
int lectern_take_wakeup(void);
/* Waits for input on stdin or a signal. 1: input ready, 2: the terminal hung up, 0: timeout or signal. */
int lectern_wait_input(int timeout_ms);
/* Stops the process the way the shell expects (after curses has been left), returns on SIGCONT. */
void lectern_suspend_self(void);

#endif
