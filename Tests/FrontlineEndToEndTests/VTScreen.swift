/// A minimal terminal emulator for the sequences Frontline writes: printable characters with pending wrap, LF and
/// CR, cursor position (CUP), erase display, SGR (bold, underline, reverse, 8/16/256/24-bit colours) and private
/// modes (ignored). Enough to replay `print` and an asciicast and compare the screens cell by cell.
struct VTScreen: Equatable {
    struct Pen: Hashable {
        var fg = "default", bg = "default", bold = false, underline = false, reverse = false
    }

    struct Cell: Hashable {
        var char: Unicode.Scalar = " "
        var pen = Pen()
    }

    let width: Int, height: Int
    private(set) var cells: [Cell]
    private var x = 0, y = 0, pendingWrap = false, pen = Pen()

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Cell(), count: width * height)
    }

    static func == (a: VTScreen, b: VTScreen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    /// The rows as text.
    var text: String {
        (0..<height).map { r in String(String.UnicodeScalarView(cells[r * width..<(r + 1) * width].map(\.char))) }
            .joined(separator: "\n")
    }

    /// The first `rows` rows as a screen of their own.
    func top(_ rows: Int) -> VTScreen {
        var s = VTScreen(width: width, height: rows)
        s.cells = Array(cells.prefix(rows * width))
        return s
    }

    mutating func feed(_ text: String) {
        var it = Array(text.unicodeScalars)[...]
        while let c = it.popFirst() {
            switch c {
            case "\u{1B}":
                guard it.first == "[" else { continue }
                it.removeFirst()
                var params = ""
                while let p = it.first, ("0"..."9").contains(p) || p == ";" || p == "?" {
                    params.unicodeScalars.append(p)
                    it.removeFirst()
                }
                guard let final = it.popFirst() else { return }
                csi(final, params)
            case "\n":
                pendingWrap = false
                x = 0
                y += 1
            case "\r":
                pendingWrap = false
                x = 0
            default:
                if pendingWrap {
                    x = 0
                    y += 1
                    pendingWrap = false
                }
                if y < height && x < width { cells[y * width + x] = Cell(char: c, pen: pen) }
                if x == width - 1 { pendingWrap = true } else { x += 1 }
            }
        }
    }

    private mutating func csi(_ final: Unicode.Scalar, _ params: String) {
        if params.hasPrefix("?") { return }
        let n = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        switch final {
        case "H":
            y = max(1, n.first ?? 1) - 1
            x = max(1, n.count > 1 ? n[1] : 1) - 1
            pendingWrap = false
        case "J": cells = Array(repeating: Cell(pen: Pen(bg: pen.bg)), count: width * height)
        case "m": sgr(n.isEmpty ? [0] : n)
        default: break
        }
    }

    private mutating func sgr(_ n: [Int]) {
        var i = 0
        while i < n.count {
            let p = n[i]
            switch p {
            case 0: pen = Pen()
            case 1: pen.bold = true
            case 4: pen.underline = true
            case 7: pen.reverse = true
            case 30...37, 90...97: pen.fg = "i\(p >= 90 ? p - 82 : p - 30)"
            case 40...47, 100...107: pen.bg = "i\(p >= 100 ? p - 92 : p - 40)"
            case 39: pen.fg = "default"
            case 49: pen.bg = "default"
            case 38, 48:
                var color = ""
                if i + 1 < n.count, n[i + 1] == 2, i + 4 < n.count {
                    color = "rgb\(n[i + 2]),\(n[i + 3]),\(n[i + 4])"
                    i += 4
                } else if i + 2 < n.count, n[i + 1] == 5 {
                    color = "i\(n[i + 2])"
                    i += 2
                }
                if p == 38 { pen.fg = color } else { pen.bg = color }
            default: break
            }
            i += 1
        }
    }
}
