import Testing
@testable import FrontlineCore

/// The week of the 22 May 2015 report, one fact per test, as queries of the real data at a date.
@Suite struct SeedWeekTests {
    let rebelSide = ["rebels", "hts"]

    @Test func ramadiHeldByISOn17May() throws {
        let d = try RealData.data()
        #expect(try d.holder("ramadi", on: "2015-05-17") == .faction(d.faction("is")))
    }

    @Test func ramadiNotISAloneOn16May() throws {
        let d = try RealData.data()
        #expect(try d.holder("ramadi", on: "2015-05-16") != .faction(d.faction("is")))
    }

    @Test func palmyraHeldByISOn21May() throws {
        let d = try RealData.data()
        #expect(try d.holder("palmyra", on: "2015-05-21") == .faction(d.faction("is")))
    }

    @Test func palmyraNotISOn19May() throws {
        let d = try RealData.data()
        #expect(try d.holder("palmyra", on: "2015-05-19") != .faction(d.faction("is")))
    }

    @Test func alTanfHeldByISOn21May() throws {
        let d = try RealData.data()
        #expect(try d.holder("al-tanf-crossing", on: "2015-05-21") == .faction(d.faction("is")))
    }

    @Test func husaybahHeldByISOn22May() throws {
        let d = try RealData.data()
        #expect(try d.holder("husaybah-al-sharqiyah", on: "2015-05-22") == .faction(d.faction("is")))
    }

    @Test func husaybahNotISOn21May() throws {
        let d = try RealData.data()
        #expect(try d.holder("husaybah-al-sharqiyah", on: "2015-05-21") != .faction(d.faction("is")))
    }

    @Test func alWalidHeldByISBy31May() throws {
        let d = try RealData.data()
        #expect(try d.holder("al-walid-crossing", on: "2015-05-31") == .faction(d.faction("is")))
    }

    @Test func jisrAlShughurRebelHeldOn23May() throws {
        let d = try RealData.data()
        #expect(try d.isAmong(d.holder("jisr-al-shughur", on: "2015-05-23"), rebelSide))
    }

    @Test func jisrAlShughurNeverGovernmentAfter22May() throws {
        let d = try RealData.data()
        let gov = try d.faction("syria-gov")
        let region = try d.region("jisr-al-shughur")
        var date = day("2015-05-23")
        var held: [String] = []
        while date <= Era.last {
            if d.history.controls[d.history.controlIndex(region: region, at: date)].involves(gov) {
                held.append(date.description)
            }
            date = date.adding(days: 1)
        }
        #expect(held.isEmpty, "syria-gov on \(held.prefix(5))")
    }

    @Test func idlibRebelHeldOn22May() throws {
        let d = try RealData.data()
        #expect(try d.isAmong(d.holder("idlib", on: "2015-05-22"), rebelSide))
    }

    @Test func idlibFellOn28March() throws {
        let d = try RealData.data()
        #expect(try d.isAmong(d.holder("idlib", on: "2015-03-28"), rebelSide))
        #expect(try d.holder("idlib", on: "2015-03-27").involves(d.faction("syria-gov")))
    }

    @Test func arihaRebelHeldOn31May() throws {
        let d = try RealData.data()
        #expect(try d.isAmong(d.holder("ariha", on: "2015-05-31"), rebelSide))
    }

    @Test func alYarubiyahHeldBySDFOn22May() throws {
        let d = try RealData.data()
        #expect(try d.holder("al-yarubiyah", on: "2015-05-22") == .faction(d.faction("sdf")))
    }

    @Test(arguments: ["rabia-crossing", "rabia"])
    func rabiaHeldByKurdsOn22May(_ id: String) throws {
        let d = try RealData.data()
        #expect(try d.isAmong(d.holder(id, on: "2015-05-22"), ["krg", "sdf"]))
    }

    @Test(arguments: ["al-qaim", "abu-kamal"])
    func borderTownsHeldByISOn22May(_ id: String) throws {
        let d = try RealData.data()
        #expect(try d.holder(id, on: "2015-05-22") == .faction(d.faction("is")))
    }

    @Test func isHeldAboutHalfOfSyriaOn21May() throws {
        // SOHR, 21 May 2015: about 95,000 km², 50% of Syria.
        let d = try RealData.data()
        let share = try d.statistics(on: "2015-05-21", country: "SY").percent(d.faction("is"))
        #expect(share > 40 && share < 60, "measured \(share)%")
    }
}
