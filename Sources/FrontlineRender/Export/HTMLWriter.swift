import FrontlineCore

/// Writes a frame as one self-contained HTML page: the coloured frame as text, the legend and the footer.
///
/// Nothing is fetched: the styles are inline and there are no scripts, images or fonts. The frame's text, with
/// the tags stripped and the entities decoded, is exactly `frontline print` at the same depth.
public enum HTMLWriter {
    /// The page for `grid` with `notes`, in the palette's colours.
    public static func render(_ grid: CellGrid, palette: Palette, notes: ExportNotes) -> String {
        let colors = PictureColors(palette: palette)
        var classes: [String: String] = [:]
        var css = ""
        func cls(_ style: Style) -> String {
            let (bg, fg) = colors.resolve(style)
            var rule = "color:\(fg.hex);background:\(bg.hex)"
            if style.bold { rule += ";font-weight:bold" }
            if style.underline { rule += ";text-decoration:underline" }
            if let n = classes[rule] { return n }
            let n = "s\(classes.count)"
            classes[rule] = n
            css += ".\(n){\(rule)}\n"
            return n
        }
        var frame = ""
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let style = grid[x, y].style
                var text = String.UnicodeScalarView()
                while x < grid.width && grid[x, y].style == style {
                    text.append(grid[x, y].char)
                    x += 1
                }
                frame += "<span class=\"\(cls(style))\">\(xmlEscaped(String(text)))</span>"
            }
            frame += "\n"
        }
        var legend = ""
        for row in notes.legend {
            let swatch =
                palette.hasColor
                ? "<span class=\"swatch\" "
                    + "style=\"background:\((palette.rgb(.faction(row.faction)) ?? colors.text).hex)\"></span>"
                : "<code>\(xmlEscaped(row.glyph))</code>"
            legend += "<tr><td>\(swatch) \(xmlEscaped(row.name))</td>"
            legend +=
                "<td class=\"n\">\(Panels.km(row.km2)) km²</td><td "
                + "class=\"n\">\(String(cFormat: "%.1f", row.percent))%</td></tr>\n"
        }
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(xmlEscaped(notes.title))</title>\n<style>\n"
        out += "body{background:\(colors.page.hex);color:\(colors.text.hex);font-family:sans-serif;margin:1em}\n"
        out +=
            "pre.frame{font-family:'DejaVu Sans "
            + "Mono',Menlo,Consolas,monospace;font-size:13px;line-height:1.2;display:inline-block}\n"
        out +=
            ".swatch{display:inline-block;width:1em;height:1em;vertical-align:middle;border:1px solid "
            + "\(colors.text.hex)}\n"
        out += "td.n{text-align:right;padding-left:1em}\nfooter{font-size:small}\n"
        out += css + "</style>\n</head>\n<body>\n"
        out += "<h1>\(xmlEscaped(notes.title))</h1>\n"
        out += "<pre class=\"frame\">" + frame + "</pre>\n"
        out +=
            "<table class=\"legend\">\n<tr><th>faction</th><th>area</th><th>of Syria and Iraq</th></tr>\n" + legend
            + "</table>\n"
        out += "<footer>\n" + notes.footer.map { "<p>\(xmlEscaped($0))</p>\n" }.joined() + "</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }
}
