#ifndef LECTERN_CNCURSESW_SHIM_H
#define LECTERN_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <ncurses.h>

int wcwidth(wchar_t c);

/* Swift cannot import macros, and Swift 6 rejects mutable C globals: wrap them. */
static inline WINDOW *lectern_stdscr(void) { return stdscr; }
static inline int lectern_lines(void) { return LINES; }
static inline int lectern_cols(void) { return COLS; }
static inline int lectern_colors(void) { return COLORS; }
static inline int lectern_color_pairs(void) { return COLOR_PAIRS; }
static inline int lectern_maxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int lectern_maxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int lectern_err(void) { return ERR; }
static inline int lectern_ok(void) { return OK; }
static inline int lectern_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t lectern_a_normal(void) { return A_NORMAL; }
static inline attr_t lectern_a_bold(void) { return A_BOLD; }
static inline attr_t lectern_a_dim(void) { return A_DIM; }
static inline attr_t lectern_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lectern_a_reverse(void) { return A_REVERSE; }
static inline attr_t lectern_a_italic(void) { return A_ITALIC; }
static inline attr_t lectern_a_standout(void) { return A_STANDOUT; }

static inline int lectern_key_up(void) { return KEY_UP; }
static inline int lectern_key_down(void) { return KEY_DOWN; }
static inline int lectern_key_left(void) { return KEY_LEFT; }
static inline int lectern_key_right(void) { return KEY_RIGHT; }
static inline int lectern_key_home(void) { return KEY_HOME; }
static inline int lectern_key_end(void) { return KEY_END; }
static inline int lectern_key_npage(void) { return KEY_NPAGE; }
static inline int lectern_key_ppage(void) { return KEY_PPAGE; }
static inline int lectern_key_enter(void) { return KEY_ENTER; }
static inline int lectern_key_backspace(void) { return KEY_BACKSPACE; }
static inline int lectern_key_dc(void) { return KEY_DC; }
static inline int lectern_key_btab(void) { return KEY_BTAB; }
static inline int lectern_key_resize(void) { return KEY_RESIZE; }
static inline int lectern_key_mouse(void) { return KEY_MOUSE; }
static inline int lectern_key_f(int n) { return KEY_F(n); }

static inline mmask_t lectern_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t lectern_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lectern_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t lectern_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lectern_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t lectern_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lectern_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline chtype lectern_color_pair(int n) { return COLOR_PAIR(n); }
static inline int lectern_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

/* ---- lectern additions: terminal lifecycle, input, signals ---- */
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <stdatomic.h>
#include <term.h>

static inline FILE *lectern_stdout_file(void) { return stdout; }
static inline FILE *lectern_stdin_file(void) { return stdin; }
static inline int lectern_wchar_ok(void) { return OK; }
static inline mmask_t lectern_mouse_buttons(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int lectern_mouse_is_click(mmask_t s) { return (s & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) != 0; }
static inline int lectern_mouse_is_wheel_up(mmask_t s) { return (s & BUTTON4_PRESSED) != 0; }
static inline int lectern_mouse_is_wheel_down(mmask_t s) {
#ifdef BUTTON5_PRESSED
    return (s & BUTTON5_PRESSED) != 0;
#else
    return 0;
#endif
}
/* Checks for a terminfo entry without letting curses exit the process: 1 found, 0 not found, -1 no database. */
static inline int lectern_terminfo_exists(const char *term) {
    int err = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, STDOUT_FILENO, &err) != OK) { return err; }
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return 1;
}
/* Rows and columns from the tty itself (after SIGWINCH). */
static inline int lectern_tty_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) { return -1; }
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 0;
}

/* Signals. The handlers only touch sig_atomic_t flags and write one byte to a self-pipe, except the
 * crash handler, which restores the terminal and re-raises with the default action.
 * Call these only from one Swift source file: statics in a header are per translation unit. */
static volatile sig_atomic_t lectern_sig_terminate = 0;   /* the signal number that asks to quit */
static volatile sig_atomic_t lectern_sig_suspend = 0;
static volatile sig_atomic_t lectern_sig_resize = 0;
static volatile sig_atomic_t lectern_curses_active = 0;
static int lectern_pipe_fds[2] = { -1, -1 };
/* Set by another thread whose work has news for the event loop (then the pipe wakes the loop). */
static atomic_int lectern_wakeup = 0;

static inline void lectern_wake(void) {
    int saved = errno;
    if (lectern_pipe_fds[1] >= 0) { char c = 1; ssize_t r = write(lectern_pipe_fds[1], &c, 1); (void)r; }
    errno = saved;
}
static inline void lectern_on_terminate(int sig) { lectern_sig_terminate = sig; lectern_wake(); }
static inline void lectern_on_suspend(int sig) { (void)sig; lectern_sig_suspend = 1; lectern_wake(); }
static inline void lectern_on_resize(int sig) { (void)sig; lectern_sig_resize = 1; lectern_wake(); }
static inline void lectern_on_crash(int sig) {
    if (lectern_curses_active) { lectern_curses_active = 0; endwin(); }
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline int lectern_set_handler(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    return sigaction(sig, &sa, NULL);
}
static inline int lectern_install_signal_handlers(void) {
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
static inline void lectern_reset_signal_handlers(void) {
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) { signal(all[i], SIG_DFL); }
}
static inline void lectern_set_curses_active(int on) { lectern_curses_active = on; }
static inline int lectern_take_terminate(void) { int s = lectern_sig_terminate; lectern_sig_terminate = 0; return s; }
static inline int lectern_take_suspend(void) { int s = lectern_sig_suspend; lectern_sig_suspend = 0; return s; }
static inline int lectern_take_resize(void) { int s = lectern_sig_resize; lectern_sig_resize = 0; return s; }
/* Forgets a Ctrl-C or Ctrl-Z meant for a program that had the terminal (the editor). */
static inline void lectern_discard_interrupts(void) {
    if (lectern_sig_terminate == SIGINT) { lectern_sig_terminate = 0; }
    lectern_sig_suspend = 0;
}
static inline int lectern_pending_signals(void) {
    return lectern_sig_terminate || lectern_sig_suspend || lectern_sig_resize || atomic_load(&lectern_wakeup);
}
/* Any thread: flags news for the event loop and wakes it. */
static inline void lectern_wake_loop(void) { atomic_store(&lectern_wakeup, 1); lectern_wake(); }
static inline int lectern_take_wakeup(void) { return atomic_exchange(&lectern_wakeup, 0); }

/* Waits for input on stdin or a signal. 1: input ready, 0: timeout or signal. */
static inline int lectern_wait_input(int timeout_ms) {
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
static inline void lectern_suspend_self(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &old);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    lectern_set_handler(SIGTSTP, lectern_on_suspend, 0);
}
/* Leaves the process with the conventional status for a terminating signal (after cleanup). */
static inline void lectern_die_by_signal(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
    _exit(128 + sig);
}
#endif
