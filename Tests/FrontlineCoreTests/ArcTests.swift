import Testing
@testable import FrontlineCore

/// The whole arc of the war, pinned: who held each place just before and just after the events the history
/// issue names. A change of date or controller in Data/timeline must be deliberate to pass.
@Suite struct ArcTests {
    /// (region, day before, holder before, day after, holder after); `contested` matches any contested control.
    static let events: [(String, String, String, String, String)] = [
        ("fallujah", "2014-01-01", "contested", "2014-01-10", "is"),
        ("raqqa", "2014-01-10", "contested", "2014-02-01", "is"),
        ("mosul", "2014-06-09", "iraq-gov", "2014-06-11", "is"),
        ("tikrit", "2014-06-10", "iraq-gov", "2014-06-12", "is"),
        ("sinjar", "2014-08-02", "krg", "2014-08-04", "is"),
        ("rutba", "2014-06-20", "iraq-gov", "2014-07-01", "is"),
        ("kobani", "2014-09-01", "sdf", "2014-11-01", "contested"),
        ("kobani", "2015-01-25", "contested", "2015-01-27", "sdf"),
        ("tikrit", "2015-03-30", "contested", "2015-04-02", "iraq-gov"),
        ("idlib", "2015-03-27", "syria-gov", "2015-03-29", "rebels"),
        ("ramadi", "2015-05-16", "contested", "2015-05-18", "is"),
        ("palmyra", "2015-05-19", "syria-gov", "2015-05-21", "is"),
        ("sinjar", "2015-11-12", "contested", "2015-11-14", "krg"),
        ("ramadi", "2015-12-27", "contested", "2016-01-05", "iraq-gov"),
        ("palmyra", "2016-03-23", "is", "2016-03-28", "syria-gov"),
        ("fallujah", "2016-05-20", "is", "2016-06-27", "iraq-gov"),
        ("manbij", "2016-06-01", "is", "2016-08-13", "sdf"),
        ("jarabulus", "2016-08-23", "is", "2016-08-25", "turkey"),
        ("dabiq", "2016-10-15", "is", "2016-10-17", "turkey"),
        ("palmyra", "2016-12-09", "syria-gov", "2016-12-12", "is"),
        ("aleppo", "2016-06-01", "contested", "2016-12-23", "syria-gov"),
        ("al-bab", "2017-01-01", "is", "2017-02-24", "turkey"),
        ("palmyra", "2017-02-28", "is", "2017-03-03", "syria-gov"),
        ("mosul", "2016-10-16", "is", "2017-07-11", "iraq-gov"),
        ("tal-afar", "2017-08-19", "is", "2017-09-01", "iraq-gov"),
        ("hawija", "2017-10-04", "is", "2017-10-06", "iraq-gov"),
        ("raqqa", "2017-06-01", "is", "2017-10-21", "sdf"),
        ("kirkuk", "2017-10-15", "krg", "2017-10-17", "iraq-gov"),
        ("deir-ez-zor-airbase", "2016-06-01", "syria-gov", "2017-10-01", "syria-gov"),
        ("deir-ez-zor", "2017-11-02", "contested", "2017-11-04", "syria-gov"),
        ("al-qaim", "2017-11-02", "is", "2017-11-04", "iraq-gov"),
        ("abu-kamal", "2017-11-01", "is", "2017-11-20", "syria-gov"),
        ("afrin", "2018-01-19", "sdf", "2018-03-19", "turkey"),
        ("douma", "2018-02-01", "rebels", "2018-04-13", "syria-gov"),
        ("daraa", "2018-06-01", "contested", "2018-07-13", "syria-gov"),
        ("baghuz", "2018-12-01", "is", "2019-03-24", "sdf"),
        ("khan-shaykhun", "2019-08-01", "hts", "2019-08-25", "syria-gov"),
        ("tal-abyad", "2019-10-08", "sdf", "2019-10-21", "turkey"),
        // City battles at the resolution of their neighbourhoods, each carved out of its city from a cited point
        // (Data/atlas/curated-places.tsv).
        // Mosul: the Nabi Yunus quarter retaken on 16 January 2017, the museum with the government complex on
        // 7 March, the al-Nuri mosque on 29 June.
        ("mosul-nabi-yunus", "2017-01-10", "is", "2017-01-17", "iraq-gov"),
        ("mosul-museum", "2017-03-01", "is", "2017-03-08", "iraq-gov"),
        ("mosul-al-nuri-mosque", "2017-06-20", "is", "2017-06-30", "iraq-gov"),
        ("tal-afar-al-hayakul", "2017-08-20", "is", "2017-08-28", "iraq-gov"),
        // Damascus: Qaboun and Barzeh evacuated in May 2017; Qadam taken by IS in March 2018; Tadamon in May.
        ("damascus-qaboun", "2017-05-01", "rebels", "2017-05-20", "syria-gov"),
        ("damascus-barzeh", "2017-05-20", "rebels", "2017-06-05", "syria-gov"),
        ("damascus-qadam", "2018-03-15", "syria-gov", "2018-03-25", "is"),
        ("damascus-tadamon", "2018-05-01", "contested", "2018-05-25", "syria-gov"),
        // East Aleppo, late November 2016: the Sulayman al-Halabi pumping station taken on the 28th (Xinhua).
        ("water-pumping-plant", "2016-11-27", "rebels", "2016-11-29", "syria-gov"),
        // East Aleppo, December 2016: al-Sha'ar fought over from 4 December and taken on the 6th with the Old City
        // (the Great Mosque); al-Sukkari and Salaheddine held by the rebels until the evacuation ended on 22 December.
        ("aleppo-al-shaar", "2016-12-01", "rebels", "2016-12-07", "syria-gov"),
        ("aleppo-old-city", "2016-12-01", "rebels", "2016-12-07", "syria-gov"),
        ("aleppo-sukkari", "2016-12-10", "rebels", "2016-12-23", "syria-gov"),
        ("aleppo-salaheddine", "2016-12-10", "rebels", "2016-12-23", "syria-gov"),
        // Old Homs evacuated on 9 May 2014; Daraa al-Balad surrendered on 12 July 2018.
        ("homs-bustan-al-diwan", "2014-05-01", "rebels", "2014-05-12", "syria-gov"),
        ("daraa-al-balad", "2018-07-01", "rebels", "2018-07-14", "syria-gov")
    ]

