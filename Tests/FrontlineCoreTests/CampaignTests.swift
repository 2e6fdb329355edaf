import Foundation
import Testing
@testable import FrontlineCore

/// Campaign files (`campaigns/*.tsv`): rows that name a place and its point, resolved to the region under it.
@Suite struct CampaignTests {
    /// The fixture with `rows` as `campaigns/a.tsv` (see ``Fixture`` for the grid and the timeline).
    ///
    /// The fixture's changes are cut to al-qaim's two (is on 2014-03-01, iraq-gov on 2016-01-01) plus `changes`.
    func fixture(_ rows: String..., changes: [String] = []) throws -> Fixture {
        try Fixture([
            "campaigns/a.tsv": Fixture.table("campaigns", rows),
            "timeline/changes/a.tsv": Fixture.table("changes", [Fixture.changeRows[0], Fixture.changeRows[4]] + changes)
        ])
    }

    func row(_ date: String, _ place: String, _ lat: String, _ lon: String, _ source: String, _ control: String)
        -> String
    {
        "\(date)\texact\t\(place)\t\(lat)\t\(lon)\t\(source)\t\(control)\tA note.\tSrc, \"Title\"\t2015-01-02"
    }

    @Test func aRowChangesTheRegionUnderItsPoint() throws {
        let f = try fixture(row("2014-04-01", "Abu Kamal", "35.3", "40.3", "wikimap-sy:1:Abu Kamal", "is"))
        let d = try f.load()
        #expect(try d.control("abu-kamal", "2014-03-31") == .faction(try d.faction("syria-gov")))
        #expect(try d.control("abu-kamal", "2014-04-01") == .faction(try d.faction("is")))
        let change = try #require(d.timeline.changes.first { $0.place != nil })
        #expect(change.place?.name == "Abu Kamal")
        #expect(change.targets == [.region(try d.region("abu-kamal"))])
        #expect(change.origin == Origin(file: f.path("campaigns/a.tsv"), line: 2))
    }

    @Test func anAtlasCoordinateSourceNamesItsRegionWhereverThePointFalls() throws {
        let d = try fixture(row("2014-04-01", "Hajin", "35.3", "40.3", "atlas:hajin", "syria-gov")).load()
        #expect(try d.control("hajin", "2014-04-01") == .faction(try d.faction("syria-gov")))
        #expect(try d.control("abu-kamal", "2014-04-01") == .faction(try d.faction("syria-gov")))
        #expect(d.history.steps(region: try d.region("abu-kamal")).first?.day != Day(iso: "2014-04-01"))
    }

    @Test func aPointFromOneCountrysMapStaysInThatCountry() throws {
        // The point lies in hajin (Syria), but it comes from the Iraqi map module: it goes to al-qaim next door.
        let d = try fixture(row("2017-06-01", "Al-Qaim", "35.2", "41.2", "wikimap-iq:1:Al-Qaim", "is")).load()
        #expect(try d.control("al-qaim", "2017-06-01") == .faction(try d.faction("is")))
        #expect(d.history.steps(region: try d.region("hajin")).isEmpty)
    }

    @Test func aPointJustOffLandGoesToTheNearestRegion() throws {
        // 34.7N 40.2E is sea in the fixture; the nearest region cell, one row up, is abu-kamal.
        let d = try fixture(row("2014-04-01", "Shore", "34.7", "40.2", "geonames:1", "is")).load()
        #expect(try d.control("abu-kamal", "2014-04-01") == .faction(try d.faction("is")))
    }

