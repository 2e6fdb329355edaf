import Foundation
@testable import FrontlineCore
import FrontlineRender
import Testing

/// Event markers and the events lines of the panels and strip, on hand-made events over Aleppo.
@Suite struct EventMarkerTests {
    static let aleppo = GeoPoint(lat: 36.2021, lon: 37.1343)

    static func event(
        _ id: Int, _ violence: Violence, deaths: Int, where precision: Int = 1, at point: GeoPoint = aleppo,
        day: String = "2016-11-20"
    ) -> FightingEvent {
        FightingEvent(
            id: id, start: Day(iso: day)!, end: Day(iso: day)!, datePrecision: 1, point: point,
            wherePrecision: precision, place: "Aleppo town", violence: violence, sideA: 0, sideB: 1,
            deaths: Deaths(sideA: deaths, sideB: 0, civilians: 0, unknown: 0, best: deaths, low: deaths, high: deaths),
            sources: [0])
    }

    static func log(_ events: [FightingEvent]) -> FightingLog {
        FightingLog(
            events: events,
            actors: [
                UCDPActor(name: "Government of Syria", faction: "syria-gov"),
                UCDPActor(name: "Syrian insurgents", faction: nil)
            ],
            sources: [EventSource(office: "SOHR", date: "2016-11-20", headline: "A report")])
    }

    /// A 120 × 40 frame centred on Aleppo at 2 km per column, and the map cell of `point` in it.
    static func frame(
        _ log: FightingLog, depth: ColorDepth = .ansi16, unicode: Bool = true, stripDeaths: Bool = false,
        markers: Bool = true
    ) -> (CellGrid, Cell) {
        var scene = Fixture.scene(
            day: Day(iso: "2016-11-20")!, width: 120, height: 40, depth: depth, unicode: unicode,
            camera: Camera(centre: aleppo, kmPerColumn: 2))
        scene.cursor = GeoPoint(lat: 36.2012, lon: 37.1612)  // the Aleppo region's town, a column east of the events
        scene.fighting = FightingLayer(log: log, window: .week, markers: markers, stripDeaths: stripDeaths)
        let grid = render(scene, width: 120, height: 40)
        let map = Layout(width: 120, height: 40).map
        let c = scene.camera.cell(of: aleppo, width: map.width, height: map.height)
        return (grid, grid[map.x + c.x, map.y + c.y])
    }

    @Test func glyphTellsTheTypeAndWeightTheDeaths() {
        #expect(Self.frame(Self.log([Self.event(1, .state, deaths: 12)])).1.char == "✕")
        #expect(Self.frame(Self.log([Self.event(1, .nonState, deaths: 0)])).1.char == "✦")
        #expect(Self.frame(Self.log([Self.event(1, .oneSided, deaths: 3)])).1.char == "†")
        let heavy = Self.frame(Self.log([Self.event(1, .state, deaths: 12)])).1.style
        let light = Self.frame(Self.log([Self.event(1, .state, deaths: 0)])).1.style
        #expect(heavy.bold && heavy.fg == .warning && heavy.bg == .black)
        #expect(!light.bold && light.fg == .dimText)
    }

    @Test func theDeadliestEventOfACellGivesItsGlyphAndTheSumItsWeight() {
        let cell = Self.frame(Self.log([Self.event(1, .state, deaths: 4), Self.event(2, .oneSided, deaths: 6)])).1
        #expect(cell.char == "†")
        #expect(cell.style.fg == .warning, "4 + 6 deaths: the heavy weight")
    }

    @Test func monochromeAndASCIIStayReadable() {
        let mono = Self.frame(Self.log([Self.event(1, .state, deaths: 12)]), depth: .mono).1
        #expect(mono.char == "✕" && mono.style.reverse && mono.style.bold)
        let some = Self.frame(Self.log([Self.event(1, .nonState, deaths: 2)]), depth: .mono).1
        #expect(some.style.bold && !some.style.reverse)
        for (v, ch) in [(Violence.state, "X"), (.nonState, "Y"), (.oneSided, "V")] as [(Violence, Unicode.Scalar)] {
            #expect(Self.frame(Self.log([Self.event(1, v, deaths: 1)]), depth: .ansi8, unicode: false).1.char == ch)
        }
    }

    @Test func coarseEventsAreCountedButNotDrawn() {
        let (grid, cell) = Self.frame(
            Self.log([
                Self.event(1, .state, deaths: 5, where: 4),
                Self.event(2, .state, deaths: 7, where: 2, day: "2016-11-17")
            ]))
        #expect(cell.char == "✕", "within 25 km is drawn")
        let (coarse, coarseCell) = Self.frame(Self.log([Self.event(1, .state, deaths: 5, where: 4)]))
        #expect(coarseCell.char != "✕", "a governorate-level point is not a place")
        #expect(coarse.text.contains("last 7 days: 1,") && coarse.text.contains("deaths 5 (i lists)"))
        #expect(grid.text.contains("last 7 days: 2,") && grid.text.contains("deaths 12 (i lists)"))
    }

    @Test func eventsOutsideTheWindowAreNotDrawn() {
        let cell = Self.frame(Self.log([Self.event(1, .state, deaths: 5, day: "2016-11-13")])).1
        #expect(cell.char != "✕", "seven days ending 2016-11-20 start on 2016-11-14")
    }

    @Test func theStatusLineNamesTheWindowAndTheStripCanPlotDeaths() {
        let (grid, _) = Self.frame(Self.log([Self.event(1, .state, deaths: 5)]), stripDeaths: true)
        #expect(grid.text.split(separator: "\n")[0].contains("events: 7 days (V)"))
        #expect(grid.text.contains("UCDP deaths per week"))
        let (off, _) = Self.frame(Self.log([Self.event(1, .state, deaths: 5)]), markers: false)
        #expect(!off.text.contains("events: 7 days"))
        #expect(!off.text.contains("events within 10 km"))
    }
}
