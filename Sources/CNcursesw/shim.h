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
#endif
