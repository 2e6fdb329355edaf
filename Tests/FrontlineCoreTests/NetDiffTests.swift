import Testing
@testable import FrontlineCore

/// The net result between two days, on the fixture and on the real data.
@Suite struct NetDiffTests {
    @Test func onlyTheNetResultIsListed() throws {
        let fixture = try Fixture()
        let data = try fixture.load()
        // al-Qaim fell and was retaken, abu-kamal fell and came back: neither differs; Hajin went from IS to contested.
        let diff = NetDiff(data: data, from: day("2014-01-01"), to: day("2016-01-01"))
        #expect(diff.rows.map(\.region) == [try data.region("hajin")])
        let row = try #require(diff.rows.first)
        #expect(data.history.controls[row.before] == .faction(try data.faction("is")))
        #expect(row.settled.day == day("2015-01-10"))
        #expect(data.timeline.changes[row.settled.change].note == "Fighting in Hajin.")
        #expect(diff.flows.count == 1 && diff.flows[0].from == row.before && diff.flows[0].to == row.after)
        #expect(abs(diff.flows[0].km2 - data.atlas.regions[row.region].areaKm2) < 1e-9)
        // Midway, both al-Qaim and abu-kamal are IS's; a filter by country keeps Iraq's.
        let mid = NetDiff(data: data, from: day("2014-01-01"), to: day("2014-12-31"), country: "IQ")
        #expect(mid.rows.map(\.region) == [try data.region("al-qaim")])
        #expect(NetDiff(data: data, from: day("2015-01-01"), to: day("2015-01-01")).rows.isEmpty)
    }

    @Test func seedWeekNamesTheFallsOfRamadiPalmyraTanfAndHusaybah() throws {
        let data = try RealData.data()
        let diff = NetDiff(data: data, from: day("2015-05-15"), to: day("2015-05-25"))
        let ids = diff.rows.map { data.atlas.regions[$0.region].id }
        for id in ["ramadi", "palmyra", "al-tanf-crossing", "husaybah-al-sharqiyah"] {
            #expect(ids.contains(id), "\(id)")
        }
        for row in diff.rows {
            #expect(row.settled.control == row.after, "the settling step leaves the final controller")
            #expect((day("2015-05-16")...day("2015-05-25")).contains(row.settled.day))
            #expect(!data.timeline.changes[row.settled.change].source.title.isEmpty)
        }
        // Net flows balance: what IS gained net equals its area change.
        let isIndex = try data.faction("is")
        let gained =
            diff.flows.filter { data.history.controls[$0.to] == .faction(isIndex) }.reduce(0) { $0 + $1.km2 }
            - diff.flows.filter { data.history.controls[$0.from] == .faction(isIndex) }.reduce(0) { $0 + $1.km2 }
        let series =
            data.statistics(on: "2015-05-25", country: nil).byFaction[faction: isIndex]
            - data.statistics(on: "2015-05-15", country: nil).byFaction[faction: isIndex]
        #expect(abs(gained - series) < 1)
        let onlySDF = NetDiff(
            data: data, from: day("2015-05-15"), to: day("2015-05-25"), faction: try data.faction("sdf"))
        #expect(
            onlySDF.rows.allSatisfy {
                data.history.controls[$0.before].involves(try! data.faction("sdf"))
                    || data.history.controls[$0.after].involves(try! data.faction("sdf"))
            })
    }
}
