import Foundation
import Testing

/// `frontline diff`, run as a user runs the built binary.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct DiffEndToEndTests {

    func run(_ args: String...) throws -> (status: Int32, out: String) { try Tmux.frontline(args) }

    @Test func seedWeekDiffNamesPlacesWithTheirSources() throws {
        let r = try run("diff", "--from", "2015-05-15", "--to", "2015-05-25", "--format", "csv")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(
            lines.first
                == "region,place,lat,lon,parent,district,governorate,country,before,after,area_km2,settled,certainty,note,source,source_date,row"
        )
        for (id, source) in [
            ("ramadi", "Ramadi falls"), ("palmyra", "Palmyra offensive (May 2015)"),
            ("al-tanf-crossing", "last Syrian border point"), ("husaybah-al-sharqiyah", "Iraqi forces reclaim")
        ] {
            let row = lines.first { $0.hasPrefix(id + ",") }
            #expect(row?.contains(source) == true, "\(id): \(row ?? "missing")")
        }
        let table = try run("diff", "--from", "2015-05-15", "--to", "2015-05-25")
        #expect(table.out.contains("Syrian government → Islamic State: "))
        let json = try run("diff", "--from", "2015-05-15", "--to", "2015-05-25", "--country", "IQ", "--format", "json")
        let regions = try #require(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(
            regions.contains {
                $0["region"] as? String == "ramadi" && ($0["source"] as? String)?.contains("Ramadi") == true
            })
        #expect(!regions.contains { $0["region"] as? String == "palmyra" })
    }

    @Test(arguments: [
        (["--from", "2015-05-25", "--to", "2015-05-15"], "--from 2015-05-25 is after --to 2015-05-15"),
        (["--from", "2013-12-31", "--to", "2015-05-15"], "The value '2013-12-31' is invalid for '--from <yyyy-mm-dd>'"),
        (["--from", "2015-05-15", "--to", "2020-01-01"], "The value '2020-01-01' is invalid for '--to <yyyy-mm-dd>'"),
        (["--from", "2015-05-15", "--to", "2015-05-25", "--country", "TR"], "Please provide one of 'SY' and 'IQ'")
    ])
    func badRangesExit64(args: [String], message: String) throws {
        let r = try Tmux.frontline(["diff"] + args)
        #expect(r.status == 64)
        #expect(r.out.contains(message), "\(r.out)")
    }
}
