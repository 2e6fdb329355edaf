import Foundation
import Testing

/// The village-level atlas through the commands, as a user runs them.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct AtlasCommandTests {

    func run(_ args: String...) throws -> (status: Int32, out: String) { try Tmux.frontline(args) }

    @Test func queryAtANeighbourhoodPointReturnsIt() throws {
        // Hisham Abdulmalik district of Raqqa, at the detailed map's point for it.
        let r = try run("query", "--at", "35.9413,39.0189", "--date", "2017-08-10", "--format", "json")
        #expect(r.status == 0)
        #expect(r.out.contains("\"region\":\"hisham-abdulmalik-district\""), "\(r.out)")
    }

    @Test func queryAtEastMosulReturnsTheEastBank() throws {
        // North of the east bank's carved quarters: the sector itself, the government's since 24 January 2017.
        let r = try run("query", "--at", "36.400,43.160", "--date", "2017-02-10", "--format", "json")
        #expect(r.status == 0)
        #expect(r.out.contains("\"region\":\"mosul-east-bank\""), "\(r.out)")
        #expect(r.out.contains("\"controller\":\"iraq-gov\""), "\(r.out)")
    }

    @Test func checkVerboseCountsRegionsAndPlacesByKindAndCountry() throws {
        let r = try run("check", "--verbose")
        #expect(r.status == 0)
        #expect(r.out.contains("regions and places by kind and country:"))
        #expect(
            r.out.range(of: #"  village SY: \d{4} regions"#, options: .regularExpression) != nil,
            "\(r.out.prefix(2000))")
        #expect(r.out.range(of: #"  base SY: \d+ regions, \d+ places"#, options: .regularExpression) != nil)
        #expect(r.out.contains("regions carved from older ones (parents.tsv)"))
    }

    @Test func checkCountsTheHistoryAndMeasuresItAgainstTheSnapshot() throws {
        let r = try run("check", "--verbose")
        #expect(r.status == 0)
        let out = r.out
        #expect(
            out.range(of: #"changes that moved a region: \d{4}"#, options: .regularExpression) != nil,
            "\(out.prefix(3000))")
        #expect(out.range(of: #"changes by year: 2014 \d+, 2015 \d+"#, options: .regularExpression) != nil)
        #expect(out.range(of: #"  campaigns/kobani-2014-15\.tsv: \d+"#, options: .regularExpression) != nil)
        #expect(
            out.range(
                of: #"snapshot: \d+ of \d+ settlements agree with Wikipedia's detailed map on 2017-08-10 \(9\d\.\d%\)"#,
                options: .regularExpression) != nil)
        // Every contest of the real data longer than three months has its reason in timeline/contested.tsv.
        #expect(!out.contains("long contested period without a reason"), "\(out.prefix(3000))")
    }

    @Test func aSiteWithoutARegionFindsTheRegionItLiesIn() throws {
        // A base of the detailed map that is a name of the village region around it.
        let r = try run("query", "--place", "121st Artillery Regiment", "--date", "2017-08-10", "--format", "json")
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.contains("\"region\":\"al-sihah\""), "\(r.out)")
    }
}
