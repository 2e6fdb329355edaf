import Testing
@testable import FrontlineCore

/// Lookups of the resolved history on the fixture timeline (see ``Fixture`` for the four change days).
@Suite struct HistoryEngineTests {
    let data: DataSet
    let isF: FactionID = 0, gov: FactionID = 1, iraq: FactionID = 2
    let abuKamal = RegionID(0), hajin = RegionID(1), qaim = RegionID(2)

    init() throws { data = try Fixture().load() }

    var history: History { data.history }

    func control(_ region: RegionID, _ d: String) -> Control {
        history.controls[history.controlIndex(region: region, at: day(d))]
    }

    @Test func initialStateMostSpecificRowWins() {
        #expect(control(abuKamal, "2014-01-01") == .faction(gov))
        #expect(control(hajin, "2014-01-01") == .faction(isF))
        #expect(control(qaim, "2014-01-01") == .faction(iraq))
        #expect(history.initialRow == [0, 1, 2])
    }

    @Test func answerBeforeAnyChangeComesFromTheInitialRow() throws {
        let a = history.answer(region: qaim, at: day("2014-02-28"))
        #expect(a.control == .faction(iraq))
        #expect(a.since == nil && a.step == nil && a.previous == nil)
        let row = try #require(a.initial)
        #expect(row.origin.line == 4)
        #expect(row.source.date == "2014-01-01")
    }

    @Test func answerOnTheDayOfAChange() throws {
        let a = history.answer(region: qaim, at: day("2014-03-01"))
        #expect(a.control == .faction(isF))
        #expect(a.since == day("2014-03-01"))
        #expect(a.previous == .faction(iraq))
        #expect(a.initial == nil)
        let step = try #require(a.step)
        let change = data.timeline.changes[step.change]
        #expect(change.note == "IS took al-Qaim.")
        #expect(change.origin.line == 2)
        #expect(change.certainty == .exact)
    }

    @Test func answerBetweenChangesKeepsTheSinceDay() {
        let a = history.answer(region: qaim, at: day("2015-12-31"))
        #expect(a.control == .faction(isF))
        #expect(a.since == day("2014-03-01"))
        let b = history.answer(region: qaim, at: day("2016-01-01"))
        #expect(b.control == .faction(iraq))
        #expect(b.since == day("2016-01-01"))
        #expect(b.previous == .faction(isF))
        #expect(history.answer(region: qaim, at: day("2019-12-31")).since == day("2016-01-01"))
    }

    @Test func districtChangeMovesOnlyRegionsThatDiffer() {
        let steps = Array(history.steps(on: day("2014-06-01")))
        #expect(steps.map(\.region) == [abuKamal])
        #expect(history.controls[steps[0].previous] == .faction(gov))
        #expect(history.controls[steps[0].control] == .faction(isF))
        #expect(history.answer(region: hajin, at: day("2014-06-01")).since == nil)
    }

    @Test func sameDayPlaceRowBeatsDistrictRow() {
        #expect(control(hajin, "2015-01-10") == .contested([isF, gov]))
        #expect(control(abuKamal, "2015-01-10") == .faction(gov))
        #expect(control(hajin, "2015-01-09") == .faction(isF))
        let hajinChange = data.timeline.changes[history.answer(region: hajin, at: day("2015-01-10")).step!.change]
        #expect(hajinChange.targetText == "hajin")
        let akChange = data.timeline.changes[history.answer(region: abuKamal, at: day("2015-01-10")).step!.change]
        #expect(akChange.targetText == "SY0902")
    }

    @Test func sameDayPlaceRowBeatsDistrictRowWhicheverComesFirst() throws {
        // The place row first this time, and in another file.
        var rows = Fixture.changeRows
        let place = rows.remove(at: 3)
        let fx = try Fixture([
            "timeline/changes/a.tsv": Fixture.table("changes", rows),
            "timeline/changes/0.tsv": Fixture.table("changes", [place])
        ])
        let d = try fx.load()
        #expect(try d.control("hajin", "2015-01-10") == .contested([0, 1]))
        #expect(try d.control("abu-kamal", "2015-01-10") == .faction(1))
    }

