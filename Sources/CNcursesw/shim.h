#ifndef LECTERN_CNCURSESW_SHIM_H
#define LECTERN_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>


/* Swift cannot import macros, and Swift 6 rejects mutable C globals: wrap them. */
static inline WINDOW *lectern_stdscr(void) { return stdscr; }
static inline int lectern_lines(void) { return LINES; }
static inline int lectern_cols(void) { return COLS; }
static inline int lectern_colors(void) { return COLORS; }
static inline int lectern_err(void) { return ERR; }
static inline int lectern_ok(void) { return OK; }
static inline int lectern_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t lectern_a_normal(void) { return A_NORMAL; }
static inline attr_t lectern_a_bold(void) { return A_BOLD; }
static inline attr_t lectern_a_dim(void) { return A_DIM; }
static inline attr_t lectern_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lectern_a_reverse(void) { return A_REVERSE; }
static inline attr_t lectern_a_italic(void) { return A_ITALIC; }

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


static inline int lectern_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

/* ---- lectern additions: terminal lifecycle and input (signals: CLecternSignals) ---- */
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>

static inline FILE *lectern_stdout_file(void) { return stdout; }
static inline FILE *lectern_stdin_file(void) { return stdin; }
/* Writes all of buf to the terminal (stdout), after what curses has written. 0 or -1. */
static inline int lectern_write_terminal(const char *buf, size_t len) {
    fflush(stdout);
    while (len > 0) {
        ssize_t n = write(STDOUT_FILENO, buf, len);
        if (n < 0) {
            if (errno == EINTR) { continue; }
            if (errno == EAGAIN) { struct pollfd p = { STDOUT_FILENO, POLLOUT, 0 }; poll(&p, 1, 100); continue; }
            return -1;
        }
        buf += n; len -= (size_t)n;
    }
    return 0;
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

#endif
