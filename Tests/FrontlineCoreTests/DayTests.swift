import Testing
@testable import FrontlineCore

@Suite struct DayTests {
    @Test(arguments: [
        "15/05/2015", "2015-5-22", "2015-05-2", " 2015-05-22", "2015-05-22 ", "2015/05/22", "20150522",
        "2015-00-10", "2015-13-01", "2015-05-00", "2015-05-32", "0000-01-01", "+015-05-22", "2015-0x-01",
        "２０１５-05-22", "2015–05–22", "", "2015-05-22T00:00"
    ])
    func rejects(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func parsesAndPrintsISO() throws {
        let d = try #require(Day(iso: "2015-05-22"))
        #expect(d.description == "2015-05-22")
        #expect(d.civil == (2015, 5, 22))
        #expect(Day(iso: "0001-01-01")?.description == "0001-01-01")
        #expect(Day(iso: "9999-12-31")?.description == "9999-12-31")
        #expect(Day(iso: "2015-05-22"[...]) == d)
    }

    @Test func ordinalIsDaysSinceTheEpoch() {
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "1969-12-31")?.ordinal == -1)
        #expect(Day(iso: "2000-03-01")?.ordinal == 11_017)
        #expect(Day(iso: "2015-05-22")?.ordinal == 16_577)
    }

    @Test func leapYears() {
        #expect(Day(iso: "2016-02-29") != nil)
        #expect(Day(iso: "2015-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2015-02-30") == nil)
        #expect(Day(iso: "2015-04-31") == nil)
        #expect(day("2016-03-01").ordinal - day("2016-02-28").ordinal == 2)
        #expect(day("2015-03-01").ordinal - day("2015-02-28").ordinal == 1)
        #expect(day("2017-01-01").ordinal - day("2016-01-01").ordinal == 366)
    }

    @Test func roundTripsEveryDayOfTheEra() {
        var d = Era.first
        var count = 0
        while d <= Era.last {
            #expect(Day(iso: d.description) == d)
            d = d.adding(days: 1)
            count += 1
        }
        #expect(count == 2191)
    }

    @Test func weekdays() {
        #expect(day("2015-05-22").weekday == "Friday")
        #expect(day("1970-01-01").weekday == "Thursday")
        #expect(day("2014-01-01").weekday == "Wednesday")
        #expect(day("2019-03-23").weekday == "Saturday")
        #expect(day("1969-12-28").weekday == "Sunday")
    }

    @Test func addingDays() {
        #expect(day("2015-12-31").adding(days: 1) == day("2016-01-01"))
        #expect(day("2016-03-01").adding(days: -1) == day("2016-02-29"))
    }

    @Test func addingMonthsClampsToTheMonthEnd() {
        #expect(day("2016-01-31").adding(months: 1) == day("2016-02-29"))
        #expect(day("2015-01-31").adding(months: 1) == day("2015-02-28"))
        #expect(day("2016-03-31").adding(months: -1) == day("2016-02-29"))
        #expect(day("2015-05-31").adding(months: 1) == day("2015-06-30"))
        #expect(day("2015-12-15").adding(months: 1) == day("2016-01-15"))
        #expect(day("2016-01-15").adding(months: -1) == day("2015-12-15"))
        #expect(day("2015-05-22").adding(months: 12) == day("2016-05-22"))
        #expect(day("2016-02-29").adding(months: -12) == day("2015-02-28"))
        #expect(day("2015-05-22").adding(months: 0) == day("2015-05-22"))
    }

    @Test func era() {
        #expect(Era.first.description == "2014-01-01")
        #expect(Era.last.description == "2019-12-31")
        #expect(Era.seed.description == "2015-05-22")
        #expect(Era.days.contains(Era.seed))
        #expect(!Era.days.contains(day("2020-01-01")))
    }

    @Test func ordering() {
        #expect(day("2015-05-21") < day("2015-05-22"))
        #expect(day("2014-12-31") < day("2015-01-01"))
        #expect(!(day("2015-05-22") < day("2015-05-22")))
    }
}
