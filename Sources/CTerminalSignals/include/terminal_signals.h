// Signal handling for the full-screen viewer. Declarations only: every piece of mutable state (the pending quit
// signal, whether the screen is active, the handlers it replaced) lives in signals.c, one translation unit, so
// that the handler and the main loop see the same variables in every build configuration.
#ifndef FRONTLINE_TERMINAL_SIGNALS_H
#define FRONTLINE_TERMINAL_SIGNALS_H

/// Installs the quit handlers (SIGINT, SIGTERM, SIGHUP: they only record the signal; SIGHUP stays ignored when it
/// was, as under nohup) and the crash handlers
/// (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT: they restore the terminal, then hand the signal
/// to the handler that was there before, such as the Swift backtracer). Call once the curses screen is set up.
void fl_signals_install(void);

/// Puts back every handler that fl_signals_install replaced.
void fl_signals_restore(void);

/// The quit signal received since the last call, or 0; clears it.
int fl_signals_take_pending(void);

/// Whether standard input has hung up (POLLHUP, POLLERR or POLLNVAL), checked without waiting.
int fl_stdin_hung_up(void);

#endif
