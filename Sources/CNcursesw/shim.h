// The ncursesw API as Swift can import it: wide-character functions enabled, and every macro, variadic
// function and global that Swift cannot see wrapped in a static inline function.
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
#include <signal.h>
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

// ---- Signals -------------------------------------------------------------------------------------------------
// Quit signals (SIGINT, SIGTERM, SIGHUP) only set a flag that the main loop polls, so the terminal is restored
// by ordinary code. Crash signals (a Swift trap is SIGILL or SIGTRAP) restore the terminal right in the handler,
// then put back the previous handler (the Swift backtracer's) and re-raise, so the report lands on a sane tty.

// Swift emits the shim's functions but not its file-level statics, so state lives in function-local statics.
static inline struct sigaction *fl_previous_handlers(void) { static struct sigaction table[32]; return table; }
static inline volatile sig_atomic_t *fl_pending(void) { static volatile sig_atomic_t pending = 0; return &pending; }
static inline volatile sig_atomic_t *fl_active(void) { static volatile sig_atomic_t active = 0; return &active; }

static void fl_on_quit_signal(int sig) { *fl_pending() = sig; }

static void fl_on_crash_signal(int sig) {
    if (*fl_active()) {
        static const char off[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1049l\033[?25h\033[0m";
        (void)!write(STDOUT_FILENO, off, sizeof(off) - 1);
        endwin();
        *fl_active() = 0;
    }
    sigaction(sig, &fl_previous_handlers()[sig], NULL);
    raise(sig);
}

/// Installs the quit and crash handlers; call after the curses screen is set up.
static inline void fl_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    // A parent may have left these blocked (a test runner's thread, say): they must reach us.
    sigset_t wanted;
    sigemptyset(&wanted);
    int unblock[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (int i = 0; i < 12; i++) sigaddset(&wanted, unblock[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    sa.sa_handler = fl_on_quit_signal;
    int quit[] = { SIGINT, SIGTERM, SIGHUP };
    for (int i = 0; i < 3; i++) sigaction(quit[i], &sa, &fl_previous_handlers()[quit[i]]);
    sa.sa_handler = fl_on_crash_signal;
    sa.sa_flags = SA_RESETHAND;
    int crash[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (int i = 0; i < 6; i++) sigaction(crash[i], &sa, &fl_previous_handlers()[crash[i]]);
    *fl_active() = 1;
}

/// Puts back every handler that fl_install_signal_handlers replaced.
static inline void fl_restore_signal_handlers(void) {
    *fl_active() = 0;
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (int i = 0; i < 9; i++) sigaction(all[i], &fl_previous_handlers()[all[i]], NULL);
}

/// The quit signal received since the last call, or 0.
static inline int fl_take_pending_signal(void) { int s = *fl_pending(); *fl_pending() = 0; return s; }
#endif
