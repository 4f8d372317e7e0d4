#define _GNU_SOURCE 1
#include "lectern_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>
#include <ncurses.h>

/* Signals. The handlers only touch sig_atomic_t flags and write one byte to a self-pipe, except the
 * crash handler, which restores the terminal and re-raises with the default action.
 */
static volatile sig_atomic_t lectern_sig_terminate = 0;   /* the signal number that asks to quit */
static volatile sig_atomic_t lectern_sig_suspend = 0;
static volatile sig_atomic_t lectern_sig_resize = 0;
static volatile sig_atomic_t lectern_curses_active = 0;
static int lectern_pipe_fds[2] = { -1, -1 };
/* Set by another thread whose work has news for the event loop (then the pipe wakes the loop). */
static atomic_int lectern_wakeup = 0;

static void lectern_wake(void) {
    int saved = errno;
    if (lectern_pipe_fds[1] >= 0) { char c = 1; ssize_t r = write(lectern_pipe_fds[1], &c, 1); (void)r; }
    errno = saved;
}
static void lectern_on_terminate(int sig) { lectern_sig_terminate = sig; lectern_wake(); }
static void lectern_on_suspend(int sig) { (void)sig; lectern_sig_suspend = 1; lectern_wake(); }
static void lectern_on_resize(int sig) { (void)sig; lectern_sig_resize = 1; lectern_wake(); }
static void lectern_on_crash(int sig) {
    if (lectern_curses_active) {
        /* The mouse modes are lectern's own (curses does not know them): give them back first. */
        static const char mouse_off[] = "\033[?1006l\033[?1000l";
        ssize_t r = write(STDOUT_FILENO, mouse_off, sizeof mouse_off - 1); (void)r;
        lectern_curses_active = 0; endwin();
    }
    signal(sig, SIG_DFL);
    raise(sig);
}
static int lectern_set_handler(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    return sigaction(sig, &sa, NULL);
}
int lectern_install_signal_handlers(void) {
    if (lectern_pipe_fds[0] < 0) {
        if (pipe(lectern_pipe_fds) != 0) { return -1; }
        for (int i = 0; i < 2; i++) {
            fcntl(lectern_pipe_fds[i], F_SETFL, fcntl(lectern_pipe_fds[i], F_GETFL) | O_NONBLOCK);
            fcntl(lectern_pipe_fds[i], F_SETFD, FD_CLOEXEC);
        }
    }
    /* A parent may have left these blocked (the mask is inherited): lectern must see them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGCONT };
    for (unsigned i = 0; i < sizeof handled / sizeof handled[0]; i++) { sigaddset(&wanted, handled[i]); }
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    lectern_set_handler(SIGINT, lectern_on_terminate, 0);
    lectern_set_handler(SIGTERM, lectern_on_terminate, 0);
    lectern_set_handler(SIGHUP, lectern_on_terminate, 0);
    lectern_set_handler(SIGTSTP, lectern_on_suspend, 0);
    lectern_set_handler(SIGWINCH, lectern_on_resize, 0);
    int crashes[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        lectern_set_handler(crashes[i], lectern_on_crash, (int)SA_RESETHAND | SA_NODEFER);
    }
    return 0;
}
void lectern_reset_signal_handlers(void) {
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) { signal(all[i], SIG_DFL); }
}
void lectern_set_curses_active(int on) { lectern_curses_active = on; }
int lectern_take_terminate(void) { int s = lectern_sig_terminate; lectern_sig_terminate = 0; return s; }
int lectern_take_suspend(void) { int s = lectern_sig_suspend; lectern_sig_suspend = 0; return s; }
int lectern_take_resize(void) { int s = lectern_sig_resize; lectern_sig_resize = 0; return s; }
/* Forgets a Ctrl-C or Ctrl-Z meant for a program that had the terminal (the editor). */
void lectern_discard_interrupts(void) {
    if (lectern_sig_terminate == SIGINT) { lectern_sig_terminate = 0; }
    lectern_sig_suspend = 0;
}
static int lectern_pending_signals(void) {
    return lectern_sig_terminate || lectern_sig_suspend || lectern_sig_resize || atomic_load(&lectern_wakeup);
}
/* Any thread: flags news for the event loop and wakes it. */
void lectern_wake_loop(void) { atomic_store(&lectern_wakeup, 1); lectern_wake(); }
int lectern_take_wakeup(void) { return atomic_exchange(&lectern_wakeup, 0); }

/* Waits for input on stdin or a signal. 1: input ready, 0: timeout or signal. */
int lectern_wait_input(int timeout_ms) {
    if (lectern_pending_signals()) { return 0; }
    struct pollfd fds[2];
    fds[0].fd = STDIN_FILENO; fds[0].events = POLLIN; fds[0].revents = 0;
    fds[1].fd = lectern_pipe_fds[0]; fds[1].events = POLLIN; fds[1].revents = 0;
    int n = poll(fds, lectern_pipe_fds[0] >= 0 ? 2 : 1, timeout_ms);
    if (n > 0 && (fds[1].revents & POLLIN)) {
        char buf[64];
        while (read(lectern_pipe_fds[0], buf, sizeof buf) > 0) {}
    }
    if (n > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))) { return 1; }
    return 0;
}
/* Stops the process the way the shell expects (after curses has been left), returns on SIGCONT. */
void lectern_suspend_self(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &old);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    lectern_set_handler(SIGTSTP, lectern_on_suspend, 0);
}
