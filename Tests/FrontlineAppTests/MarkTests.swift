import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// The mark: `m` sets a reference day, `M` clears it; resizing, filtering and play keep it.
@Suite struct MarkTests {
    static let start = Day(iso: "2016-10-17")!

    /// The regions whose controller on the state's day differs from the mark's day.
    static func differing(_ s: AppState) -> Int {
        guard let m = s.mark else { return 0 }
        return zip(m.controls, s.scene.regionControls).filter { $0 != $1 }.count
    }

    @Test func markSurvivesResizeFilteringAndPlay() {
        var s = press([.char("m")], Fixture.state(day: Self.start))
        #expect(s.mark?.day == Self.start)
        #expect(s.mark?.controls == Fixture.data.history.snapshot(at: Self.start))
        s = press([.pageDown, .pageDown, .pageDown], s)
        #expect(s.day == Day(iso: "2017-01-17"))
        let changed = Self.differing(s)
        #expect(changed > 5, "the Mosul offensive moved regions between October and January")
        s = reduce(s, .resize(width: 150, height: 50))
        s = press([.char("1"), .char("f"), .char("a"), .escape], s)
        s = press([.char(" ")], s)
        for _ in 0..<30 { s = reduce(s, .tick) }
        s = press([.char(" ")], s)
        #expect(s.day == Day(iso: "2017-02-16"))
        #expect(s.mark?.day == Self.start)
        #expect(s.scene.reference == s.mark)
        #expect(Self.differing(s) >= changed - 5)
        // c keeps its meaning: today's changes only, independent of the mark.
        s = press([.char("c")], s)
        #expect(s.highlightChanges && s.mark != nil)
        s = press([.char("M")], s)
        #expect(s.mark == nil && s.scene.reference == nil)
    }

    @Test func statusLegendAndMapShowTheChangeSinceTheMark() {
        var s = press(
            [.char("m"), .pageDown, .pageDown, .pageDown], Fixture.state(day: Self.start, width: 130, height: 45))
        s = reduce(s, .redraw)
        let grid = render(s.scene, width: 130, height: 45)
        let text = grid.text
        #expect(text.contains("since 2016-10-17 (+92 d)"))
        #expect(text.contains("+km2  +pt"))
        #expect(grid.cells.contains { $0.char == "░" })
        // Iraq's government gained ground between the two days (Mosul): its legend row shows the gain in km² and
        // in points; IS's change has the sign of its area's.
        let rows = text.split(separator: "\n").map { String($0.split(separator: "│").last ?? "") }
        let iq = rows.first { $0.hasPrefix("3: IqGov") } ?? ""
        #expect(iq.filter { $0 == "+" }.count == 2, "\(iq)")
        let isIndex = Fixture.data.timeline.faction(id: "is")!
        let isDelta = Fixture.series.area(isIndex, on: s.day) - Fixture.series.area(isIndex, on: Self.start)
        let isRow = rows.first { $0.hasPrefix("1█ IS") } ?? ""
        #expect(isRow.filter { $0 == (isDelta > 0 ? "+" : "-") }.count == 2, "\(isRow)")
        #expect(isRow.count <= 39 && iq.count <= 39)
        // Without colour the outline still shows.
        var mono = s
        mono.options = RenderOptions(depth: .mono)
        #expect(render(mono.scene, width: 130, height: 45).cells.contains { $0.char == "░" })
        mono.options = RenderOptions(depth: .mono, unicode: false)
        #expect(render(mono.scene, width: 130, height: 45).cells.contains { $0.char == "&" })
        let cleared = press([.char("M")], s)
        #expect(!render(cleared.scene, width: 130, height: 45).text.contains("since 2016"))
    }
}
