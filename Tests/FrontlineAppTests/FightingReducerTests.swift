import Foundation
import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// The real events, loaded once for the reducer tests.
enum Events {
    static let lazy = LazyFightingLog(for: Fixture.data)

    static func state(day: String = "2016-11-20", fighting: LazyFightingLog = lazy) -> AppState {
        var s = AppState(
            data: Fixture.data, series: Fixture.series, day: Day(iso: day)!, width: 120, height: 40,
            options: RenderOptions(depth: .ansi256), fighting: fighting)
        s.cursor = GeoPoint(lat: 36.2, lon: 37.15)
        return s
    }
}

@Suite struct FightingReducerTests {
    @Test func theLayerIsOffByDefaultAndVTogglesIt() {
        let s = Events.state()
        #expect(!s.eventsOn)
        #expect(s.scene.fighting == nil, "nothing of the events reaches the frame while the layer is off")
        let on = press([.char("v")], s)
        #expect(on.eventsOn)
        #expect(on.scene.fighting?.markers == true)
        #expect(on.scene.fighting?.window == .week)
        #expect(!press([.char("v")], on).eventsOn)
    }

    @Test func startingAndDrawingDoNotReadTheEvents() {
        let lazy = LazyFightingLog(for: Fixture.data)
        let s = Events.state(fighting: lazy)
        _ = render(press([.right, .char("t"), .char("e"), .escape], s).scene, width: 120, height: 40)
        #expect(!lazy.isLoaded, "the events file is read on first use, never at start-up")
        _ = press([.char("v")], s)
        #expect(lazy.isLoaded)
    }

    @Test func shiftVCyclesTheWindowAndTurnsTheLayerOn() {
        let s = press([.char("V")], Events.state())
        #expect(s.eventsOn && s.eventWindow == .month)
        #expect(press([.char("V")], s).eventWindow == .day)
        #expect(press([.char("V"), .char("V")], s).eventWindow == .week)
    }

    @Test func theWindowMovesWithTheDayWhilePlaying() {
        var s = press([.char("v"), .char(" ")], Events.state())
        #expect(s.playing)
        s = reduce(s, .tick)
        #expect(s.day == Day(iso: "2016-11-21"))
        #expect(s.scene.day == s.day && s.scene.fighting != nil)
    }

    @Test func tReachesDeathsPerWeekAfterTheLastFaction() {
        var s = Events.state()
        let n = Fixture.data.timeline.factions.count
        s.stripFaction = FactionID(n - 1)
        s = press([.char("t")], s)
        #expect(s.stripDeaths)
        #expect(s.scene.fighting?.stripDeaths == true && s.scene.fighting?.markers == false)
        s = press([.char("t")], s)
        #expect(!s.stripDeaths && s.stripFaction == FactionID(0))
    }

    @Test func iListsTheEventsNearTheRegionWithSources() throws {
        let s = press([.char("i")], Events.state())
        guard case .panel(.nearbyEvents, _) = s.mode else {
            Issue.record("expected the nearby events list, got \(s.mode)")
            return
        }
        let overlay = try #require(s.scene.overlay)
        #expect(overlay.title.hasPrefix("Events within 10 km of Bustan al-Qasr, 2016-11-14 to 2016-11-20"))
        #expect(overlay.lines.contains { $0.contains("syria-gov vs Syrian insurgents") && $0.contains("deaths") })
        #expect(overlay.lines.contains { $0.hasPrefix("    SOHR, 2016-11-") })
        #expect(overlay.lines.last?.contains("Sundberg & Melander 2013") == true)
        #expect(press([.escape], s).mode == .normal)
    }

    @Test func aDataSetWithoutEventsSaysSoAndStaysOff() {
        let s = press([.char("v")], Events.state(fighting: LazyFightingLog(log: .empty)))
        #expect(!s.eventsOn)
        #expect(s.message?.contains("no fighting events") == true)
    }

    @Test func aBrokenEventsFileIsReportedWithItsLocation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-badevents-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id\tstart\n".write(toFile: dir + "/ucdp-ged.tsv", atomically: true, encoding: .utf8)
        let s = press([.char("v")], Events.state(fighting: LazyFightingLog(directory: dir, factions: ["is"])))
        #expect(!s.eventsOn)
        #expect(s.message?.hasPrefix("events not loaded: \(dir)/ucdp-actors.tsv:1:1:") == true, "\(s.message ?? "")")
    }

    @Test func helpCitesUCDP() {
        #expect(KeyTable.helpLines.contains { $0.contains("Sundberg & Melander 2013") })
        #expect(KeyTable.helpLines.contains { $0.contains("UCDP GED Codebook 19.1") })
    }
}
