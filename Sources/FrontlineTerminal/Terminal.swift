import CNcursesw
import CTerminalSignals
import FrontlineApp
import FrontlineRender
#if canImport(Glibc)
    import Glibc
#endif

/// Why the viewer could not start.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return
                "frontline: standard output is not a terminal. To write a map to a file or pipe, use: frontline print "
                + "--date 2015-05-22"
        case .unknownTerminal(let term):
            return
                "frontline: cannot use the terminal type \"\(term)\" (unknown to terminfo, or without cursor "
                + "addressing). Set TERM, such as TERM=xterm-256color, or use: frontline print"
        }
    }
}

/// The ncursesw backend: owns the screen while the viewer runs, flushes only changed cells, decodes input.
///
/// The terminal is restored by ``stop()`` (after the loop exits on a key, a quit signal or a hang-up) and, on a
/// crash, by the handler in the CTerminalSignals target.
public final class Terminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var previous: CellGrid?
    /// The scheme and depth of the last frame: the diff compares inks, so a new palette repaints every cell.
    private var previousPalette: (scheme: Scheme, depth: ColorDepth)?
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var pressed: (x: Int, y: Int)?
    /// Reads in a row that failed at once, long before their timeout: a terminal that is gone.
    private var failedReads = 0
    /// The hidden `--crash-test` hook: trap right after the first frame, to test the crash handler.
    private let crashAfterFirstDraw: Bool
    public private(set) var colors: Int = 0
    /// Whether the locale's character set is UTF-8; without it the viewer draws ASCII.
    public let utf8: Bool

    private struct PairKey: Hashable { let fg: Int32, bg: Int32 }

    /// Takes over the terminal: checks stdin and stdout, the locale and TERM, then enters curses mode.
    ///
    /// With `trueColor` (COLORTERM says the terminal takes 24-bit colour), a direct-colour terminfo entry is
    /// tried first (`xterm-256color` → `xterm-direct`, from Debian's ncurses-term); without one, curses falls back
    /// to the 256-colour entry.
    public init(trueColor: Bool = false, crashAfterFirstDraw: Bool = false) throws {
        self.crashAfterFirstDraw = crashAfterFirstDraw
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        utf8 = fl_locale_is_utf8() != 0
        let term = String(cString: getenv("TERM") ?? strdup(""))
        guard !term.isEmpty, term != "dumb" else { throw TerminalError.unknownTerminal(term) }
        var direct: OpaquePointer?
        if trueColor && !term.hasSuffix("-direct") {
            let base = term.replacing("-256color", with: "")
            for name in ["\(base)-direct", "xterm-direct"] where direct == nil {
                direct = name.withCString { fl_newterm($0) }
            }
        }
        guard let scr = direct ?? fl_newterm(nil) else { throw TerminalError.unknownTerminal(term) }
        screen = scr
        set_term(scr)
        cbreak()
        noecho()
        nonl()
        keypad(fl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(fl_colors())
        }
        mousemask(fl_mouse_mask_all(), nil)
        mouseinterval(0)
        fl_signals_install()
    }

    /// The screen size.
    public var size: ScreenSize {
        var rows: Int32 = 0, cols: Int32 = 0
        fl_getmaxyx(&rows, &cols)
        return ScreenSize(width: Int(cols), height: Int(rows))
    }

    /// Gives the terminal back: mouse reporting off, attributes reset, cursor shown, curses ended.
    public func stop() {
        guard let scr = screen else { return }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        fl_signals_restore()
        delscreen(scr)
        screen = nil
        fl_write_stdout("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l")
    }

    deinit { stop() }

    /// The quit signal (SIGINT, SIGTERM, SIGHUP) received since the last call, if any.
    private func pendingSignal() -> TerminalEvent? {
        let s = fl_signals_take_pending()
        return s == 0 ? nil : .signal(s)
    }

    /// Milliseconds on a monotonic clock.
    public func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    /// Draws `grid`, writing only the cells that differ from the last frame (all of them if `full`).
    public func draw(_ grid: CellGrid, palette: Palette, full: Bool) {
        if full {
            previous = nil
            clearok(fl_stdscr(), true)
        }
        if let p = previousPalette, p.scheme != palette.scheme || p.depth != palette.depth { previous = nil }
        previousPalette = (palette.scheme, palette.depth)
        for i in grid.changes(since: previous) {
            let x = i % grid.width, y = i / grid.width
            let cell = grid.cells[i]
            var attrs = fl_a_normal()
            if cell.style.bold { attrs |= fl_a_bold() }
            if cell.style.reverse { attrs |= fl_a_reverse() }
            if cell.style.underline { attrs |= fl_a_underline() }
            let pair = self.pair(fg: palette.color(cell.style.fg), bg: palette.color(cell.style.bg))
            var wide: [wchar_t] = [wchar_t(cell.char.value), 0]
            _ = fl_put(Int32(y), Int32(x), &wide, attrs, pair)
        }
        previous = grid
        refresh()
        if crashAfterFirstDraw { fatalError("deliberate crash requested by the hidden --crash-test flag") }
    }

    /// A colour pair for the two colours, allocated on first use; pair 0 (the defaults) when pairs run out.
    private func pair(fg: TerminalColor, bg: TerminalColor) -> Int32 {
        func number(_ c: TerminalColor) -> Int32 {
            switch c {
            case .default: return -1
            case .index(let i): return Int32(min(i, max(0, colors - 1)))
            case .rgb(let rgb): return colors >= 1 << 24 ? Int32(rgb.r) << 16 | Int32(rgb.g) << 8 | Int32(rgb.b) : -1
            }
        }
        let key = PairKey(fg: number(fg), bg: number(bg))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard nextPair < fl_color_pairs(), colors > 0 else { return 0 }
        let p = nextPair
        nextPair += 1
        init_extended_pair(p, key.fg, key.bg)
        pairs[key] = p
        return p
    }

    /// Waits up to `milliseconds` for input; nil on timeout or an interrupted wait.
    ///
    /// A quit signal comes back as `.signal`. A hang-up (input at POLLHUP or in error, or reads that keep
    /// failing at once) comes back as `.hangup`, so the loop never spins on a terminal that is gone.
    public func read(timeout milliseconds: Int) -> TerminalEvent? {
        if let signal = pendingSignal() { return signal }
        timeout(Int32(milliseconds))
        var ch: wint_t = 0
        let started = now()
        let r = get_wch(&ch)
        if r == fl_err() {
            if let signal = pendingSignal() { return signal }
            if fl_stdin_hung_up() != 0 { return .hangup }
            failedReads = now() - started < Double(milliseconds) / 2 ? failedReads + 1 : 0
            return failedReads >= 50 ? .hangup : nil
        }
        failedReads = 0
        if r == fl_key_code_yes() { return special(Int32(ch)) }
        switch ch {
        case 27: return escapeSequence()
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    /// After an ESC that curses did not decode, read by the grammar of escape sequences: `ESC [` starts a CSI
    /// sequence (parameter and intermediate bytes, then one final byte from `@` to `~`, however long it is, as an
    /// SGR mouse report can be), `ESC O` an SS3 sequence of one byte. Anything else is a lone Esc, and the byte
    /// after it is kept as a key of its own, so Esc then `0` typed quickly is Esc and `0`. Cursor keys come in
    /// either keypad mode (a terminal back from Ctrl-Z may send `ESC [ C` where terminfo says `ESC O C`);
    /// sequences the viewer has no use for are swallowed whole.
    private func escapeSequence() -> TerminalEvent? {
        timeout(Int32(Self.sequenceGap))
        var c: wint_t = 0
        guard get_wch(&c) != fl_err() else { return .key(.escape) }
        switch c {
        case 91:  // '['
            var body: [UInt32] = []
            while body.count < Self.longestSequence {
                var b: wint_t = 0
                guard get_wch(&b) != fl_err() else { return nil }  // cut short: swallow what came
                body.append(UInt32(b))
                if (0x40...0x7E).contains(b) { break }
            }
            return Self.csi(String(String.UnicodeScalarView(body.compactMap(Unicode.Scalar.init))))
        case 79:  // 'O'
            var b: wint_t = 0
            guard get_wch(&b) != fl_err(), let scalar = Unicode.Scalar(UInt32(b)) else { return .key(.escape) }
            return Self.csi(String(Character(scalar)))
        default:
            _ = unget_wch(wchar_t(c))
            return .key(.escape)
        }
    }

    /// How long the bytes of one escape sequence may be apart, in milliseconds.
    static let sequenceGap = 10
    /// The longest escape sequence read; past it the bytes are dropped.
    static let longestSequence = 64

    /// The key a CSI or SS3 sequence body (after `ESC [` or `ESC O`) stands for, if any.
    static func csi(_ body: String) -> TerminalEvent? {
        switch body {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H", "1~", "7~": return .key(.home)
        case "F", "4~", "8~": return .key(.end)
        case "5~": return .key(.pageUp)
        case "6~": return .key(.pageDown)
        case "P", "11~": return .key(.function(1))
        case "21~": return .key(.function(10))
        default: return nil
        }
    }

    private func special(_ code: Int32) -> TerminalEvent? {
        if (fl_key_f(1)...fl_key_f(12)).contains(code) { return .key(.function(Int(code - fl_key_f(0)))) }
        switch code {
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case fl_key_resize():
            previous = nil
            let s = size
            return .resize(width: s.width, height: s.height)
        case fl_key_mouse(): return mouse()
        default: return nil
        }
    }

    private func mouse() -> TerminalEvent? {
        var e = MEVENT()
        guard getmouse(&e) == OK else { return nil }
        let x = Int(e.x), y = Int(e.y)
        if e.bstate & fl_button4_pressed() != 0 { return .mouse(.wheel(up: true, x: x, y: y)) }
        if e.bstate & fl_button5_pressed() != 0 { return .mouse(.wheel(up: false, x: x, y: y)) }
        if e.bstate & fl_button1_pressed() != 0 {
            pressed = (x, y)
            return nil
        }
        if e.bstate & fl_button1_released() != 0 {
            defer { pressed = nil }
            if let p = pressed, p != (x, y) { return .mouse(.drag(fromX: p.x, fromY: p.y, toX: x, toY: y)) }
            return .mouse(.click(x: x, y: y))
        }
        if e.bstate & fl_button1_clicked() != 0 { return .mouse(.click(x: x, y: y)) }
        return nil
    }
}