    @Test func governorateRowIsBeatenByDistrictRow() throws {
        // SY09 has the one district SY0902, so the district row overrides the governorate row everywhere and the
        // governorate row is reported as changing nothing.
        let fx = try Fixture([
            "timeline/changes/b.tsv": Fixture.changes(
                "2017-01-01\texact\tSY09\tiraq-gov\tGovernorate-wide.\tSrc\t2017",
                "2017-01-01\texact\tSY0902\tis\tDistrict.\tSrc\t2017")
        ])
        #expect(
            fx.errors() == [
                "\(fx.path("timeline/changes/b.tsv")):2:1: changes no region: every region of SY09 is already held by "
                    + "iraq-gov or set by a more specific row that day"
            ])
    }

    @Test func districtRowWithAPlaceRowTheSameDay() throws {
        let fx = try Fixture([
            "timeline/changes/b.tsv": Fixture.changes(
                "2017-01-01\texact\tSY0902\tiraq-gov\tDistrict.\tSrc\t2017",
                "2017-01-01\texact\tabu-kamal\tis\tPlace.\tSrc\t2017")
        ])
        let d = try fx.load()
        #expect(try d.control("abu-kamal", "2017-01-01") == .faction(0))
        #expect(try d.control("hajin", "2017-01-01") == .faction(2))
        #expect(try d.control("abu-kamal", "2016-12-31") == .faction(1))
    }

    @Test func stepsOnADay() {
        #expect(history.steps(on: day("2015-01-10")).map(\.region) == [abuKamal, hajin])
        #expect(history.steps(on: day("2015-01-11")).isEmpty)
        #expect(history.steps(on: day("2014-01-01")).isEmpty)
        #expect(history.steps(on: day("2016-01-01")).map(\.region) == [qaim])
    }

    @Test func stepsAfterThroughExcludesTheStartDay() {
        let s = history.steps(after: day("2014-03-01"), through: day("2015-01-10"))
        #expect(s.map(\.day) == [day("2014-06-01"), day("2015-01-10"), day("2015-01-10")])
        #expect(history.steps(after: day("2014-02-28"), through: day("2014-03-01")).count == 1)
        #expect(history.steps(after: day("2013-01-01"), through: day("2019-12-31")).count == 5)
        #expect(history.steps(after: day("2015-01-10"), through: day("2014-01-01")).isEmpty)
        #expect(history.steps(after: day("2015-01-10"), through: day("2015-01-10")).isEmpty)
    }

    @Test func changeDays() {
        #expect(history.days == [day("2014-03-01"), day("2014-06-01"), day("2015-01-10"), day("2016-01-01")])
        #expect(history.steps.count == 5)
        #expect(history.steps(region: hajin).map(\.day) == [day("2015-01-10")])
        #expect(history.steps(region: qaim).map(\.day) == [day("2014-03-01"), day("2016-01-01")])
    }

    @Test func nextChangeDay() {
        #expect(history.nextChangeDay(after: day("2014-01-01")) == day("2014-03-01"))
        #expect(history.nextChangeDay(after: day("2014-03-01")) == day("2014-06-01"))
        #expect(history.nextChangeDay(after: day("2015-06-01")) == day("2016-01-01"))
        #expect(history.nextChangeDay(after: day("2016-01-01")) == nil)
    }

    @Test func previousChangeDay() {
        #expect(history.previousChangeDay(before: day("2014-03-01")) == nil)
        #expect(history.previousChangeDay(before: day("2014-03-02")) == day("2014-03-01"))
        #expect(history.previousChangeDay(before: day("2014-06-01")) == day("2014-03-01"))
        #expect(history.previousChangeDay(before: day("2019-12-31")) == day("2016-01-01"))
    }

    @Test func changeDayNumber() {
        #expect(history.changeDayNumber(at: day("2014-02-28")) == 0)
        #expect(history.changeDayNumber(at: day("2014-03-01")) == 1)
        #expect(history.changeDayNumber(at: day("2015-01-10")) == 3)
        #expect(history.changeDayNumber(at: day("2015-06-01")) == 3)
        #expect(history.changeDayNumber(at: day("2019-12-31")) == 4)
    }

    @Test func controlsAreInterned() {
        #expect(Set(history.controls).count == history.controls.count)
        #expect(history.controls.count == 4)
    }

    @Test func warningForARegionThatNeverChangesWhileItsDistrictDoes() throws {
        let fx = try Fixture([
            "timeline/changes/a.tsv": Fixture.changes("2014-03-01\texact\tabu-kamal\tis\tNote.\tSrc\t2014")
        ])
        let d = try fx.load()
        #expect(
            d.warnings.map(\.description) == [
                "\(fx.path("timeline/initial/a.tsv")):3: warning: hajin never changes hands from 2014-01-01 to "
                    + "2019-12-31, though other regions of district SY0902 do"
            ])
    }

    @Test func statisticsOfAFixtureDay() throws {
        let atlas = data.atlas
        let all = AreaStatistics(data: data, controls: history.snapshot(at: day("2014-06-01")), country: nil)
        #expect(abs(all.byFaction[faction: isF] - atlas.area()) < 1e-6)
        #expect(abs(all.percent(isF) - 100) < 1e-9)
        #expect(all.contested == 0 && all.unknown == 0)
        let sy = AreaStatistics(data: data, controls: history.snapshot(at: day("2015-01-10")), country: "SY")
        #expect(abs(sy.total - atlas.area(country: "SY")) < 1e-6)
        #expect(abs(sy.contested - atlas.regions[hajin].areaKm2) < 1e-6)
        #expect(abs(sy.byFaction[faction: gov] - atlas.regions[abuKamal].areaKm2) < 1e-6)
        #expect(sy.byFaction[faction: isF] == 0)
        #expect(sy.byFaction[faction: iraq] == 0)
    }

    @Test func areaSeriesFollowsTheChanges() {
        let series = data.series
        let r = data.atlas.regions
        #expect(series.days == 2191)
        #expect(abs(series.area(isF, on: day("2014-01-01")) - r[hajin].areaKm2) < 1e-6)
        #expect(abs(series.area(isF, on: day("2014-03-01")) - r[hajin].areaKm2 - r[qaim].areaKm2) < 1e-6)
        #expect(abs(series.area(isF, on: day("2014-06-01")) - data.atlas.area()) < 1e-6)
        #expect(abs(series.area(isF, on: day("2015-01-10")) - r[qaim].areaKm2) < 1e-6)
        #expect(abs(series.area(isF, on: day("2015-01-10"), country: "IQ") - r[qaim].areaKm2) < 1e-6)
        #expect(abs(series.area(isF, on: day("2015-01-10"), country: "SY")) < 1e-6)
        #expect(abs(series.area(gov, on: day("2015-01-10"), country: "SY") - r[abuKamal].areaKm2) < 1e-6)
        #expect(abs(series.area(isF, on: day("2016-01-01"))) < 1e-6)
        // Clamped to the era.
        #expect(series.area(iraq, on: day("2030-01-01")) == series.area(iraq, on: day("2019-12-31")))
    }
}
