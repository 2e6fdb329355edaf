// The ncursesw API as Swift can import it: wide-character functions enabled, and every macro, variadic
// function and global that Swift cannot see wrapped in a static inline function.
// Stateless by rule: a header holds no mutable state (a static here is copied into every module that inlines
// it). The signal state lives in the CTerminalSignals target's signals.c.
#ifndef FRONTLINE_CNCURSESW_SHIM_H
#define FRONTLINE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *fl_stdscr(void) { return stdscr; }
static inline int fl_lines(void) { return LINES; }
static inline int fl_cols(void) { return COLS; }
static inline int fl_colors(void) { return COLORS; }
static inline int fl_color_pairs(void) { return COLOR_PAIRS; }
static inline void fl_getmaxyx(int *rows, int *cols) { getmaxyx(stdscr, *rows, *cols); }
static inline attr_t fl_a_bold(void) { return A_BOLD; }
static inline attr_t fl_a_reverse(void) { return A_REVERSE; }
static inline attr_t fl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t fl_a_dim(void) { return A_DIM; }
static inline attr_t fl_a_normal(void) { return A_NORMAL; }
static inline int fl_key_f(int n) { return KEY_F(n); }
static inline mmask_t fl_mouse_mask_all(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t fl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t fl_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t fl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t fl_button4_pressed(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t fl_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t fl_button5_pressed(void) { return 0; }
#endif
static inline mmask_t fl_report_position(void) { return REPORT_MOUSE_POSITION; }
/// Draws one wide character string cell with attributes and a colour pair.
static inline int fl_put(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t c;
    setcchar(&c, wch, attrs, (short)pair, NULL);
    return mvadd_wch(y, x, &c);
}
static inline int fl_key_resize(void) { return KEY_RESIZE; }
static inline int fl_key_mouse(void) { return KEY_MOUSE; }
static inline int fl_err(void) { return ERR; }
static inline int fl_key_code_yes(void) { return KEY_CODE_YES; }

/// newterm on the process's stdout and stdin (Swift 6 cannot read those globals).
static inline SCREEN *fl_newterm(const char *name) { return newterm(name, stdout, stdin); }
/// Whether the current locale's character set is UTF-8.
static inline int fl_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}
/// Writes raw bytes to stdout, unbuffered.
static inline void fl_write_stdout(const char *text) { (void)!write(STDOUT_FILENO, text, strlen(text)); }

#endif
