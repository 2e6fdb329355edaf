/// Turns a frame into text for stdout: plain, or with ANSI SGR colour sequences at the palette's depth.
public enum ANSIWriter {
    /// The frame as lines; with colour, each style change emits one SGR sequence and each line ends with a reset.
    ///
    /// The frame is built as UTF-8 bytes, each style's sequence worked out once per frame.
    public static func render(_ grid: CellGrid, palette: Palette, color: Bool) -> String {
        guard color else { return grid.text + "\n" }
        let reset = Array("\u{1B}[0m\n".utf8)
        var sequences: [Style: [UInt8]] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(grid.width * grid.height * 4)
        for y in 0..<grid.height {
            var current: Style?
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.style != current {
                    if let bytes = sequences[cell.style] {
                        out += bytes
                    } else {
                        let bytes = Array(sgr(cell.style, palette).utf8)
                        sequences[cell.style] = bytes
                        out += bytes
                    }
                    current = cell.style
                }
                UTF8.encode(cell.char) { out.append($0) }
            }
            out += reset
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func sgr(_ style: Style, _ palette: Palette) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes += parameters(palette.color(style.fg), background: false)
        codes += parameters(palette.color(style.bg), background: true)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func parameters(_ c: TerminalColor, background: Bool) -> [String] {
        switch c {
        case .default: return []
        case .rgb(let rgb): return [background ? "48" : "38", "2", "\(rgb.r)", "\(rgb.g)", "\(rgb.b)"]
        case .index(let i):
            if i < 8 { return ["\((background ? 40 : 30) + i)"] }
            if i < 16 { return ["\((background ? 100 : 90) + i - 8)"] }
            return [background ? "48" : "38", "5", "\(i)"]
        }
    }
}
