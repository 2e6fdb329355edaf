// The viewer's signal state and handlers, in one translation unit (as htop keeps its handlers in CRT.c).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include "terminal_signals.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

#define FL_NSIG 65

static struct sigaction previous[FL_NSIG];
static volatile sig_atomic_t pending = 0;
static volatile sig_atomic_t active = 0;

static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
static const int crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT };
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static void on_quit_signal(int sig) { pending = sig; }

// Restores the terminal, runs the handler that was there before (the Swift backtracer prints its report on a
// sane terminal), then ends the process by the signal's default action. The default action is applied even when
// the previous handler returns, as the backtracer does for SIGQUIT, so a crash never leaves the viewer running
// on a terminal it has given back.
static void on_crash_signal(int sig, siginfo_t *info, void *context) {
    if (active) {
        static const char off[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1049l\033[?25h\033[0m";
        (void)!write(STDOUT_FILENO, off, sizeof(off) - 1);
        endwin();
        active = 0;
    }
    struct sigaction before = previous[sig];
    if (before.sa_flags & SA_SIGINFO) {
        if (before.sa_sigaction) before.sa_sigaction(sig, info, context);
    } else if (before.sa_handler != SIG_DFL && before.sa_handler != SIG_IGN) {
        before.sa_handler(sig);
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig);   // pending until this handler returns, then the default action ends the process
}

void fl_signals_install(void) {
    // A parent may have left these blocked (a test runner's thread, say): they must reach us.
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int i = 0; i < COUNT(quit_signals); i++) sigaddset(&wanted, quit_signals[i]);
    for (int i = 0; i < COUNT(crash_signals); i++) sigaddset(&wanted, crash_signals[i]);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal;   // no SA_RESTART: a blocked read returns, and the loop sees the signal
    for (int i = 0; i < COUNT(quit_signals); i++) {
        int sig = quit_signals[i];
        sigaction(sig, NULL, &previous[sig]);
        // Under nohup SIGHUP stays ignored; a closed terminal still ends the viewer through its input.
        if (sig == SIGHUP && previous[sig].sa_handler == SIG_IGN) continue;
        sigaction(sig, &sa, NULL);
    }
    sa.sa_sigaction = on_crash_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_ONSTACK;
    for (int i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &sa, &previous[crash_signals[i]]);
    pending = 0;
    active = 1;
}

void fl_signals_restore(void) {
    if (!active) return;
    active = 0;
    for (int i = 0; i < COUNT(quit_signals); i++) sigaction(quit_signals[i], &previous[quit_signals[i]], NULL);
    for (int i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &previous[crash_signals[i]], NULL);
}

int fl_signals_take_pending(void) {
    int s = pending;
    pending = 0;
    return s;
}

int fl_stdin_hung_up(void) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
