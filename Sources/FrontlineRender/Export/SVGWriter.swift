import FoundationEssentials
import FrontlineCore

/// Writes a frame as an SVG picture: merged background rectangles, text runs, a title, a legend and a footer.
public enum SVGWriter {
    static let cellWidth = 8, cellHeight = 16, titleHeight = 28, lineHeight = 16

    /// The SVG document of `grid` with `notes`, in the palette's colours.
    public static func render(_ grid: CellGrid, palette: Palette, notes: ExportNotes) -> String {
        let colors = PictureColors(palette: palette)
        let cw = cellWidth, ch = cellHeight
        let frameTop = titleHeight
        let legendTop = frameTop + grid.height * ch + 12
        let width = max(grid.width * cw, 640)
        let columns = max(1, min(3, width / 360))
        let legendRows = (notes.legend.count + columns - 1) / columns + 1
        let footerTop = legendTop + legendRows * lineHeight + 8
        // About 7 px a character at the footer's 11 px.
        let footer = notes.footer.flatMap { wrap($0, width: width / 7) }
        let height = footerTop + footer.count * lineHeight + 8
        var classes = ClassTable()
        var body = ""
        for r in mergedRects(grid, colors: colors) {
            body +=
                "<rect x=\"\(r.x * cw)\" y=\"\(frameTop + r.y * ch)\" width=\"\(r.width * cw)\" "
                + "height=\"\(r.height * ch)\" class=\"\(classes.fill(r.color))\"/>\n"
        }
        for t in textRuns(grid) {
            let (_, fg) = colors.resolve(t.style)
            let cls = classes.text(fg, bold: t.style.bold, underline: t.style.underline)
            body +=
                "<text x=\"\(t.x * cw)\" y=\"\(frameTop + t.y * ch + 12)\" "
                + "textLength=\"\(t.text.unicodeScalars.count * cw)\" "
                + "class=\"\(cls)\">\(xmlEscaped(t.text))</text>\n"
        }
        var extra =
            "<text x=\"4\" y=\"19\" class=\"\(classes.text(colors.text, bold: true, underline: false)) "
            + "title\">\(xmlEscaped(notes.title))</text>\n"
        let columnWidth = width / columns
        extra +=
            "<text x=\"4\" y=\"\(legendTop + 11)\" "
            + "class=\"\(classes.text(colors.text, bold: true, underline: false))\">"
            + "Area held: km² and % of Syria and Iraq together</text>\n"
        for (i, row) in notes.legend.enumerated() {
            let x = 4 + (i % columns) * columnWidth, y = legendTop + (i / columns + 1) * lineHeight
            // The swatch is the faction's colour, or its fill pattern without colour.
            if palette.hasColor, let swatch = palette.rgb(.faction(row.faction)) {
                extra +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"12\" height=\"12\" class=\"\(classes.fill(swatch))\" "
                    + "stroke=\"\(colors.text.hex)\"/>"
            }
            let label =
                (palette.hasColor ? "" : row.glyph + " ")
                + "\(row.name): \(Panels.km(row.km2)) km², \(String(cFormat: "%.1f", row.percent))%"
            extra +=
                "<text x=\"\(x + (palette.hasColor ? 18 : 0))\" y=\"\(y + 11)\" "
                + "class=\"\(classes.text(colors.text, bold: false, underline: false))\">"
            extra += xmlEscaped(label) + "</text>\n"
        }
        for (i, line) in footer.enumerated() {
            extra +=
                "<text x=\"4\" y=\"\(footerTop + i * lineHeight + 11)\" "
                + "class=\"\(classes.text(colors.text, bold: false, underline: false)) "
                + "small\">\(xmlEscaped(line))</text>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" xml:space=\"preserve\">\n"
        out += "<title>\(xmlEscaped(notes.title))</title>\n<style>\n"
        out +=
            "text{font-family:'DejaVu Sans "
            + "Mono',Menlo,Consolas,monospace;font-size:13px}\n.title{font-size:15px}\n.small{font-size:11px}\n"
        out += classes.css + "</style>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"\(colors.page.hex)\"/>\n"
        out += body + extra + "</svg>\n"
        return out
    }

    /// A run of cells sharing a background, possibly several rows high.
    struct ColorRect: Hashable {
        var x: Int, y: Int, width: Int, height: Int
        var color: RGB
    }

    /// Rows of equal-background cells merged into horizontal runs, and equal runs of consecutive rows into one
    /// rectangle; the page colour is left to the page.
    static func mergedRects(_ grid: CellGrid, colors: PictureColors) -> [ColorRect] {
        var done: [ColorRect] = []
        var open: [Int: ColorRect] = [:]  // keyed by x, for runs still growing downwards
        for y in 0..<grid.height {
            var runs: [ColorRect] = []
            var x = 0
            while x < grid.width {
                let bg = colors.resolve(grid[x, y].style).bg
                var end = x + 1
                while end < grid.width && colors.resolve(grid[end, y].style).bg == bg { end += 1 }
                if bg != colors.page { runs.append(ColorRect(x: x, y: y, width: end - x, height: 1, color: bg)) }
                x = end
            }
            var next: [Int: ColorRect] = [:]
            for run in runs {
                if var o = open[run.x], o.width == run.width, o.color == run.color {
                    o.height += 1
                    next[run.x] = o
                    open[run.x] = nil
                } else {
                    next[run.x] = run
                }
            }
            done += open.values
            open = next
        }
        return (done + open.values).sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }
}

/// A run of visible characters on one row sharing a text style.
struct TextRun {
    let x: Int, y: Int
    let text: String
    let style: Style
}

/// The visible characters of each row as runs of one foreground style; spaces join runs of the same style.
func textRuns(_ grid: CellGrid) -> [TextRun] {
    var runs: [TextRun] = []
    for y in 0..<grid.height {
        var start = -1, text = String.UnicodeScalarView(), style = Style.plain, spaces = 0
        func close() {
            if start >= 0 { runs.append(TextRun(x: start, y: y, text: String(text), style: style)) }
            start = -1
            text = String.UnicodeScalarView()
        }
        for x in 0..<grid.width {
            let cell = grid[x, y]
            if cell.char == " " {
                spaces += 1
                continue
            }
            let s = Style(
                fg: cell.style.fg, bg: cell.style.reverse ? cell.style.bg : .standard, bold: cell.style.bold,
                reverse: cell.style.reverse, underline: cell.style.underline)
            if start >= 0 && s == style {
                text.append(contentsOf: repeatElement(" ", count: spaces))
            } else {
                close()
                start = x
                style = s
            }
            text.append(cell.char)
            spaces = 0
        }
        close()
    }
    return runs
}

/// Names CSS classes for colours and text styles as they are first used.
struct ClassTable {
    var names: [String: String] = [:]
    var css = ""

    mutating func name(_ rule: String, prefix: String) -> String {
        if let n = names[rule] { return n }
        let n = "\(prefix)\(names.count)"
        names[rule] = n
        css += ".\(n){\(rule)}\n"
        return n
    }

    mutating func fill(_ c: RGB) -> String { name("fill:\(c.hex)", prefix: "b") }

    mutating func text(_ c: RGB, bold: Bool, underline: Bool) -> String {
        name(
            "fill:\(c.hex)" + (bold ? ";font-weight:bold" : "") + (underline ? ";text-decoration:underline" : ""),
            prefix: "t")
    }
}
