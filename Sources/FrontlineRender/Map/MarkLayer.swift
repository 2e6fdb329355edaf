import FoundationEssentials
import FrontlineCore

/// A marked reference day and who held each region then: the viewer shows what changed since.
public struct Reference: Hashable, Sendable {
    public let day: Day
    /// The control index of every region on ``day``.
    public let controls: [ControlID]

    public init(day: Day, controls: [ControlID]) {
        self.day = day
        self.controls = controls
    }
}

extension Glyphs {
    /// The outline of the regions whose controller differs from the mark: neither a fill pattern nor the day's
    /// change glyph, so it reads without colour.
    var marked: Unicode.Scalar { unicode ? "░" : "&" }
}

extension MapLayer {
    /// Outlines the area whose controller differs from the reference: its cells next to any cell that does not.
    func drawMark(into grid: inout CellGrid, samples: [Int]) {
        guard let reference = scene.reference else { return }
        let w = rect.width, h = rect.height
        func differs(_ x: Int, _ y: Int) -> Bool {
            guard x >= 0, y >= 0, x < w, y < h else { return false }
            guard let r = Self.region(samples[y * w + x]), r.index < reference.controls.count else { return false }
            return reference.controls[region: r] != scene.regionControls[region: r]
        }
        for y in 0..<h {
            for x in 0..<w where differs(x, y) {
                guard !differs(x - 1, y) || !differs(x + 1, y) || !differs(x, y - 1) || !differs(x, y + 1) else {
                    continue
                }
                var cell = grid[rect.x + x, rect.y + y]
                cell.char = glyphs.marked
                cell.style.fg = palette.hasColor ? .changed : .standard
                cell.style.bold = true
                grid[rect.x + x, rect.y + y] = cell
            }
        }
    }
}

extension Panels {
    /// The legend's header when a mark is set: the change columns are since the mark, km² and points.
    static let markHeader = "   faction  km2    %SY   %IQ  +km2  +pt"

    /// The status line's note of the mark: `since 2016-10-17 (+93 d)`.
    func markStatus(_ reference: Reference) -> String {
        "since \(reference.day) (\(String(cFormat: "%+d", scene.day.ordinal - reference.day.ordinal)) d)"
    }

    /// A faction's change since the mark, `km` now of `total`: km² (in thousands from 10,000) and percentage
    /// points of Syria and Iraq together, in 11 columns.
    func markChange(_ f: FactionID, km: Double, total: Double, reference: Reference) -> String {
        let delta = km - scene.series.area(f, on: reference.day)
        guard delta.rounded() != 0 else { return "" }
        let kmText = abs(delta) < 10_000 ? String(cFormat: "%+.0f", delta) : String(cFormat: "%+.0fk", delta / 1000)
        let points = total > 0 ? delta / total * 100 : 0
        let ptText = abs(points) < 10 ? String(cFormat: "%+.1f", points) : String(cFormat: "%+.0f", points)
        return kmText.leftPad(6) + ptText.leftPad(5)
    }
}
