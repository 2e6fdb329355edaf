import FrontlineCore
@testable import FrontlineRender
import Testing

@Suite struct RendererTests {
    @Test func hiddenFactionIsDrawnNeutralAndMarkedOff() {
        let isIndex = Fixture.data.timeline.faction(id: "is")!
        let shown = render(Fixture.scene(width: 120, height: 40), width: 120, height: 40)
        let hidden = render(Fixture.scene(width: 120, height: 40, hidden: [isIndex]), width: 120, height: 40)
        let isCells = { (g: CellGrid) in g.cells.filter { $0.style.bg == .faction(isIndex) }.count }
        #expect(isCells(shown) > 100)
        #expect(isCells(hidden) == 0)
        #expect(hidden.text.contains("off"))
        #expect(hidden.text.contains("hidden: IS"))
    }

    @Test func highlightMarksChangedRegions() {
        let plain = render(Fixture.scene(width: 120, height: 40), width: 120, height: 40)
        let lit = render(Fixture.scene(width: 120, height: 40, highlight: true), width: 120, height: 40)
        #expect(
            lit.cells.filter { $0.style.fg == .changed }.count > plain.cells.filter { $0.style.fg == .changed }.count)
    }

    @Test func contestedRegionsAreHatchedInBothColors() {
        let cam = Camera(centre: GeoPoint(lat: 33.42, lon: 43.30), kmPerColumn: 2)
        let grid = render(
            Fixture.scene(day: Day(iso: "2015-05-10")!, width: 100, height: 30, camera: cam), width: 100, height: 30)
        #expect(grid.cells.contains { $0.char == "╱" })
    }

    @Test func controlCharactersFromDataNeverReachTheGrid() {
        var grid = CellGrid(width: 40, height: 1)
        grid.put("A\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}B\u{9B}", x: 0, y: 0, style: .plain)
        #expect(
            !grid.cells.contains {
                $0.char.value < 0x20 || (0x7F...0x9F).contains($0.char.value) || $0.char == "\u{202E}"
            })
    }

    @Test func wideCharactersAreReplacedToKeepColumnsAligned() {
        var grid = CellGrid(width: 10, height: 1)
        #expect(grid.put("ab拉马迪cd", x: 0, y: 0, style: .plain) == 7)
        #expect(grid.text.hasPrefix("ab???cd"))
    }

    @Test func diffingReportsOnlyChangedCells() {
        let a = render(Fixture.scene(width: 100, height: 30), width: 100, height: 30)
        let b = render(Fixture.scene(day: Era.seed.adding(days: 1), width: 100, height: 30), width: 100, height: 30)
        let changed = b.changes(since: a)
        #expect(!changed.isEmpty)
        #expect(changed.count < a.cells.count / 4)
        #expect(a.changes(since: a).isEmpty)
        #expect(a.changes(since: nil).count == a.cells.count)
    }

    @Test func ansiOutputColorsAtEachDepth() {
        let scene = Fixture.scene(width: 80, height: 24)
        let grid = render(scene, width: 80, height: 24)
        let factions = Fixture.data.timeline.factions
        let truecolor = ANSIWriter.render(
            grid, palette: Palette(depth: .trueColor, scheme: .standard, factions: factions), color: true)
        let x256 = ANSIWriter.render(
            grid, palette: Palette(depth: .ansi256, scheme: .standard, factions: factions), color: true)
        let plain = ANSIWriter.render(
            grid, palette: Palette(depth: .mono, scheme: .standard, factions: factions), color: false)
        #expect(truecolor.contains("48;2;"))
        #expect(x256.contains("48;5;") && !x256.contains("48;2;"))
        #expect(!plain.contains("\u{1B}"))
    }

    @Test func colorDepthDetection() {
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"]) == .mono)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color"]) == .ansi256)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm"], colors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: ["TERM": "dumb"]) == .mono)
    }

    @Test func factionsStayDistinctAt256AndInTheColorBlindPalette() {
        let factions = Fixture.data.timeline.factions
        for scheme in Scheme.allCases {
            let p = Palette(depth: .ansi256, scheme: scheme, factions: factions)
            let colors = factions.ids.map { p.color(.faction($0)) }
            #expect(Set(colors).count == factions.count, "\(scheme)")
        }
        let glyphs = factions.map(\.ascii)
        #expect(Set(glyphs).count == factions.count)
    }

    @Test func cameraRoundTripsPointsAndFitsTheRegion() {
        let cam = Camera.fit(width: 90, height: 37)
        let p = cam.point(x: 10, y: 5, width: 90, height: 37)
        let c = cam.cell(of: p, width: 90, height: 37)
        #expect(c.x == 10 && c.y == 5)
        let ne = cam.cell(of: GeoPoint(lat: Camera.extent.north, lon: Camera.extent.east), width: 90, height: 37)
        let sw = cam.cell(of: GeoPoint(lat: Camera.extent.south, lon: Camera.extent.west), width: 90, height: 37)
        #expect(ne.x < 90 && ne.y >= 0 && sw.x >= 0 && sw.y < 37)
        #expect(Camera(centre: p, kmPerColumn: 0.1).kmPerColumn == Camera.minKmPerColumn)
    }

    @Test func overlaysWrapLongLinesAndKeepShortOnesAsTheyAre() {
        var scene = Fixture.scene(width: 70, height: 24)
        let long = "    " + Array(repeating: "word", count: 30).joined(separator: " ")
        scene.overlay = Overlay(title: "T", lines: ["  a    b", long, "END"])
        let text = render(scene, width: 70, height: 24).text
        #expect(text.contains("  a    b"))
        #expect(text.components(separatedBy: "word").count - 1 == 30)
        #expect(text.contains("END"))
    }
}
