import Foundation
import Testing
@testable import FrontlineCore

/// The report model: one row model gives the table, CSV and JSON, and the reports built on it, on the fixture.
struct ReportTests {
    /// The keys of each object of a JSON array.
    static func keys(_ json: String) throws -> [[String]] {
        let objects = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return objects.map { o in Array(o.keys) }
    }

    @Test func csvQuotesWhatNeedsItAndSignsNoNumber() throws {
        var r = Report(columns: ["text", "change", "area_km2"])
        r.append([.text("a, \"b\"\nc"), .change(12.4), .km2(1234.5)])
        r.append([.text(nil), .change(-3), .km2(0)])
        let lines = r.csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "text,change,area_km2")
        // A newline inside a field is made a space by the sanitiser; the comma and quotes are quoted.
        #expect(lines[1] == "\"a, \"\"b\"\" c\",12.4,1234.5")
        #expect(lines[2] == ",-3,0")
        #expect(!r.csv.contains("+"))
        #expect(r.table().contains("+12"), "the table signs a change")
        #expect(r.table().contains("-3"))
    }

    @Test func controlCharactersNeverReachAnyForm() throws {
        var r = Report(columns: ["name"])
        r.append([.text("Hajin\u{1B}]0;pwned\u{07}")])
        for format in ReportFormat.allCases {
            let out = r.rendered(format)
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format): \(out)")
        }
    }

    @Test func tablesCutCellsOnlyWhenAsked() {
        var r = Report(columns: ["source"])
        r.append([.text(String(repeating: "x", count: 100))])
        #expect(r.table().contains(String(repeating: "x", count: 100)))
        #expect(r.table(truncate: 10).contains(String(repeating: "x", count: 10) + "…"))
        #expect(!r.table(truncate: 10).contains(String(repeating: "x", count: 11)))
    }

    @Test func jsonObjectsCarryTheCSVColumnsInOrder() throws {
        var r = Report(columns: ["b", "a", "list"], table: ["a"])
        r.append([.int(1), .text("x"), .list(["p", "q"])])
        #expect(r.rendered(.json) == "[{\"b\":1,\"a\":\"x\",\"list\":[\"p\",\"q\"]}]")
        #expect(r.jsonLines == "{\"b\":1,\"a\":\"x\",\"list\":[\"p\",\"q\"]}")
        #expect(r.csv == "b,a,list\n1,x,p | q")
        #expect(r.table() == "a\nx", "the table shows only its columns")
    }

    @Test func changesRowsNameThePlaceItsParentAndTheRowRelativeToTheDataFolder() throws {
        let data = try Fixture().load()
        let report = ChangesReport.report(data, query: ChangeQuery(from: day("2014-06-01"), to: day("2014-06-01")))
        #expect(report.rows.count == 1)
        let row = Dictionary(uniqueKeysWithValues: zip(report.columns, report.rows[0].map(\.csvText)))
        #expect(row["region"] == "abu-kamal")
        #expect(row["lat"] == "35.3" && row["lon"] == "40.3")
        #expect(row["parent"] == "Abu Kamal", "a region carved from no city names its district")
        #expect(row["from"] == "syria-gov" && row["to"] == "is")
        #expect(row["row"] == "timeline/changes/a.tsv:3")
        #expect(!report.csv.contains(data.directory), "no absolute path")
        #expect(try Self.keys(report.rendered(.json)).allSatisfy { Set($0) == Set(ChangesReport.columns) })
    }

    @Test func contestedIsWrittenOneWay() throws {
        let data = try Fixture().load()
        let report = ChangesReport.report(data, query: ChangeQuery(from: day("2015-01-10"), to: day("2015-01-10")))
        #expect(report.csv.contains(",contested:is+syria-gov,"))
        #expect(report.rendered(.json).contains("\"to\":\"contested:is+syria-gov\""))
    }

    @Test func theQueryFiltersByFactionCountryAndCircle() throws {
        let data = try Fixture().load()
        let all = ChangeQuery(from: Era.first, to: Era.last)
        func regions(_ q: ChangeQuery) -> [String] { q.steps(in: data).map { data.atlas.regions[$0.region].id } }
        #expect(regions(all).count == 5)
        var iq = all
        iq.country = "IQ"
        #expect(regions(iq) == ["al-qaim", "al-qaim"])
        var iraqGov = all
        iraqGov.factions = [try data.faction("iraq-gov")]
        #expect(regions(iraqGov) == ["al-qaim", "al-qaim"])
        var near = all
        near.near = try Nearby("35.3,40.3", radiusKm: 20, atlas: data.atlas)
        #expect(Set(regions(near)) == ["abu-kamal"])
        near.near = try Nearby("hajin", radiusKm: 1, atlas: data.atlas)
        #expect(regions(near) == ["hajin"])
        #expect(throws: UsageError.self) { try Nearby("hajin", radiusKm: 501, atlas: data.atlas) }
    }

    @Test func statsSeriesAndDayShareTheirColumnNames() throws {
        let data = try Fixture().load()
        let dayReport = StatsReport.day(data, on: day("2015-01-10"), since: day("2014-01-01"), country: nil)
        let series = StatsReport.series(data, faction: try data.faction("is"), months: 12)
        #expect(Array(StatsReport.columns.prefix(5)) == StatsReport.seriesColumns)
        #expect(series.rows.count == 12, "six years, two countries")
        #expect(dayReport.csv.firstMatch(of: /,[+][0-9]/) == nil, "no signed numbers")
        #expect(dayReport.table().firstMatch(of: /\ [+][0-9]/) != nil, "the table signs them")
        #expect(
            dayReport.csv.split(separator: "\n")[0]
                == "date,country,faction,area_km2,percent,change_1d_km2,since,change_since_km2")
        let plain = StatsReport.day(data, on: day("2015-01-10"), since: nil, country: "SY")
        #expect(
            plain.csv.split(separator: "\n")[1].hasSuffix(",,"),
            "without --since the since columns are empty, never missing")
        #expect(!plain.table().contains("since"), "and the table leaves them out")
    }

    @Test func diffHasNoDateNamedColumns() throws {
        let data = try Fixture().load()
        let diff = NetDiff(data: data, from: day("2014-01-01"), to: day("2014-12-31"))
        let report = DiffReport.regions(data, diff: diff)
        #expect(report.columns.allSatisfy { !$0.contains("20") })
        #expect(Set(report.rows.map { $0[0] }) == [.text("al-qaim"), .text("abu-kamal")])
        #expect(DiffReport.net(data, diff: diff).columns == ["from", "to", "area_km2"])
    }

    @Test func batchQuestionsParseAndBadRowsAreLocated() throws {
        let text = "lat,lon,date\n# a comment\n35.25, 40.25 ,2014-07-01\n\n34.75,40.25\r\n"
        let batch = try QueryBatch(parsing: text, file: "in.csv", day: day("2014-02-01"))
        #expect(batch.questions.map(\.line) == [3, 5])
        #expect(batch.questions[1].day == day("2014-02-01"), "a row without a date takes --date")
        let report = batch.report(try Fixture().load())
        let rows = report.rows.map { Dictionary(uniqueKeysWithValues: zip(report.columns, $0.map(\.csvText))) }
        #expect(rows[0]["region"] == "abu-kamal" && rows[0]["controller"] == "is" && rows[0]["error"] == "")
        #expect(rows[1]["region"] == "" && rows[1]["error"]?.contains("in the sea") == true)
        do {
            _ = try QueryBatch(parsing: "35,40\n95,40\n35,x\n35,40,2015-02-30\n1,2,3,4\n", file: "in.csv", day: nil)
            Issue.record("bad rows must fail")
        } catch {
            #expect(
                error.errors.map(\.description).map { String($0.prefix(12)) } == [
                    "in.csv:2:1: ", "in.csv:3:4: ", "in.csv:4:7: ", "in.csv:5:1: "
                ])
        }
    }

    @Test func regionReportFieldsMatchItsColumns() throws {
        let data = try Fixture().load()
        for d in [nil, day("2014-01-01"), day("2015-06-01")] {
            let r = RegionReport(data: data, region: try data.region("hajin"), day: d, arabic: false)
            #expect(r.fields.count == RegionReport.columns.count)
        }
        let initial = RegionReport(data: data, region: try data.region("hajin"), day: day("2014-01-01"), arabic: false)
            .report
        #expect(initial.csv.contains("timeline/initial/a.tsv:3"))
    }

    /// The README's schema table lists every report's columns as the code writes them.
    @Test func theReadmeDocumentsEverySchema() throws {
        let readme = try String(contentsOfFile: RealData.directory + "/../README.md", encoding: .utf8)
        for columns in [
            RegionReport.columns, QueryBatch.columns, StatsReport.columns, StatsReport.seriesColumns,
            ChangesReport.columns, DiffReport.columns, EventReport.columns,
            ["month", "side_a", "side_b", "events", "deaths"]
        ] {
            #expect(readme.contains("`" + columns.joined(separator: ",") + "`"), "\(columns)")
        }
    }
}
