import Testing
@testable import FrontlineCore

/// Row-level and cross-row checks of `timeline/`: each error is asserted as its exact `file:line:column: message`.
@Suite struct TimelineValidationTests {
    static let b = "timeline/changes/b.tsv"

    /// Loads the fixture with `rows` as an extra changes file b.tsv and returns the error descriptions.
    func errors(_ rows: String...) throws -> (Fixture, [String]) {
        let fx = try Fixture([Self.b: ([Fixture.header["changes"]!] + rows).joined(separator: "\n") + "\n"])
        return (fx, fx.errors())
    }

    @Test func unknownTargetIsLocatedAtTheTarget() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim,nowhere\tis\tNote.\tSrc\t2017")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:26: unknown target \"nowhere\": expected a region id or a district or "
                    + "governorate P-code"
            ])
    }

    @Test func targetListedTwiceInOneRow() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim,al-qaim\tis\tNote.\tSrc\t2017")
        #expect(e == ["\(fx.path(Self.b)):2:26: target al-qaim is listed twice"])
    }

    @Test func unknownFactionAsController() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim\tnusra\tNote.\tSrc\t2017")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:26: expected a faction id (is, syria-gov, iraq-gov), contested:A+B or unknown, "
                    + "found \"nusra\""
            ])
    }

    @Test func unknownFactionInsideContested() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim\tcontested:is+nusra\tNote.\tSrc\t2017")
        #expect(e == ["\(fx.path(Self.b)):2:26: unknown faction \"nusra\" in contested:is+nusra"])
    }

    @Test func contestedWithASingleFaction() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim\tcontested:is\tNote.\tSrc\t2017")
        #expect(
            e == ["\(fx.path(Self.b)):2:26: expected two or more factions after contested:, such as contested:is+sdf"])
    }

    @Test func contestedWithARepeatedFaction() throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim\tcontested:is+is\tNote.\tSrc\t2017")
        #expect(e == ["\(fx.path(Self.b)):2:26: faction is is listed twice"])
    }

    @Test func malformedDate() throws {
        let (fx, e) = try errors("15/05/2015\texact\tal-qaim\tis\tNote.\tSrc\t2015")
        #expect(e == ["\(fx.path(Self.b)):2:1: expected a date YYYY-MM-DD, found \"15/05/2015\""])
    }

    @Test func impossibleDate() throws {
        let (fx, e) = try errors("2015-02-30\texact\tal-qaim\tis\tNote.\tSrc\t2015")
        #expect(e == ["\(fx.path(Self.b)):2:1: expected a date YYYY-MM-DD, found \"2015-02-30\""])
    }

    @Test(arguments: ["2013-12-31", "2020-01-01", "2014-01-01"])
    func dateOutsideTheEra(_ date: String) throws {
        // Changes start the day after the initial state.
        let (fx, e) = try errors("\(date)\texact\tal-qaim\tis\tNote.\tSrc\t2015")
        #expect(e == ["\(fx.path(Self.b)):2:1: date \(date) is outside 2014-01-02 to 2019-12-31"])
    }

    @Test func eraBoundsAreAccepted() throws {
        let fx = try Fixture([
            Self.b: Fixture.changes(
                "2014-01-02\texact\tIQG01Q02\tcontested:is+iraq-gov\tNote.\tSrc\t2014",
                "2019-12-31\texact\tal-qaim\tis\tNote.\tSrc\t2019")
        ])
        let data = try fx.load()
        #expect(try data.control("al-qaim", "2014-01-02") == .contested([0, 2]))
        #expect(try data.control("al-qaim", "2019-12-31") == .faction(data.faction("is")))
    }

    @Test func unknownCertainty() throws {
        let (fx, e) = try errors("2017-01-01\tsure\tal-qaim\tis\tNote.\tSrc\t2017")
        #expect(e == ["\(fx.path(Self.b)):2:12: expected a certainty: exact or approx, found \"sure\""])
    }

    @Test(arguments: ["2015-13", "15", "2015-05-32", "2015/05", "May 2015", ""])
    func badSourceDate(_ date: String) throws {
        let (fx, e) = try errors("2017-01-01\texact\tal-qaim\tis\tNote.\tSrc\t\(date)")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:39: expected the source's date as YYYY, YYYY-MM or YYYY-MM-DD, found \"\(date)\""
            ])
    }

    /// "+201" is four characters that Int("+201") would parse; a year is four digits.
    @Test func signedYearIsNotASourceDate() throws {
        let fx = try Fixture([Self.b: Fixture.changes("2017-01-01\texact\tal-qaim\tis\tNote.\tSrc\t+201")])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):2:39: expected the source's date as YYYY, YYYY-MM or YYYY-MM-DD, found \"+201\""
            ])

    }

    @Test(arguments: ["2015", "2015-05", "2015-05-22"])
    func validSourceDates(_ date: String) throws {
        let fx = try Fixture([Self.b: Fixture.changes("2017-01-01\texact\tal-qaim\tis\tNote.\tSrc\t\(date)")])
        #expect(try fx.load().timeline.changes.last?.source.date == date)
    }

    @Test func emptyNoteAndSource() throws {
        let (fx, e) = try errors(
            "2017-01-01\texact\tal-qaim\tis\t\tSrc\t2017",
            "2017-01-02\texact\tal-qaim\tis\tNote.\t\t2017")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:29: expected a note",
                "\(fx.path(Self.b)):3:35: expected a source: publication or article title"
            ])
    }

    @Test func duplicateSameDayTarget() throws {
        let (fx, e) = try errors(
            "2017-01-01\texact\tal-qaim\tis\tNote.\tSrc\t2017",
            "2017-01-01\texact\tal-qaim\tis\tNote again.\tSrc\t2017")
        #expect(
            e == [
                "\(fx.path(Self.b)):3:1: duplicate change: al-qaim already goes to is on 2017-01-01 at "
                    + "\(fx.path(Self.b)):2"
            ])
    }

    /// Two rows naming the same place on one day with different controllers, in different files.
    @Test func conflictingSameDayChangesAtEqualSpecificity() throws {
        let (fx, e) = try errors("2016-01-01\texact\tal-qaim\tsyria-gov\tConflicting account.\tSrc\t2016")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:1: conflicting changes for al-qaim on 2016-01-01: syria-gov here, iraq-gov at "
                    + "\(fx.path("timeline/changes/a.tsv")):6"
            ])
    }

    @Test func conflictingSameDayDistrictRows() throws {
        let (fx, e) = try errors(
            "2017-01-01\texact\tIQG01Q02\tis\tNote.\tSrc\t2017",
            "2017-01-01\texact\tIQG01Q02\tsyria-gov\tNote.\tSrc\t2017")
        #expect(
            e.first
                == "\(fx.path(Self.b)):3:1: conflicting changes for IQG01Q02 on 2017-01-01: syria-gov here, is at "
                + "\(fx.path(Self.b)):2"
        )
        // Reported once: the faulty row is not reported again as changing nothing.
        #expect(e.count == 1)

    }

    @Test func changeToTheControllerTheRegionAlreadyHas() throws {
        let (fx, e) = try errors("2014-02-01\texact\thajin\tis\tNote.\tSrc\t2014")
        #expect(e == ["\(fx.path(Self.b)):2:1: hajin is already held by is on 2014-02-01"])
    }

    @Test func districtChangeThatChangesNoRegion() throws {
        let (fx, e) = try errors("2014-02-01\texact\tIQG01Q02\tiraq-gov\tNote.\tSrc\t2014")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:1: changes no region: every region of IQG01Q02 is already held by iraq-gov or "
                    + "set by a more specific row that day"
            ])
    }

    @Test func districtChangeOverriddenByAPlaceRowChangesNoRegion() throws {
        let (fx, e) = try errors(
            "2014-02-01\texact\tIQG01Q02\tis\tNote.\tSrc\t2014",
            "2014-02-01\texact\tal-qaim\tsyria-gov\tNote.\tSrc\t2014")
        #expect(
            e == [
                "\(fx.path(Self.b)):2:1: changes no region: every region of IQG01Q02 is already held by is or set by "
                    + "a more specific row that day"
            ])
    }

    @Test func initialStateMissingARegion() throws {
        let fx = try Fixture(["timeline/initial/a.tsv": Fixture.table("initial", Array(Fixture.initialRows.prefix(2)))])
        #expect(
            fx.errors() == [
                "\(fx.path("timeline/initial/a.tsv")):1:1: 1 region(s) have no controller on 2014-01-01: al-qaim"
            ])
    }

    @Test func duplicateInitialRow() throws {
        let fx = try Fixture([
            "timeline/initial/b.tsv": Fixture.table("initial", ["hajin\tsyria-gov\tAgain.\tSrc\t2014"])
        ])
        #expect(
            fx.errors() == [
                "\(fx.path("timeline/initial/b.tsv")):2:1: duplicate initial row for hajin (first at "
                    + "\(fx.path("timeline/initial/a.tsv")):3)"
            ])
    }

    @Test func unknownFactionInInitialState() throws {
        let fx = try Fixture([
            "timeline/initial/a.tsv": Fixture.table("initial", Fixture.initialRows + ["hajin\tisis\tNote.\tSrc\t2014"])
        ])
        #expect(
            fx.errors() == [
                "\(fx.path("timeline/initial/a.tsv")):5:7: expected a faction id (is, syria-gov, iraq-gov), "
                    + "contested:A+B or unknown, found \"isis\""
            ])
    }

    @Test func missingChangesFolder() throws {
        let fx = try Fixture(["timeline/changes/a.tsv": nil])
        #expect(fx.errors() == ["\(fx.path("timeline/changes")):1:1: expected a folder of .tsv files"])
    }

    @Test func everyRowErrorIsReportedInFileAndLineOrder() throws {
        let (_, e) = try errors(
            "15/05/2015\texact\tal-qaim\tis\tNote.\tSrc\t2015",
            "2017-01-01\texact\tal-qaim\tcontested:is\tNote.\tSrc\t2017",
            "2017-01-02\texact\tnowhere\tis\tNote.\tSrc\t2017")
        #expect(
            e.map { $0.split(separator: ":").dropFirst().prefix(2).joined(separator: ":") } == ["2:1", "3:26", "4:18"])
    }

    @Test func eventsAcceptTheFirstDayAndEmptyTargets() throws {
        let fx = try Fixture([
            "timeline/events.tsv": Fixture.table(
                "events",
                [
                    "2014-09-23\texact\tabu-kamal,hajin\tUS strikes begin in Syria.\tSrc\t2014",
                    "2014-01-01\texact\t\tThe era begins.\tSrc\t2014"
                ])
        ])
        let events = try fx.load().timeline.events
        #expect(events.map(\.day.description) == ["2014-01-01", "2014-09-23"])
        #expect(events[0].targets.isEmpty)
        #expect(events[1].targets == [.region(RegionID(0)), .region(RegionID(1))])
        #expect(events[1].origin.line == 2)
    }

    @Test func eventOutsideTheEra() throws {
        let fx = try Fixture([
            "timeline/events.tsv": Fixture.table("events", ["2013-12-31\texact\t\tToo early.\tSrc\t2013"])
        ])
        #expect(
            fx.errors() == [
                "\(fx.path("timeline/events.tsv")):2:1: date 2013-12-31 is outside 2014-01-01 to 2019-12-31"
            ])
    }

    @Test func factionRules() throws {
        let fx = try Fixture([
            "timeline/factions.tsv": Fixture.table(
                "factions",
                [
                    "is\tIslamic State\tIS\t#3c3c3c\t#5a5a5a\t█\t#\tIslamic State",
                    "syria-gov\tSyrian government\tSyGov\t#d62828\t#d55e00\t·\t.\tSyrian Arab Army",
                    "iraq-gov\tIraqi government\tIqGov\t#b5557a\t#cc79a7\t:\t:\tIraqi Security Forces",
                    "is\tDuplicate\tIS\t#3c3c3c\t#5a5a5a\t█\t#\tDuplicate",
                    "contested\tContested\tC\t#3c3c3c\t#5a5a5a\t█\t#\tNot a faction",
                    "pink\tPink\tPink\tpink\t#5a5a5a\t█\t#\tBad colour",
                    "esc\tEscape\tEsc\t#3c3c3c\t#5a5a5a\t\u{1B}\t#\tControl glyph"
                ])
        ])
        let f = fx.path("timeline/factions.tsv")
        #expect(
            fx.errors() == [
                "\(f):5:1: duplicate faction is",
                "\(f):6:1: contested is a state, not a faction",
                "\(f):7:16: expected a colour #rrggbb",
                "\(f):8:32: expected one printable character"
            ])
    }
}
