import Foundation
import FrontlineCore
import FrontlineRender
import Testing

/// The tiny data folder of `Tests/Fixtures/tiny-data`: 4 regions on a 6x4 grid, 4 factions, 6 changes.
enum Tiny {
    static let data: DataSet = try! DataSet.load(
        directory: Fixture.root.appendingPathComponent("Tests/Fixtures/tiny-data").path)
    static let series = data.series
    static let width = 100, height = 30

    /// A scene on `day` with the cursor on `region` (by id), zoomed to the grid.
    static func scene(_ day: String, cursorOn region: String = "hajin", hidden: Set<FactionID> = []) -> Scene {
        let point = data.atlas.region(id: region)!.point
        let camera = Camera(centre: point, kmPerColumn: 2)
        return Scene(
            data: data, series: series, day: Day(iso: day)!, regionControls: data.history.snapshot(at: Day(iso: day)!),
            camera: camera, cursor: point, hidden: hidden, options: RenderOptions(depth: .ansi256))
    }

    /// The panel's lines (right of the map), trimmed.
    static func panel(_ scene: Scene) -> [String] {
        let x = Layout(width: width, height: height).panel.x + 1
        return render(scene, width: width, height: height).text.split(separator: "\n", omittingEmptySubsequences: false)
            .map {
                String(String($0).unicodeScalars.dropFirst(x).map(Character.init)).trimmingCharacters(in: .whitespaces)
            }
    }
}

@Suite struct PanelTests {
    @Test func statusLineNamesTheDayTheChangeCountAndTheKeyHint() {
        var scene = Tiny.scene("2015-01-10")
        scene.keyHint = "? help  q quit"
        let status = render(scene, width: Tiny.width, height: Tiny.height).text.split(separator: "\n")[0]
        #expect(status.hasPrefix(" Sat 2015-01-10  change 3/5"))
        #expect(status.hasSuffix("? help  q quit "))
        scene.keyHint = ""
        #expect(!render(scene, width: Tiny.width, height: Tiny.height).text.split(separator: "\n")[0].contains("help"))
    }

    @Test func legendGivesEachFactionItsAreaAndMarksHiddenOnesOff() {
        let lines = Tiny.panel(Tiny.scene("2015-01-10", hidden: [FactionID(3)]))
        let sdf = lines.first { $0.hasPrefix("4") }!
        #expect(sdf.contains("SDF") && sdf.contains("off"), "\(sdf)")
        let isRow = lines.first { $0.hasPrefix("1") }!
        #expect(isRow.contains("IS") && !isRow.contains("off"))
        #expect(lines.contains { $0.hasPrefix("╱ contested") }, "Hajin is contested from 2015-01-10")
    }

    @Test func regionPanelNamesThePlaceItsUnitsItsControllerAndTheSource() {
        let lines = Tiny.panel(Tiny.scene("2015-01-10"))
        let top = lines.firstIndex(of: "Region")!
        #expect(
            Array(lines[(top + 1)...(top + 4)]) == [
                "Hajin", "Abu Kamal, Deir-ez-Zor (SY)", "contested (IS/SyGov)", "since 2015-01-10"
            ])
        #expect(lines[top + 5].hasPrefix("Wikipedia, \"Hajin\""))
    }

    @Test func changesPanelListsEachRegionAndEachChangesSourceOnce() {
        let lines = Tiny.panel(Tiny.scene("2016-01-01"))
        let top = lines.firstIndex { $0.hasPrefix("Changes on 2016-01-01") }!
        #expect(lines[top] == "Changes on 2016-01-01 (2)")
        #expect(lines[top + 1] == "al-Qaim: IS → IqGov")
        #expect(lines[top + 2].hasPrefix("The Hill, \"Iraqi forces"), "the change's source, cut to the panel")
        #expect(lines[top + 3] == "Karabilah: IS → IqGov", "the same change: its source is not repeated")
    }

    @Test func changesPanelOnAQuietDayPointsToTheNextChange() {
        let lines = Tiny.panel(Tiny.scene("2015-06-01"))
        let top = lines.firstIndex { $0.hasPrefix("Changes on 2015-06-01 (0)") }!
        #expect(lines[top + 1] == "next: 2016-01-01  (] or ↓)")
    }

    @Test func theChosenChangeIsLit() {
        var scene = Tiny.scene("2016-01-01")
        scene.changesRow = 1
        let grid = render(scene, width: Tiny.width, height: Tiny.height)
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        let y = rows.firstIndex { $0.contains("Karabilah: IS") }!
        let x = Layout(width: Tiny.width, height: Tiny.height).panel.x + 1
        #expect(grid[x, y].style.reverse)
        #expect(!grid[x, y - 2].style.reverse, "only the chosen row")
    }

    @Test func stripMarksTodayUnderItsColumn() {
        let grid = render(Tiny.scene("2017-01-01"), width: Tiny.width, height: Tiny.height)
        let row = Array(grid.text.split(separator: "\n")[Tiny.height - 1].unicodeScalars)
        let total = Era.last.ordinal - Era.first.ordinal + 1
        let today = (Day(iso: "2017-01-01")!.ordinal - Era.first.ordinal) * Tiny.width / total
        #expect(row[today] == "▲")
    }
}

@Suite struct NarrowLegendTests {
    @Test func aHiddenFactionsOffFitsANarrowPanel() {
        // At 100 columns the panel is 32 wide: "off" took the last two columns and showed as "of".
        let lines = Tiny.panel(Tiny.scene("2015-01-10", hidden: [FactionID(0), FactionID(3)]))
        let rows = lines.filter { $0.hasPrefix("1  IS ") || $0.hasPrefix("4  SDF ") }
        #expect(rows.count == 2)
        for row in rows { #expect(row.hasSuffix(" off"), "\(row)") }
    }
}
