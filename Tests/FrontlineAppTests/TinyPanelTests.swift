import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// The viewer's menu and panels on the tiny data folder of `Tests/Fixtures/tiny-data` (4 regions, 4 factions,
/// 6 changes, 2 events), so that no audit of the real data changes them.
enum TinyState {
    static let data: DataSet = try! DataSet.load(
        directory: Fixture.root.appendingPathComponent("Tests/Fixtures/tiny-data").path)

    static func state(_ day: String = "2015-05-22") -> AppState {
        AppState(data: data, day: Day(iso: day)!, width: 100, height: 30, options: RenderOptions(depth: .ansi256))
    }
}

@Suite struct TinyPanelTests {
    @Test func theFactionMenuTogglesSolosShowsAllAndInverts() {
        let menu = press([.char("f"), .down, .down], TinyState.state())
        #expect(menu.mode == .factionMenu(selection: FactionID(2)))
        #expect(menu.scene.overlay?.lines[2] == "> 3 [x] Iraqi government")
        #expect(press([.char(" ")], menu).hidden == [FactionID(2)])
        #expect(press([.char("s")], menu).hidden == [FactionID(0), FactionID(1), FactionID(3)])
        #expect(press([.char("s"), .char("i")], menu).hidden == [FactionID(2)])
        #expect(press([.char("s"), .char("a")], menu).hidden.isEmpty)
        let byNumber = press([.char("4")], menu)
        #expect(byNumber.mode == .factionMenu(selection: FactionID(3)) && byNumber.hidden == [FactionID(3)])
        #expect(press([.up, .up, .up], menu).mode == .factionMenu(selection: FactionID(3)), "the selection wraps")
        #expect(press([.char("f")], menu).mode == .normal)
    }

    @Test func theFactionMenusFooterIsItsKeys() {
        let grid = render(press([.char("f")], TinyState.state()).scene, width: 100, height: 30)
        #expect(grid.text.contains("↑ ↓ choose  space toggle  s solo  a all  i invert  Esc close"))
    }

    @Test func eventsOpenOnTodaysAndEnterGoesToTheEventsDateAndRegion() {
        let s = press([.char("e")], TinyState.state("2015-05-01"))
        #expect(s.mode == .panel(.events, selection: 1), "the first event on or after today")
        let lines = s.scene.overlay?.lines ?? []
        #expect(
            s.scene.overlay?.selected.map { Array(lines[$0]) } == [
                "2015-05-20  Air strikes near the border.",
                "    source: BBC News, \"Air strikes on the border\", 2015-05"
            ])
        let went = press([.enter], s)
        let hajin = TinyState.data.atlas.region(id: "hajin")!
        #expect(went.day == Day(iso: "2015-05-20"))
        #expect(went.cursor == hajin.point && went.scene.focus == hajin.index)
        #expect(went.message == "Hajin, Deir-ez-Zor")
        // The first event names no region: Enter goes to its date only.
        let first = press([.char("e"), .home, .enter], TinyState.state("2015-05-01"))
        #expect(first.day == Day(iso: "2014-06-29") && first.cursor == s.cursor)
    }

    @Test func theChangesPanelChoosesARowAndClampsAtItsEnds() {
        let s = press([.tab, .down, .down, .down], TinyState.state("2016-01-01"))
        #expect(s.mode == .panel(.changes, selection: 1), "two changes: the selection stops at the last")
        #expect(press([.home], s).mode == .panel(.changes, selection: 0))
        let went = press([.enter], s)
        #expect(went.cursor == TinyState.data.atlas.region(id: "karabilah")!.point)
        #expect(went.mode == .normal)
    }

    @Test func historyOpensOnTheStepInForceAndEnterGoesToAnotherStep() {
        // The cursor on al-Qaim: IS took it on 2014-03-01, the army on 2016-01-01.
        var s = TinyState.state("2015-05-22")
        s.cursor = TinyState.data.atlas.region(id: "al-qaim")!.point
        let history = press([.enter], s)
        #expect(
            history.mode == .panel(.history(region: TinyState.data.atlas.region(id: "al-qaim")!.index), selection: 1))
        #expect(
            history.scene.overlay?.selected.map { history.scene.overlay!.lines[$0.lowerBound] }?.hasSuffix("◀ now")
                == true)
        #expect(press([.down, .enter], history).day == Day(iso: "2016-01-01"))
        #expect(press([.up, .enter], history).day == Era.first)
    }
}
