import FrontlineCore
import FrontlineRender
import Testing

/// Golden frames of the renderer at fixed sizes and dates.
@Suite struct GoldenFrameTests {
    @Test func seedDayColor() {
        let grid = render(Fixture.scene(width: 120, height: 40), width: 120, height: 40)
        #expect(Golden.check("seed-120x40", grid.text) == nil)
        #expect(Golden.check("seed-120x40.styles", Golden.styleMap(grid)) == nil)
    }

    @Test func zoomedOnRamadi() {
        let cam = Camera(centre: GeoPoint(lat: 33.42, lon: 43.45), kmPerColumn: 2)
        let grid = render(
            Fixture.scene(day: Day(iso: "2015-05-22")!, width: 100, height: 30, camera: cam), width: 100, height: 30)
        #expect(Golden.check("ramadi-zoomed-100x30", grid.text) == nil)
        #expect(grid.text.contains("Husseiba"))
        #expect(grid.text.contains("Ramadi"))
    }

    /// The frame exactly as `print --depth D` writes it, colours resolved, at every depth.
    @Test(arguments: ColorDepth.allCases)
    func everyDepth(depth: ColorDepth) {
        let scene = Fixture.scene(width: 80, height: 24, depth: depth)
        let palette = Palette(depth: depth, scheme: .standard, factions: Fixture.data.timeline.factions)
        let text = ANSIWriter.render(render(scene, width: 80, height: 24), palette: palette, color: depth != .mono)
        #expect(Golden.check("seed-80x24-depth-\(depth.rawValue)", text) == nil)
    }

    @Test func monochrome() {
        let grid = render(Fixture.scene(width: 100, height: 32, depth: .mono), width: 100, height: 32)
        #expect(Golden.check("seed-mono-100x32", grid.text) == nil)
        // Without colour the factions are told apart by glyphs: IS's █ and the Iraqi government's : both show.
        #expect(grid.text.contains("█"))
        #expect(grid.text.contains(":"))
    }

    @Test func ascii() {
        let grid = render(Fixture.scene(width: 100, height: 32, depth: .mono, unicode: false), width: 100, height: 32)
        #expect(Golden.check("seed-ascii-100x32", grid.text) == nil)
        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test(arguments: [(1, 1), (10, 3), (39, 11), (59, 40), (120, 19)])
    func tooSmall(size: (Int, Int)) {
        let grid = render(Fixture.scene(width: size.0, height: size.1), width: size.0, height: size.1)
        #expect(grid.width == size.0 && grid.height == size.1)
        if size.0 >= 22 && size.1 >= 3 {
            #expect(grid.text.contains("too small: \(size.0)×\(size.1)"))
            #expect(grid.text.contains("need at least 60×20"))
        }
    }

    @Test func tooSmallGolden() {
        #expect(
            Golden.check("too-small-39x11", render(Fixture.scene(width: 39, height: 11), width: 39, height: 11).text)
                == nil)
    }
}
