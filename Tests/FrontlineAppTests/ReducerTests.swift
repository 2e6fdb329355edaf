import Foundation
import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// The real data, loaded once.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let data: DataSet = try! DataSet.load(directory: root.appendingPathComponent("Data").path)
    static let series = data.series

    static func state(day: Day = Era.seed, width: Int = 120, height: Int = 40) -> AppState {
        AppState(
            data: data, series: series, day: day, width: width, height: height, options: RenderOptions(depth: .ansi256))
    }
}

/// Feeds keys through the key table and the reducer, as the viewer does.
func press(_ keys: [Key], _ state: AppState) -> AppState {
    keys.reduce(state) { s, k in interpret(k, in: s).map { reduce(s, $0) } ?? s }
}

func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

@Suite struct ReducerTests {
    @Test func arrowsStepOneDay() {
        let s = press([.right, .right, .left], Fixture.state())
        #expect(s.day == Era.seed.adding(days: 1))
        #expect(s.scene.regionControls == Fixture.data.history.snapshot(at: s.day))
    }

    @Test func bracketsAndUpDownJumpBetweenChangeDays() {
        let h = Fixture.data.history
        let next = press([.char("]")], Fixture.state())
        #expect(next.day == h.nextChangeDay(after: Era.seed))
        let prev = press([.up], Fixture.state())
        #expect(prev.day == h.previousChangeDay(before: Era.seed))
        #expect(press([.down], Fixture.state()).day == next.day)
    }

    @Test func pagesMoveByMonthAndHomeEndClamp() {
        #expect(press([.pageDown], Fixture.state()).day == Day(iso: "2015-06-22"))
        #expect(press([.pageUp], Fixture.state()).day == Day(iso: "2015-04-22"))
        #expect(press([.home, .left], Fixture.state()).day == Era.first)
        #expect(press([.end, .right], Fixture.state()).day == Era.last)
    }

    @Test func goToATypedDate() {
        let s = press([.char("g")] + type("2017-07-10") + [.enter], Fixture.state())
        #expect(s.day == Day(iso: "2017-07-10"))
        #expect(s.mode == .normal)
    }

    @Test func badTypedDatesLeaveTheDayAndSaySo() {
        let s = press([.char("g")] + type("2015-02-30") + [.enter], Fixture.state())
        #expect(s.day == Era.seed)
        #expect(s.message == "not a date: use YYYY-MM-DD")
        let out = press([.char("g")] + type("2021-01-01") + [.enter], Fixture.state())
        #expect(out.message?.hasPrefix("outside") == true)
    }

    @Test func promptEditingAndEscape() {
        let s = press([.char("g")] + type("2016x") + [.backspace], Fixture.state())
        #expect(s.mode == .dateprompt("2016"))
        #expect(s.scene.prompt == "Go to date (YYYY-MM-DD): 2016")
        #expect(press([.escape], s).mode == .normal)
    }

    @Test func playAdvancesOnTicksAndStopsAtTheEnd() {
        var s = press([.char(" ")], Fixture.state())
        #expect(s.playing)
        s = reduce(reduce(s, .tick), .tick)
        #expect(s.day == Era.seed.adding(days: 2))
        s = press([.char(" ")], s)
        #expect(!s.playing)
        #expect(reduce(s, .tick).day == s.day)
        var end = press([.end, .char(" ")], Fixture.state())
        #expect(end.day == Era.first && end.playing)
        end = press([.char("g")] + type("2019-12-30") + [.enter], end)
        end = reduce(reduce(end, .tick), .tick)
        #expect(end.day == Era.last && !end.playing)
    }

    @Test func speedKeys() {
        let s = Fixture.state()
        #expect(press([.char(">")], s).speed == s.speed * 2)
        #expect(press([.char("<")], s).speed == s.speed / 2)
        #expect(press(Array(repeating: .char(">"), count: 20), s).speed == AppState.speeds.last)
    }

    @Test func numberKeysToggleFactionsAndTheMenuOffersSoloAllInvert() {
        let s = press([.char("1")], Fixture.state())
        #expect(s.hidden == [FactionID(0)])
        #expect(press([.char("1")], s).hidden.isEmpty)
        let n = Fixture.data.timeline.factions.count
        let solo = press([.char("f"), .down, .char("s")], Fixture.state())
        #expect(solo.hidden == Set(FactionID.all(n)).subtracting([FactionID(1)]))
        let inverted = press([.char("i")], solo)
        #expect(inverted.hidden == [FactionID(1)])
        #expect(press([.char("a")], inverted).hidden.isEmpty)
        #expect(press([.escape], inverted).mode == .normal)
    }