    @Test func aPointFarFromAnyRegionIsAnErrorAtItsLatitude() throws {
        let f = try fixture(row("2014-04-01", "Nowhere", "10.0", "10.0", "geonames:1", "is"))
        #expect(
            f.errors() == [
                "\(f.path("campaigns/a.tsv")):2:\(columnOf(3)): 10.0,10.0 is not in a region of Iraq or Syria (nor "
                    + "within 3 cells of one)"
            ])
    }

    @Test func rowsOfOneDayInOneRegionMergeWhenTheyAgree() throws {
        let d = try fixture(
            row("2014-04-01", "A", "35.3", "40.3", "geonames:1", "is"),
            row("2014-04-01", "B", "35.4", "40.1", "geonames:2", "is")
        ).load()
        #expect(d.timeline.merged.map(\.line) == [3])
        #expect(d.warnings.allSatisfy { $0.kind == .neverChanges })
    }

    @Test func whenTheyDisagreeTheRowNearestTheRegionsPlaceWins() throws {
        // abu-kamal's place is at 35.3N 40.3E: B (0.01° off) beats A (0.2° off) although A comes first.
        let f = try fixture(
            row("2014-04-01", "A", "35.4", "40.1", "geonames:1", "is"),
            row("2014-04-01", "B", "35.31", "40.3", "geonames:2", "iraq-gov"))
        let d = try f.load()
        #expect(try d.control("abu-kamal", "2014-04-01") == .faction(try d.faction("iraq-gov")))
        let w = d.warnings.filter { $0.kind == .overruled }
        #expect(w.map(\.line) == [2])
        #expect(w.first?.message.contains("A shares region abu-kamal with B (\(f.path("campaigns/a.tsv")):3)") == true)
    }

    @Test func aRowOnTheFirstDayIsTheInitialStateAndOutranksInitialRows() throws {
        let d = try fixture(row("2014-01-01", "Abu Kamal", "35.3", "40.3", "geonames:1", "is")).load()
        #expect(try d.control("abu-kamal", "2014-01-01") == .faction(try d.faction("is")))
        #expect(d.timeline.changes.allSatisfy { $0.place == nil })
        #expect(d.timeline.initial.last?.place?.name == "Abu Kamal")
    }

    @Test func aRowRestatingTheControllerIsAWarningNotAStep() throws {
        let d = try fixture(row("2014-02-01", "Abu Kamal", "35.3", "40.3", "geonames:1", "syria-gov")).load()
        #expect(d.warnings.filter { $0.kind == .restated }.map(\.line) == [2])
        #expect(d.history.steps(region: try d.region("abu-kamal")).allSatisfy { $0.day != Day(iso: "2014-02-01") })
    }

    @Test func aRestatingRowStillOutranksADistrictRowOfItsDay() throws {
        // SY0902 goes to iraq-gov on 2014-06-01 (hajin is made the army's first); a campaign row says abu-kamal
        // itself stayed with Syria's army.
        let d = try fixture(
            row("2014-06-01", "Abu Kamal", "35.3", "40.3", "geonames:1", "syria-gov"),
            changes: [
                "2014-05-01\texact\thajin\tsyria-gov\tArmy in Hajin.\tSrc\t2014",
                "2014-06-01\texact\tSY0902\tiraq-gov\tA district row.\tSrc\t2014"
            ]
        ).load()
        #expect(try d.control("abu-kamal", "2014-06-01") == .faction(try d.faction("syria-gov")))
        #expect(try d.control("hajin", "2014-06-01") == .faction(try d.faction("iraq-gov")))
    }

    @Test func aLongContestedPeriodWithoutAReasonIsAWarning() throws {
        // hajin is contested from 2015-01-10 to the end; the fixture's contested.tsv says why.
        #expect(try Fixture().load().warnings.allSatisfy { $0.kind != .longContested })
        let d = try Fixture(["timeline/contested.tsv": nil]).load()
        let w = d.warnings.filter { $0.kind == .longContested }
        #expect(w.count == 1)
        #expect(w.first?.message.hasPrefix("hajin is contested for 1817 days from 2015-01-10") == true)
    }

    /// The 1-based column at which field `i` of ``row`` starts.
    func columnOf(_ i: Int) -> Int {
        let fields = row("2014-04-01", "Nowhere", "10.0", "10.0", "geonames:1", "is").components(separatedBy: "\t")
        return fields.prefix(i).map { $0.count + 1 }.reduce(1, +)
    }
}
