import FrontlineRender

/// What a terminal backend reports to the viewer loop: input, a new size, a quit signal or a hang-up.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A quit signal (SIGINT, SIGTERM or SIGHUP), by number.
    case signal(Int32)
    /// The terminal went away: its input hung up or kept failing.
    case hangup
}

/// A screen size in cells.
public struct ScreenSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A screen the viewer loop draws on and reads from: the ncurses terminal, or a fake one in tests.
public protocol TerminalBackend: AnyObject {
    /// The screen's current size.
    var size: ScreenSize { get }
    /// Shows `grid`, writing only what differs from the last frame unless `full`.
    func draw(_ grid: CellGrid, palette: Palette, full: Bool)
    /// Waits up to `milliseconds` for an event; nil when none came.
    func read(timeout milliseconds: Int) -> TerminalEvent?
    /// Milliseconds on a monotonic clock.
    func now() -> Double
}
