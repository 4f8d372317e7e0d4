#define _GNU_SOURCE 1
#include "lectern_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#include <semaphore.h>
#include <termios.h>
#include <time.h>
#include <ncurses.h>
#include <term.h>

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

/* The watchdog. A terminating signal posts a semaphore; a thread waiting on it gives the event
 * loop 100 ms to take the signal (lectern_take_terminate). A loop stuck in a long frame does not,
 * and then the thread restores the terminal itself, with write(2) and tcsetattr only (the stuck
 * thread may hold any lock), and ends the process with _exit(128 + signal). */
static sem_t lectern_watchdog_sem;
static int lectern_watchdog_started = 0;
static volatile sig_atomic_t lectern_sig_taken = 0;        /* the loop took the last signal */
/* What to say on stderr when bookmark changes wait to be saved (empty: none wait). Two buffers: the
 * loop writes the one not in use, then switches, so the watchdog never reads a half-written one. */
static char lectern_unsaved_report[2][4096];
static atomic_int lectern_unsaved_current = 0;
static struct termios lectern_saved_termios;
static int lectern_have_termios = 0;
static char lectern_reset_bytes[512];
static size_t lectern_reset_length = 0;

static void lectern_write_all(int fd, const char *bytes, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, bytes, n);
        if (w < 0) { if (errno == EINTR) { continue; } return; }
        bytes += w; n -= (size_t)w;
    }
}
static void lectern_append_reset(const char *s) {
    if (s == NULL || s == (char *)-1) { return; }
    size_t n = strlen(s);
    if (lectern_reset_length + n >= sizeof lectern_reset_bytes) { return; }
    memcpy(lectern_reset_bytes + lectern_reset_length, s, n);
    lectern_reset_length += n;
}
static void *lectern_watchdog(void *unused) {
    (void)unused;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    for (;;) {
        if (sem_wait(&lectern_watchdog_sem) != 0) { continue; }
        struct timespec pause = { 0, 100 * 1000 * 1000 };
        while (nanosleep(&pause, &pause) != 0 && errno == EINTR) {}
        int sig = lectern_sig_terminate;
        /* Taken, or curses is not on screen (an editor has the terminal, or lectern is leaving):
         * the loop deals with it when it is back. */
        if (sig == 0 || lectern_sig_taken || !lectern_curses_active) { continue; }
        lectern_write_all(STDOUT_FILENO, lectern_reset_bytes, lectern_reset_length);
        if (lectern_have_termios) { tcsetattr(STDIN_FILENO, TCSADRAIN, &lectern_saved_termios); }
        const char *report = lectern_unsaved_report[atomic_load(&lectern_unsaved_current)];
        if (report[0] != 0) {
            lectern_write_all(STDERR_FILENO, report, strlen(report));
            _exit(74);
        }
        _exit(128 + sig);
    }
    return NULL;
}
void lectern_watchdog_arm(void) {
    lectern_reset_length = 0;
    /* What endwin sends: leave the mouse modes, the keypad mode and the alternate screen, show the cursor. */
    lectern_append_reset("\033[?1006l\033[?1002l\033[?1000l");
    lectern_append_reset(tigetstr("sgr0"));
    lectern_append_reset(tigetstr("rmkx"));
    lectern_append_reset(tigetstr("cnorm"));
    lectern_append_reset(tigetstr("rmcup"));
    if (lectern_watchdog_started) { return; }
    if (sem_init(&lectern_watchdog_sem, 0, 0) != 0) { return; }
    pthread_t thread;
    if (pthread_create(&thread, NULL, lectern_watchdog, NULL) == 0) {
        pthread_detach(thread);
        lectern_watchdog_started = 1;
    }
}
void lectern_set_unsaved_report(const char *report) {
    int next = 1 - atomic_load(&lectern_unsaved_current);
    size_t n = report == NULL ? 0 : strlen(report);
    if (n >= sizeof lectern_unsaved_report[next]) {
        /* Cut at a line end, so that each line said is whole. */
        n = sizeof lectern_unsaved_report[next] - 1;
        while (n > 0 && report[n - 1] != '\n') { n--; }
    }
    if (n > 0) { memcpy(lectern_unsaved_report[next], report, n); }
    lectern_unsaved_report[next][n] = 0;
    atomic_store(&lectern_unsaved_current, next);
}
static void lectern_on_terminate(int sig) {
    lectern_sig_taken = 0;
    lectern_sig_terminate = sig;
    lectern_wake();
    if (lectern_watchdog_started) { sem_post(&lectern_watchdog_sem); }
}
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
    if (!lectern_have_termios && tcgetattr(STDIN_FILENO, &lectern_saved_termios) == 0) { lectern_have_termios = 1; }
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
int lectern_take_terminate(void) {
    int s = lectern_sig_terminate;
    if (s != 0) { lectern_sig_taken = 1; }
    lectern_sig_terminate = 0;
    return s;
}
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

/* Waits for input on stdin or a signal. 1: input ready, 2: the terminal hung up, 0: timeout or signal. */
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
    /* The terminal went away (its window closed, its server killed): no input will ever come. */
    if (n > 0 && (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL))) { return 2; }
    if (n > 0 && (fds[0].revents & POLLIN)) { return 1; }
    if (n < 0 && errno != EINTR && errno != EAGAIN) { return 2; }
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
