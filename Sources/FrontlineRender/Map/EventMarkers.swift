import FrontlineCore

/// What a frame shows of the fighting events: markers for a window of days, and deaths per week in the strip.
public struct FightingLayer: Sendable {
    public var log: FightingLog
    /// The window of days ending on the scene's day whose events are drawn.
    public var window: EventWindow
    /// Whether markers are drawn on the map and counted in the panels (the `v` layer).
    public var markers: Bool
    /// Whether the timeline strip plots deaths per week instead of a faction's area.
    public var stripDeaths: Bool

    public init(log: FightingLog, window: EventWindow = .week, markers: Bool = true, stripDeaths: Bool = false) {
        self.log = log
        self.window = window
        self.markers = markers
        self.stripDeaths = stripDeaths
    }
}

/// How heavy an event marker is drawn, from the deaths of the events in its cell.
enum MarkerWeight: Int, Comparable {
    case none, some, many

    /// No deaths, 1 to 9, 10 or more (best estimates, summed over the cell).
    init(deaths: Int) { self = deaths == 0 ? .none : deaths < 10 ? .some : .many }

    static func < (a: MarkerWeight, b: MarkerWeight) -> Bool { a.rawValue < b.rawValue }

    /// Dim, bright or alarm ink on black in colour; plain, bold or bold reversed without colour.
    func style(color: Bool) -> Style {
        switch self {
        case .none: return color ? Style(fg: .dimText, bg: .black) : Style()
        case .some: return color ? Style(fg: .white, bg: .black, bold: true) : Style(bold: true)
        case .many: return color ? Style(fg: .warning, bg: .black, bold: true) : Style(bold: true, reverse: true)
        }
    }
}

extension Glyphs {
    /// The marker of a type of violence: ✕ state-based, ✦ non-state, † one-sided (ASCII X, &, V).
    func event(_ v: Violence) -> Unicode.Scalar {
        switch v {
        case .state: return unicode ? "✕" : "X"
        case .nonState: return unicode ? "✦" : "Y"  // & is the mark's outline
        case .oneSided: return unicode ? "†" : "V"
        }
    }
}

extension MapLayer {
    /// Draws a marker at the cell of every precisely located event of the window; returns the cells drawn
    /// (indices into the map), which town labels then leave free. In a cell with several events the glyph is
    /// that of the deadliest, and the weight that of their summed deaths.
    func drawEvents(into grid: inout CellGrid) -> [Int] {
        guard let layer = scene.fighting, layer.markers else { return [] }
        let w = rect.width, h = rect.height
        let log = layer.log
        var cells: [Int: (violence: Violence, top: Int, deaths: Int)] = [:]
        for i in log.indices(window: layer.window, endingOn: scene.day) {
            let e = log.events[i]
            guard e.isPrecise else { continue }
            let c = scene.camera.cell(of: e.point, width: w, height: h)
            guard c.x >= 0, c.y >= 0, c.x < w, c.y < h else { continue }
            let key = c.y * w + c.x
            let old = cells[key] ?? (e.violence, -1, 0)
            cells[key] = (
                e.deaths.best > old.top ? e.violence : old.violence, max(old.top, e.deaths.best),
                old.deaths + e.deaths.best
            )
        }
        for (key, m) in cells {
            grid[rect.x + key % w, rect.y + key / w] = Cell(
                glyphs.event(m.violence), MarkerWeight(deaths: m.deaths).style(color: palette.hasColor))
        }
        return Array(cells.keys)
    }
}

extension Panels {
    /// The region panel's line for the events near `region`, when the layer is on.
    func eventLine(region: Region) -> (String, Style)? {
        guard let layer = scene.fighting, layer.markers else { return nil }
        let near = layer.log.recent(near: region.point, endingOn: scene.day)
        let deaths = near.reduce(0) { $0 + layer.log.events[$1].deaths.best }
        return (
            "events within \(Int(FightingLog.nearbyKm)) km, last 7 days: \(near.count), deaths \(deaths)"
                + (near.isEmpty ? "" : " (i lists)"),
            Style(fg: palette.hasColor ? .warning : .standard)
        )
    }

    /// The strip's values from 0 to 1 and its label, when it plots deaths per week; nil otherwise.
    func deathStrip(width: Int, total: Int) -> (values: [Double], label: String)? {
        guard let layer = scene.fighting, layer.stripDeaths else { return nil }
        let peak = max(1, layer.log.deathsPerWeek.max() ?? 1)
        let values = (0..<width).map { layer.log.deaths(weekOf: Era.first.adding(days: $0 * total / width)) / peak }
        return (values, "UCDP deaths per week, Syria 2016-2019, peak \(Int(peak.rounded())) (t cycles)")
    }
}
