import Testing
@testable import FrontlineCore

/// City battles at the resolution of their neighbourhoods: who held a quarter just before and just after the day
/// its source gives, each carved out of its city from a cited point (Data/atlas/curated-places.tsv).
@Suite struct NeighbourhoodArcTests {
    /// (region, day before, holder before, day after, holder after), from the campaign rows' sources.
    static let events: [(String, String, String, String, String)] = [
        // Mosul: the Nabi Yunus quarter retaken on 16 January 2017, the museum with the government complex on
        // 7 March, the al-Nuri mosque on 29 June.
        ("mosul-nabi-yunus", "2017-01-10", "is", "2017-01-17", "iraq-gov"),
        ("mosul-museum", "2017-03-01", "contested", "2017-03-08", "iraq-gov"),
        ("mosul-al-nuri-mosque", "2017-06-20", "contested", "2017-06-30", "iraq-gov"),
        ("tal-afar-al-hayakul", "2017-08-20", "is", "2017-08-28", "iraq-gov"),
        // Damascus: Qaboun and Barzeh evacuated in May 2017; Qadam taken by IS in March 2018; Tadamon in May.
        ("damascus-qaboun", "2017-05-01", "rebels", "2017-05-20", "syria-gov"),
        ("damascus-barzeh", "2017-05-20", "rebels", "2017-06-05", "syria-gov"),
        ("damascus-qadam", "2018-03-15", "syria-gov", "2018-03-25", "is"),
        ("damascus-tadamon", "2018-05-01", "contested", "2018-05-25", "syria-gov"),
        // Old Homs evacuated on 9 May 2014; Daraa al-Balad surrendered on 12 July 2018.
        ("homs-bustan-al-diwan", "2014-05-01", "rebels", "2014-05-12", "syria-gov"),
        ("daraa-al-balad", "2018-07-01", "rebels", "2018-07-14", "syria-gov"),
    ]

    @Test(arguments: events.indices)
    func event(_ i: Int) throws {
        let (id, before, was, after, now) = Self.events[i]
        let data = try RealData.data()
        for (date, expected) in [(before, was), (after, now)] {
            let code = data.code(try data.holder(id, on: date))
            if expected == "contested" {
                #expect(code.hasPrefix("contested:"), "\(id) on \(date): \(code)")
            } else {
                #expect(code == expected, "\(id) on \(date)")
            }
        }
    }

    /// On 10 February 2017 an east-bank quarter of Mosul was the government's while a west-bank one was still IS's.
    @Test func mosulQuartersDifferAcrossTheTigrisOn10February2017() throws {
        let data = try RealData.data()
        #expect(data.code(try data.holder("mosul-nabi-yunus", on: "2017-02-10")) == "iraq-gov")
        #expect(data.code(try data.holder("mosul-museum", on: "2017-02-10")) == "is")
    }

    /// A query at a neighbourhood's own point answers with that neighbourhood, not with its city.
    @Test(arguments: ["mosul-nabi-yunus", "mosul-museum", "damascus-qaboun", "daraa-al-balad", "new-aleppo"])
    func aQueryAtANeighbourhoodsPointFindsIt(_ id: String) throws {
        let atlas = try RealData.data().atlas
        let region = try #require(atlas.region(id: id))
        #expect(region.kind == .neighbourhood)
        guard case .region(let r)? = atlas.cell(at: region.point) else {
            Issue.record("\(id): its point is off the regions")
            return
        }
        #expect(atlas.regions[r].id == id)
    }
}
