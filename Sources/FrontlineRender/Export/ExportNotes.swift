import FoundationEssentials
import FrontlineCore

/// What a published picture carries besides the frame: a title with the date, a legend and the attribution.
public struct ExportNotes: Sendable {
    /// One faction's line of the legend.
    public struct LegendRow: Sendable {
        public let faction: FactionID
        public let name: String
        /// The faction's fill pattern, which stands for its colour in a picture without colour.
        public let glyph: String
        public let km2: Double
        /// Percent of Syria and Iraq together.
        public let percent: Double
    }

    public let title: String
    public let legend: [LegendRow]
    /// Sources and licences: the map's, then those of the day's changes.
    public let footer: [String]

    /// The map's sources and licences, as the README and `Data/SOURCES.md` give them.
    public static let mapSources =
        "Map: OCHA COD-AB boundaries (CC BY 3.0 IGO), Natural Earth (public domain), "
        + "GeoNames (CC BY 4.0), GSHHG (LGPL-3+)."

    /// The notes for `scene`'s day: factions shown, their areas, and the sources of that day's changes.
    public init(scene: Scene) {
        let data = scene.data
        title = "Frontline: territorial control in Syria and Iraq, \(scene.day.weekday) \(scene.day)"
        let stats = AreaStatistics(data: data, controls: scene.regionControls, country: nil)
        legend = data.timeline.factions.ids.filter { !scene.hidden.contains($0) && stats.byFaction[faction: $0] > 0 }
            .map {
                LegendRow(
                    faction: $0, name: Sanitizer.printable(data.timeline.factions[$0].name),
                    glyph: String(Glyphs(unicode: scene.options.unicode).fill(data.timeline.factions[$0])),
                    km2: stats.byFaction[faction: $0], percent: stats.percent($0))
            }
        var footer = [Self.mapSources]
        let steps = data.history.steps(on: scene.day)
        var seen = Set<Int>()
        let sources = steps.compactMap {
            seen.insert($0.change).inserted ? data.timeline.changes[$0.change].source : nil
        }
        if sources.isEmpty {
            footer.append(
                "Control: Frontline's timeline (Data/timeline), every change with its source; no change on "
                    + "\(scene.day)."
            )
        } else {
            let listed = Set(sources.map(\.description)).sorted()
            footer.append(
                "Changes on \(scene.day) (\(steps.count) region\(steps.count == 1 ? "" : "s")): "
                    + Sanitizer.printable(listed.joined(separator: "; ")) + ".")
        }
        footer.append(
            "Sources of every region's control: frontline query or changes. Wikipedia articles are CC BY-SA (facts "
                + "only, no text copied)."
        )
        self.footer = footer
    }
}

/// Escapes text for XML and HTML, replacing characters XML 1.0 cannot hold.
func xmlEscaped(_ s: String) -> String {
    escaping(s) { u in
        switch u {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        default:
            let v = u.value
            let ok =
                v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
                || v >= 0x10000
            return ok ? nil : "\u{FFFD}"
        }
    }
}

extension RGB {
    /// `#rrggbb`.
    var hex: String { String(cFormat: "#%02x%02x%02x", r, g, b) }
}

/// The colours a file picture resolves inks to: the palette's RGB, and a fixed page colour for the terminal default.
struct PictureColors {
    let palette: Palette

    /// The terminal's default background and text, as a dark terminal shows them (black on white without colour).
    var page: RGB { palette.hasColor ? RGB(r: 16, g: 16, b: 16) : RGB(r: 255, g: 255, b: 255) }
    var text: RGB { palette.hasColor ? RGB(r: 224, g: 224, b: 224) : RGB(r: 0, g: 0, b: 0) }

    /// The background and foreground a style shows, reverse video applied.
    func resolve(_ style: Style) -> (bg: RGB, fg: RGB) {
        let bg = (palette.hasColor ? palette.rgb(style.bg) : nil) ?? page
        let fg = (palette.hasColor ? palette.rgb(style.fg) : nil) ?? text
        return style.reverse ? (fg, bg) : (bg, fg)
    }
}

extension Scene {
    /// The palette the renderer resolves this scene's inks with.
    public var palette: Palette {
        Palette(depth: options.depth, scheme: options.scheme, factions: data.timeline.factions)
    }
}