    @Test(arguments: events.indices)
    func event(_ i: Int) throws { try Self.check(Self.events[i]) }

    /// Checks one (region, day before, holder before, day after, holder after) row against the real data.
    static func check(_ row: (String, String, String, String, String)) throws {
        let (id, before, was, after, now) = row
        let data = try RealData.data()
        for (date, expected) in [(before, was), (after, now)] {
            let code = data.code(try data.holder(id, on: date))
            if expected == "contested" {
                #expect(code.hasPrefix("contested:"), "\(id) on \(date): expected contested, found \(code)")
            } else {
                #expect(code == expected, "\(id) on \(date)")
            }
        }
    }

    /// Mosul at the resolution of its banks: on 10 February 2017 the east bank was retaken and the west still IS.
    @Test func mosulsBanksDifferOn10February2017() throws {
        let data = try RealData.data()
        #expect(data.code(try data.holder("mosul-east-bank", on: "2017-01-23")) == "contested:is+iraq-gov")
        #expect(data.code(try data.holder("mosul-east-bank", on: "2017-02-10")) == "iraq-gov")
        #expect(data.code(try data.holder("mosul", on: "2017-02-10")) == "is")
        #expect(data.code(try data.holder("mosul", on: "2017-03-01")) == "contested:is+iraq-gov")
        #expect(data.code(try data.holder("mosul-international-airport", on: "2017-02-24")) == "iraq-gov")
    }

    @Test func golanIsIsraeliThroughout() throws {
        let data = try RealData.data()
        for id in ["golan-quneitra", "golan-al-fiq"] {
            #expect(data.history.steps(region: data.atlas.region(id: id)!.index).isEmpty)
            #expect(data.code(try data.holder(id, on: "2017-01-01")) == "israel")
        }
    }

    @Test func everyRegionHasAKnownControllerEveryDay() throws {
        let data = try RealData.data()
        var cursor = ControlCursor(history: data.history, day: Era.first)
        var day = Era.first
        while day <= Era.last {
            cursor.move(to: day, in: data.history)
            #expect(!cursor.controls.contains { data.history.controls[$0] == .unknown }, "\(day)")
            day = day.adding(days: 30)
        }
    }

    /// On 10 February 2017 an east-bank quarter of Mosul was the government's while a west-bank one was still IS's.
    @Test func mosulQuartersDifferAcrossTheTigrisOn10February2017() throws {
        let data = try RealData.data()
        #expect(data.code(try data.holder("mosul-nabi-yunus", on: "2017-02-10")) == "iraq-gov")
        #expect(data.code(try data.holder("mosul-museum", on: "2017-02-10")) == "is")
    }

    /// On 10 December 2016 the army held the Old City of Aleppo while the rebels still held al-Sukkari to its south.
    @Test func aleppoQuartersDifferOn10December2016() throws {
        let data = try RealData.data()
        #expect(data.code(try data.holder("aleppo-old-city", on: "2016-12-10")) == "syria-gov")
        #expect(data.code(try data.holder("aleppo-sukkari", on: "2016-12-10")) == "rebels")
    }

    /// On 30 November 2016 the army held the Sulayman al-Halabi station, taken on the 28th, while the rebels still
    /// held al-Sha'ar, which they kept into December.
    @Test func aleppoSplitBetweenLateNovemberAndDecemberGains() throws {
        let data = try RealData.data()
        #expect(data.code(try data.holder("water-pumping-plant", on: "2016-11-30")) == "syria-gov")
        #expect(data.code(try data.holder("aleppo-al-shaar", on: "2016-11-30")) == "rebels")
        #expect(data.code(try data.holder("aleppo-al-shaar", on: "2016-12-03")) == "rebels")
    }

    /// A query at a neighbourhood's own point answers with that neighbourhood, not with its city.
    @Test(arguments: [
        "mosul-nabi-yunus", "mosul-museum", "damascus-qaboun", "daraa-al-balad", "new-aleppo", "aleppo-sukkari",
        "aleppo-old-city", "aleppo-salaheddine"
    ])
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
