import FoundationEssentials
import FrontlineCore

/// A semantic colour: what a cell means, resolved to a terminal colour by a ``Palette``.
public enum Ink: Hashable, Sendable {
    /// The terminal's own default colour.
    case standard
    /// A faction's colour.
    case faction(FactionID)
    /// Regions of filtered-out factions, and unknown control.
    case neutral
    case sea, lake, neighbour, river
    /// Country and governorate border glyphs.
    case border, borderMinor
    /// Ordinary text on the map: town names.
    case label
    /// Panels and status line.
    case panel, panelText, dimText, accent, warning, cursor, changed
    /// Black or white, for text on a coloured background.
    case black, white
}

/// How a cell is drawn: foreground and background inks and attributes.
public struct Style: Hashable, Sendable {
    public var fg: Ink
    public var bg: Ink
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        fg: Ink = .standard, bg: Ink = .standard, bold: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}

/// One terminal cell: a single-width character and its style.
public struct Cell: Hashable, Sendable {
    public var char: Unicode.Scalar
    public var style: Style

    public init(_ char: Unicode.Scalar, _ style: Style = .plain) {
        self.char = char
        self.style = style
    }

    public static let blank = Cell(" ")
}

/// A frame: width × height cells, drawn into by the renderer and flushed by a backend, diffed against the last.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Whether (x, y) is inside the grid.
    @inline(__always)
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets one cell if it is inside the grid.
    @inline(__always)
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        if contains(x: x, y: y) { cells[y * width + x] = cell }
    }

    /// Writes `text` from (x, y) on one line, sanitised and cut at `maxWidth` columns (or the edge); returns the
    /// columns written. Characters that take two columns, or none, are replaced so the grid stays aligned.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? width, width - x)
        var n = 0
        for scalar in Sanitizer.printable(text).unicodeScalars {
            if n >= limit { break }
            if x + n >= 0 { cells[y * width + x + n] = Cell(Self.singleWidth(scalar), style) }
            n += 1
        }
        return max(0, n)
    }

    /// Fills a rectangle.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { cells[yy * width + xx] = cell }
        }
    }

    /// Replaces every non-ASCII character: accents are dropped (`Ḩamāh` → `Hamah`), quotes and dashes become
    /// their ASCII forms, arrows `>`, anything else `?`. For terminals without Unicode.
    public mutating func foldToASCII() {
        for i in cells.indices where !cells[i].char.isASCII {
            cells[i].char = Self.ascii(cells[i].char)
        }
    }

    static func ascii(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "\u{2018}", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{02BB}", "\u{00B4}": return "'"
        case "\u{201C}", "\u{201D}": return "\""
        case "\u{2013}", "\u{2014}", "\u{2212}", "\u{2500}": return "-"
        case "\u{2192}", "\u{25B6}": return ">"
        case "\u{2190}": return "<"
        case "\u{2191}", "\u{25B2}": return "^"
        case "\u{2193}": return "v"
        case "\u{2502}": return "|"
        case "\u{00D7}": return "x"
        case "\u{2026}": return "."
        default: return ScalarFold.asciiBase(s) ?? "?"
        }
    }

    /// The characters only, one line per row, trailing spaces kept: for golden tests and `print --color never`.
    public var text: String {
        var out = String.UnicodeScalarView()
        for y in 0..<height {
            for x in 0..<width { out.append(cells[y * width + x].char) }
            if y < height - 1 { out.append("\n") }
        }
        return String(out)
    }

    /// The positions whose cells differ from `old` (all, if the sizes differ): what a backend must redraw.
    public func changes(since old: CellGrid?) -> [Int] {
        guard let old, old.width == width, old.height == height else { return Array(cells.indices) }
        return cells.indices.filter { cells[$0] != old.cells[$0] }
    }

    /// A scalar that occupies exactly one terminal column: wide (East Asian) and zero-width ones become `?`.
    static func singleWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x300 { return s }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark {
            return "?"
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return "?"
        }
        return s
    }
}