    @Test func searchFindsHusseibaAndNCycles() {
        let s = press([.char("/")] + type("Husseiba") + [.enter], Fixture.state())
        let ids = s.searchResults.map { Fixture.data.atlas.regions[$0].id }
        #expect(ids.first == "husaybah-al-sharqiyah")
        #expect(ids.contains("al-qaim"))
        #expect(s.cursor == Fixture.data.atlas.region(id: "husaybah-al-sharqiyah")!.point)
        let next = press([.char("n")], s)
        #expect(next.cursor == Fixture.data.atlas.regions[s.searchResults[1]].point)
        #expect(
            press([.char("/")] + type("Atlantis") + [.enter], Fixture.state()).message
                == "no place matches \"Atlantis\"")
    }

    @Test func cursorMovesAndTheMapPansAtTheEdge() {
        let s = Fixture.state()
        let moved = press([.char("l")], s)
        #expect(moved.cursor.lon > s.cursor.lon)
        #expect(moved.camera == s.camera)
        let far = press(Array(repeating: .char("L"), count: 12), s)
        #expect(far.camera.centre.lon > s.camera.centre.lon)
        #expect(!far.fitted)
    }

    @Test func zoomKeepsLimitsAndFitRestores() {
        let s = Fixture.state()
        let inState = press([.char("+")], s)
        #expect(inState.camera.kmPerColumn < s.camera.kmPerColumn)
        let deep = press(Array(repeating: .char("+"), count: 30), s)
        #expect(deep.camera.kmPerColumn == Camera.minKmPerColumn)
        let back = press([.char("0")], deep)
        #expect(back.camera == s.camera)
    }

    @Test func mouseClickWheelAndDrag() {
        let s = Fixture.state()
        let map = s.mapRect
        let click = reduce(s, .mouse(.click(x: map.x + 5, y: map.y + 5)))
        #expect(click.cursor == s.camera.point(x: 5, y: 5, width: map.width, height: map.height))
        #expect(reduce(s, .mouse(.wheel(up: true, x: 20, y: 10))).camera.kmPerColumn < s.camera.kmPerColumn)
        let drag = reduce(s, .mouse(.drag(fromX: 20, fromY: 10, toX: 25, toY: 10)))
        #expect(drag.camera.centre.lon < s.camera.centre.lon)
    }

    @Test func resizeRefitsUntilTheUserMovesTheMap() {
        let s = reduce(Fixture.state(), .resize(width: 200, height: 60))
        #expect(s.camera == Camera.fit(width: s.mapRect.width, height: s.mapRect.height))
        let zoomed = reduce(press([.char("+")], s), .resize(width: 100, height: 30))
        #expect(zoomed.camera.kmPerColumn == press([.char("+")], s).camera.kmPerColumn)
    }

    @Test func overlaysOpenScrollAndClose() {
        let help = press([.char("?")], Fixture.state())
        #expect(help.scene.overlay?.title == "Frontline keys")
        #expect(press([.down, .down], help).mode == .help(scroll: 2))
        #expect(press([.escape], help).mode == .normal)
        let events = press([.char("e")], Fixture.state())
        #expect(events.scene.overlay?.lines.contains { $0.contains("caliphate") } == true)
        let history = press([.char("/")] + type("Ramadi") + [.enter, .enter], Fixture.state())
        let lines = history.scene.overlay?.lines ?? []
        #expect(lines.contains { $0.hasPrefix("2015-05-17") && $0.contains("Islamic State") })
        #expect(lines.contains { $0.contains("source:") })
    }

    @Test func qQuitsAndEscNeverDoes() {
        for key in [Key.char("q"), .char("Q"), .function(10)] {
            #expect(press([key], Fixture.state()).shouldQuit, "\(key)")
        }
        let s = press([.char("?"), .escape], Fixture.state())
        #expect(!s.shouldQuit && s.mode == .normal)
        #expect(!press([.escape], s).shouldQuit, "Esc in the plain map does not quit")
        #expect(press([.function(1)], s).mode == .help(scroll: 0))
        // After a bad date the message shows; Esc clears it and the map stays.
        let bad = press([.char("g")] + type("2015-99-99") + [.enter], Fixture.state())
        #expect(bad.message != nil)
        let after = press([.escape], bad)
        #expect(!after.shouldQuit && after.message == nil)
    }

    @Test(arguments: ["Ramadi", "Fallujah", "Husaybah al-Sharqiyah", "Tal Afar"])
    func theSearchedPlaceIsLabelledBesideTheCursor(name: String) {
        let s = press([.char("/")] + type(name) + [.enter], Fixture.state())
        #expect(s.scene.focus != nil)
        let rows = render(s.scene, width: s.width, height: s.height).text.split(separator: "\n")
        let row = rows.first { $0.contains("╋") } ?? ""
        let english = s.data.atlas.regions[s.scene.focus ?? RegionID(0)].english
        #expect(row.contains(english), "\(english) is not beside the cursor: \(row)")
    }

    @Test func fitKeepsTheCursor() {
        let moved = press([.char("+"), .char("l"), .char("l"), .char("j")], Fixture.state())
        let fitted = press([.char("0")], moved)
        #expect(fitted.cursor == moved.cursor)
        #expect(fitted.fitted && fitted.camera.kmPerColumn > moved.camera.kmPerColumn)
    }

    @Test func highlightPaletteAndStrip() {
        let s = Fixture.state()
        #expect(press([.char("c")], s).highlightChanges)
        #expect(press([.char("p")], s).options.scheme == .colorBlind)
        let next = FactionID((s.stripFaction.index + 1) % Fixture.data.timeline.factions.count)
        #expect(press([.char("t")], s).stripFaction == next)
    }
}
