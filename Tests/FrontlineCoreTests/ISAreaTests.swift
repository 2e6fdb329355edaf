import Testing
@testable import FrontlineCore

/// The scale of the Islamic State's territory over time, from the real data.
@Suite struct ISAreaTests {
    @Test func shareOfSyriaAndIraqFallsSteadily() throws {
        let d = try RealData.data()
        let isF = try d.faction("is")
        let dates = ["2016-06-01", "2017-01-01", "2017-07-01", "2018-01-01", "2019-04-01"]
        let shares = dates.map { d.statistics(on: $0, country: nil).percent(isF) }
        for i in 1..<shares.count {
            #expect(shares[i] < shares[i - 1], "\(dates[i]): \(shares[i])% after \(dates[i - 1]): \(shares[i - 1])%")
        }
    }

    @Test func underFivePercentOfSyriaOn1January2018() throws {
        let d = try RealData.data()
        let share = d.statistics(on: "2018-01-01", country: "SY").percent(try d.faction("is"))
        #expect(share < 5, "measured \(share)%")
    }

    @Test func nothingLeftAtTheEnd() throws {
        let d = try RealData.data()
        let stats = d.statistics(on: "2019-12-31", country: nil)
        #expect(stats.byFaction[faction: try d.faction("is")] == 0)
        // No region is shared with IS either.
        let isF = try d.faction("is")
        let contestedWithIS = d.history.snapshot(at: Era.last).filter { d.history.controls[$0].involves(isF) }
        #expect(contestedWithIS.isEmpty)
    }

    @Test func areaSeriesAgreesWithStatistics() throws {
        let d = try RealData.data()
        let series = d.series
        for date in ["2014-01-01", "2014-06-30", "2015-05-21", "2016-06-01", "2017-07-01", "2018-01-01", "2019-12-31"] {
            for country in ["SY", "IQ"] {
                let stats = d.statistics(on: date, country: country)
                for f in d.timeline.factions.ids {
                    #expect(
                        abs(series.area(f, on: day(date), country: country) - stats.byFaction[faction: f]) < 0.01,
                        "\(d.timeline.factions[f].id) \(country) \(date)")
                }
            }
        }
    }

    @Test func statisticsAddUpToTheTotal() throws {
        let d = try RealData.data()
        for date in ["2014-01-01", "2015-05-22", "2017-10-17"] {
            let s = d.statistics(on: date, country: "SY")
            #expect(abs(s.byFaction.reduce(0, +) + s.contested + s.unknown - s.total) < 1e-6)
            #expect(abs(s.total - d.atlas.area(country: "SY")) < 1e-6)
        }
    }
}
