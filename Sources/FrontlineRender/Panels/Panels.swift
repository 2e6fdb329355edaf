import FoundationEssentials
import FrontlineCore

/// The status line, the legend, the region and changes panels, and the timeline strip.
struct Panels {
    let scene: Scene
    let palette: Palette
    let glyphs: Glyphs

    var data: DataSet { scene.data }
    let label = Style(fg: .accent, bold: true)
    let dim = Style(fg: .dimText)

    func draw(into grid: inout CellGrid, layout: Layout) {
        drawStatus(into: &grid, rect: layout.status)
        var y = layout.panel.y
        let x = layout.panel.x + 1, w = layout.panel.width - 1
        let bottom = layout.panel.y + layout.panel.height
        for yy in layout.panel.y..<bottom { grid[layout.panel.x, yy] = Cell(glyphs.unicode ? "│" : "|", dim) }
        y = drawLegend(into: &grid, x: x, y: y, width: w)
        y = drawRegion(into: &grid, x: x, y: y + 1, width: w, bottom: bottom)
        drawChanges(into: &grid, x: x, y: y + 1, width: w, bottom: bottom)
        drawStrip(into: &grid, rect: layout.strip)
    }

    // MARK: status line

    func drawStatus(into grid: inout CellGrid, rect: Rect) {
        let style = Style(fg: .black, bg: .accent)
        let bar = palette.hasColor ? style : Style(reverse: true)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, with: Cell(" ", bar))
        if let prompt = scene.prompt {
            grid.put(" " + prompt + "█", x: 0, y: rect.y, style: bar)
            return
        }
        let h = data.history
        var parts = [
            " \(scene.day.weekday.prefix(3)) \(scene.day)",
            "change \(h.changeDayNumber(at: scene.day))/\(h.days.count)"
        ]
        if let reference = scene.reference { parts.insert(markStatus(reference), at: 1) }
        if scene.playing { parts.append("\(glyphs.unicode ? "▶" : ">") \(scene.speed) d/s") }
        if !scene.hidden.isEmpty {
            let factions = data.timeline.factions
            let shown = factions.ids.filter { !scene.hidden.contains($0) }
            // Name the shorter list: what is hidden, or, when most is, what is left.
            parts.append(
                scene.hidden.count * 2 > factions.count
                    ? "only: " + (shown.isEmpty ? "none" : shown.map { factions[$0].short }.joined(separator: ","))
                    : "hidden: " + scene.hidden.sorted().map { factions[$0].short }.joined(separator: ","))
        }
        if scene.highlightChanges { parts.append("changes lit") }
        if let f = scene.fighting, f.markers { parts.append("events: \(f.window.label) (V)") }
        parts.append(String(cFormat: "%.1f km/col", scene.camera.kmPerColumn))
        let cursor = scene.cursor
        parts.append(
            String(cFormat: "%.2f", abs(cursor.lat)) + (cursor.lat >= 0 ? "N " : "S ")
                + String(cFormat: "%.2f", abs(cursor.lon)) + (cursor.lon >= 0 ? "E" : "W"))
        if let m = scene.message { parts.append(m) }
        var text = parts.joined(separator: "  ")
        let help = scene.keyHint.isEmpty ? "" : scene.keyHint + " "
        if scene.options.cursorAndHint, !help.isEmpty, text.count + help.count + 2 <= rect.width {
            text += String(repeating: " ", count: rect.width - text.count - help.count) + help
        }
        grid.put(text, x: 0, y: rect.y, style: Style(fg: bar.fg, bg: bar.bg, bold: true, reverse: bar.reverse))
    }

    // MARK: legend

    /// The legend: one row per faction with its swatch, area, shares of Syria and Iraq and the day's change.
    func drawLegend(into grid: inout CellGrid, x: Int, y: Int, width: Int) -> Int {
        var y = y
        let sy = AreaStatistics(data: data, controls: scene.regionControls, country: "SY")
        let iq = AreaStatistics(data: data, controls: scene.regionControls, country: "IQ")
        let wide = width >= 36
        let marked = wide && scene.reference != nil
        grid.put(
            marked ? Self.markHeader : wide ? "   faction  km2      %SY   %IQ  1 day" : "   faction  km2    %SY  %IQ",
            x: x, y: y, style: label)
        y += 1
        for (f, faction) in zip(data.timeline.factions.ids, data.timeline.factions) {
            let hidden = scene.hidden.contains(f)
            let swatch = palette.swatch(for: .faction(f), glyphs: glyphs, factions: data.timeline.factions)
            grid.set(x, y, Cell(Unicode.Scalar(UInt8(ascii: "1") + UInt8(f.index)), dim))
            grid.set(x + 1, y, hidden ? Cell(" ") : swatch)
            let km = sy.byFaction[faction: f] + iq.byFaction[faction: f]
            let delta = km - (scene.day > Era.first ? scene.series.area(f, on: scene.day.adding(days: -1)) : km)
            var text = String(faction.short.prefix(6)).padded(to: 7)
            text += Self.km(km).leftPad(wide ? 7 : 6)
            text += String(cFormat: marked ? "%5.1f %5.1f" : " %5.1f %5.1f", sy.percent(f), iq.percent(f))
            if let reference = scene.reference, marked, !hidden {
                text += markChange(f, km: km, total: sy.total + iq.total, reference: reference)
            } else if wide && !hidden {
                text += (delta.rounded() == 0 ? "" : String(cFormat: "%+.0f", delta)).leftPad(7)
            }
            // A hidden faction's "off" follows its row; in a narrow panel it takes the place of the share of Iraq.
            if hidden && 3 + text.count + 4 > width { text = String(text.dropLast(6)) }
            grid.put(text, x: x + 3, y: y, style: hidden ? dim : Style(), maxWidth: width - 3)
            if hidden {
                grid.put("off", x: x + 3 + text.count + (wide ? 4 : 1), y: y, style: Style(fg: .warning), maxWidth: 3)
            }
            y += 1
        }
        let contested = sy.contested + iq.contested
        if contested > 0 {
            grid.set(
                x + 1, y,
                Cell(
                    glyphs.hatch,
                    Style(fg: palette.hasColor ? .white : .standard, bg: palette.hasColor ? .neutral : .standard)))
            grid.put(
                "contested" + Self.km(contested).leftPad(wide ? 5 : 4)
                    + String(
                        cFormat: " %5.1f %5.1f", sy.contested / max(1, sy.total) * 100,
                        iq.contested / max(1, iq.total) * 100),
                x: x + 3, y: y, style: dim, maxWidth: width - 3)
            y += 1
        }
        return y
    }

    // MARK: region panel

    /// The region under the cursor: place, district, controller, since when, and the source.
    func drawRegion(into grid: inout CellGrid, x: Int, y: Int, width: Int, bottom: Int) -> Int {
        var y = y
        grid.put("Region", x: x, y: y, style: label)
        y += 1
        guard let cell = data.atlas.cell(at: scene.cursor) else {
            grid.put("off the map", x: x, y: y, style: dim)
            return y + 1
        }
        switch cell {
        case .sea:
            grid.put("sea", x: x, y: y, style: dim)
            return y + 1
        case .lake(let l):
            grid.put(data.atlas.lakes[l].name, x: x, y: y, style: dim)
            return y + 1
        case .neighbour(let c):
            grid.put(data.atlas.countries[c].name, x: x, y: y, style: dim)
            return y + 1
        case .region(let r):
            let region = data.atlas.regions[r]
            let answer = data.history.answer(region: r, at: scene.day)
            var lines: [(String, Style)] = [
                (region.displayName, Style(bold: true)),
                (
                    "\(data.atlas.district(of: region).name), \(data.atlas.governorate(of: region).name) "
                        + "(\(data.atlas.country(of: region)))",
                    dim
                ),
                (data.label(answer.control), Style(fg: palette.hasColor ? .accent : .standard, bold: true))
            ]
            if let since = answer.since, let step = answer.step {
                let change = data.timeline.changes[step.change]
                lines.append(("since \(since)\(change.certainty == .approx ? " (approx.)" : "")", Style()))
                lines.append((change.source.description, dim))
            } else if let row = answer.initial {
                lines.append(("since before \(Era.first)", Style()))
                lines.append((row.source.description, dim))
            }
            if let events = eventLine(region: region) { lines.append(events) }
            lines.append(("Enter: full history", dim))
            for (text, style) in lines {
                for piece in wrap(text, width: width).prefix(3) where y < bottom {
                    grid.put(piece, x: x, y: y, style: style, maxWidth: width)
                    y += 1
                }
            }
            return y
        }
    }

    // MARK: changes panel

    /// The changes of the current day: place, from and to, and the source. While the user chooses a row (Tab),
    /// that row is lit, and the list starts late enough to show it.
    func drawChanges(into grid: inout CellGrid, x: Int, y: Int, width: Int, bottom: Int) {
        guard y < bottom else { return }
        let steps = ChangesPanel.steps(data: data, day: scene.day, hidden: scene.hidden)
        grid.put("Changes on \(scene.day) (\(steps.count))", x: x, y: y, style: label, maxWidth: width)
        var y = y + 1
        if steps.isEmpty, y < bottom {
            let next =
                data.history.nextChangeDay(after: scene.day).map { "next: \($0)  (] or ↓)" } ?? "no later changes"
            grid.put(next, x: x, y: y, style: dim, maxWidth: width)
            return
        }
        // Each row is its line and, for the first row of a change or of the list, the source under it.
        let heights = steps.indices.map { i in i == 0 || steps[i].change != steps[i - 1].change ? 2 : 1 }
        var first = 0
        if let row = scene.changesRow, row < steps.count {
            while first < row && heights[first...row].reduce(0, +) + 2 - heights[first] > bottom - y { first += 1 }
        }
        let lit = Style(bold: true, reverse: true)
        for i in steps.indices.dropFirst(first) where y < bottom {
            let s = steps[i]
            let region = data.atlas.regions[s.region]
            let from = shortLabel(s.previous), to = shortLabel(s.control)
            let on = i == scene.changesRow
            if on { grid.fill(x: x, y: y, width: width, height: 1, with: Cell(" ", lit)) }
            grid.put(
                "\(region.english): \(from) \(glyphs.unicode ? "→" : ">") \(to)", x: x, y: y, style: on ? lit : Style(),
                maxWidth: width)
            y += 1
            if heights[i] == 2 || i == first, y < bottom {
                grid.put(
                    "  " + data.timeline.changes[s.change].source.description, x: x, y: y, style: dim, maxWidth: width)
                y += 1
            }
        }
    }

    func shortLabel(_ control: ControlID) -> String {
        let short = { (f: FactionID) in data.timeline.factions[f].short }
        return data.history.controls[control].formatted(
            faction: short, member: short, contested: { $0.joined(separator: "/") }, unknown: "?")
    }

    // MARK: timeline strip

    /// Two rows: a sparkline of one faction's area over the era, then change marks, years and today's position.
    func drawStrip(into grid: inout CellGrid, rect: Rect) {
        let total = Era.last.ordinal - Era.first.ordinal + 1
        let w = rect.width
        let f = scene.stripFaction
        let peak = max(1, scene.series.peak(f))
        let hiddenStrip = scene.hidden.contains(f)
        let today = (scene.day.ordinal - Era.first.ordinal) * w / total
        let sparks = glyphs.sparks
        // The faction's colour, unless it is too dark to see on a dark terminal (IS is near black).
        let visible = (palette.rgb(.faction(f))?.luminance ?? 1) > 0.3
        let lineStyle = palette.hasColor ? Style(fg: visible ? .faction(f) : .accent, bg: .standard) : Style()
        let deaths = deathStrip(width: w, total: total)
        for col in 0..<w {
            let d = Era.first.adding(days: col * total / w)
            let v = deaths?.values[col] ?? scene.series.area(f, on: d) / peak
            let level = hiddenStrip && deaths == nil ? 0 : Int((v * Double(sparks.count - 1)).rounded())
            var style = deaths == nil ? lineStyle : Style(fg: palette.hasColor ? .warning : .standard)
            if col == today { style = Style(fg: .cursor, bold: true, reverse: true) }
            grid[rect.x + col, rect.y] = Cell(sparks[max(0, min(sparks.count - 1, level))], style)
        }
        let label = deaths?.label ?? "\(data.timeline.factions[f].short) area 2014-2019 (t cycles)"
        grid.put(label, x: rect.x + max(0, w - label.count - 1), y: rect.y, style: dim)
        // Change marks per column.
        var counts = [Int](repeating: 0, count: w)
        for d in data.history.days { counts[min(w - 1, (d.ordinal - Era.first.ordinal) * w / total)] += 1 }
        for col in 0..<w {
            let mark: Unicode.Scalar =
                counts[col] == 0 ? " " : counts[col] < 3 ? (glyphs.unicode ? "╷" : ".") : (glyphs.unicode ? "│" : "|")
            grid[rect.x + col, rect.y + 1] = Cell(mark, dim)
        }
        for year in 2014...2019 {
            let d = Day(year: year, month: 1, day: 1)!
            let col = (d.ordinal - Era.first.ordinal) * w / total
            // A year's label gives way to today's marker rather than be cut by it.
            if (col + 1...col + 4).contains(today) { continue }
            grid.put(String(year), x: rect.x + col + 1, y: rect.y + 1, style: dim)
        }
        grid[rect.x + min(w - 1, today), rect.y + 1] = Cell(glyphs.unicode ? "▲" : "^", Style(fg: .cursor, bold: true))
    }

    /// `95,123` style, or `1.2M` when large.
    static func km(_ v: Double) -> String {
        let n = Int(v.rounded())
        if n >= 1_000_000 { return String(cFormat: "%.1fM", v / 1_000_000) }
        var s = String(n)
        var i = s.count - 3
        while i > 0 {
            s.insert(",", at: s.index(s.startIndex, offsetBy: i))
            i -= 3
        }
        return s
    }
}

/// The rows of the changes panel: the day's changes, by the region each names (its carved children follow it),
/// leaving out those between hidden factions only.
public enum ChangesPanel {
    /// The day's steps as the panel lists them, in its order: the region a change names, not every carved child,
    /// and only steps that involve a shown faction (the `changes` command's `--faction` rule).
    public static func steps(data: DataSet, day: Day, hidden: Set<FactionID>) -> [RegionStep] {
        let shown = hidden.isEmpty ? nil : Set(data.timeline.factions.ids).subtracting(hidden)
        return ChangeQuery(from: day, to: day, factions: shown).named(in: data).map(\.step)
    }
}

/// Splits text into lines of at most `width` characters, at spaces where possible.
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    for word in Sanitizer.printable(text).split(separator: " ") {
        var w = String(word)
        while w.count > width {
            if !current.isEmpty {
                lines.append(current)
                current = ""
            }
            lines.append(String(w.prefix(width)))
            w = String(w.dropFirst(width))
        }
        if current.isEmpty {
            current = w
        } else if current.count + 1 + w.count <= width {
            current += " " + w
        } else {
            lines.append(current)
            current = w
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

extension String {
    /// Right-aligned in `n` columns.
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
