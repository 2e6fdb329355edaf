import FrontlineCore

/// Writes frames as an asciicast v2 recording (the format asciinema plays), each frame diffed against the last.
///
/// The first frame clears the screen and draws every cell; later frames move the cursor to the cells that changed
/// and redraw only those, with one SGR sequence per change of style, as the viewer's backend does.
public struct AsciicastWriter {
    let palette: Palette
    let width: Int
    let height: Int
    var previous: CellGrid?
    /// The style the player's pen holds, or nil before any.
    var pen: Style?

    public init(width: Int, height: Int, palette: Palette) {
        self.width = width
        self.height = height
        self.palette = palette
    }

    /// The header line: version 2, the size, a title, and the terminal type the output assumes.
    public func header(title: String) -> String {
        JSON.object([
            ("version", .int(2)), ("width", .int(width)), ("height", .int(height)),
            ("title", .text(title)), ("env", .object([("TERM", .string("xterm-256color"))]))
        ]).rendered + "\n"
    }

    /// The event line showing `grid` at `time` seconds: only what changed since the previous frame.
    public mutating func frame(_ grid: CellGrid, time: Double) -> String {
        var out = ""
        if previous == nil {
            out += "\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"
            pen = nil
        }
        var cx = -1, cy = -1
        for i in grid.changes(since: previous) {
            let x = i % grid.width, y = i / grid.width
            if cx != x || cy != y { out += "\u{1B}[\(y + 1);\(x + 1)H" }
            let cell = grid.cells[i]
            if cell.style != pen {
                out += ANSIWriter.sgr(cell.style, palette)
                pen = cell.style
            }
            out.unicodeScalars.append(cell.char)
            // After the last column the cursor waits to wrap; the next write always moves it explicitly.
            (cx, cy) = x + 1 < grid.width ? (x + 1, y) : (-1, -1)
        }
        previous = grid
        return JSON.array([.number(time), .string("o"), .string(out)]).rendered + "\n"
    }
}
