import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// Enter on a row of a panel goes to that row's date and place.
@Suite struct PanelRowTests {
    @Test func enterOnAChangeGoesToItsRegionAndLabelsIt() {
        let s = press([.tab, .down], Fixture.state())
        guard case .panel(.changes, let row) = s.mode else {
            Issue.record("Tab did not choose a change: \(s.mode)")
            return
        }
        #expect(row == 1)
        #expect(s.scene.changesRow == 1)
        let steps = ChangesPanel.steps(data: Fixture.data, day: s.day, hidden: [])
        let region = Fixture.data.atlas.regions[steps[1].region]
        let went = press([.enter], s)
        #expect(went.mode == .normal)
        #expect(went.day == s.day)
        #expect(went.cursor == region.point)
        #expect(went.scene.focus == region.index)
        let frame = render(went.scene, width: went.width, height: went.height).text.split(separator: "\n")
        #expect(
            frame.first { $0.contains("╋") }?.contains(region.english) == true,
            "\(region.english) is not beside the cursor")
    }

    @Test func tabOnADayWithoutChangesSaysSo() {
        let quiet = (1...400).map { Era.seed.adding(days: $0) }.first { Fixture.data.history.steps(on: $0).isEmpty }!
        let s = press([.tab], Fixture.state(day: quiet))
        #expect(s.mode == .normal)
        #expect(s.message == "no changes on \(quiet)")
    }

    @Test func enterOnAnEventGoesToItsDate() {
        let events = Fixture.data.timeline.events
        let s = press([.char("e")], Fixture.state())
        guard case .panel(.events, let row) = s.mode else {
            Issue.record("e did not open the events: \(s.mode)")
            return
        }
        #expect(events[row].day >= Era.seed && (row == 0 || events[row - 1].day < Era.seed), "opens on today's event")
        let went = press([.home, .down, .enter], s)
        #expect(went.mode == .normal)
        #expect(went.day == events[1].day)
    }

    @Test func theChosenEventIsLitAndInView() {
        let s = press([.char("e"), .end], Fixture.state(width: 100, height: 24))
        let grid = render(s.scene, width: s.width, height: s.height)
        let last = Fixture.data.timeline.events.last!
        let rows = (0..<grid.height).filter { y in
            grid.text.split(separator: "\n", omittingEmptySubsequences: false)[y].contains(last.title.prefix(30))
        }
        #expect(rows.count == 1, "the last event is on screen")
        if let y = rows.first { #expect((0..<grid.width).contains { grid[$0, y].style.reverse }, "and lit") }
    }

    @Test func enterOnAHistoryRowGoesToThatChange() {
        let ramadi = Fixture.data.atlas.region(id: "ramadi")!
        let s = press([.char("/")] + type("Ramadi") + [.enter, .enter], Fixture.state())
        guard case .panel(.history(let r), let row) = s.mode else {
            Issue.record("no history: \(s.mode)")
            return
        }
        #expect(r == ramadi.index)
        let steps = Fixture.data.history.steps(region: r)
        // It opens on the step in force today (row 0 is the initial state).
        #expect(row >= 1 && steps[row - 1].day <= Era.seed)
        let went = press([.up, .enter], s)
        #expect(went.day == (row >= 2 ? steps[row - 2].day : Era.first))
    }
}
