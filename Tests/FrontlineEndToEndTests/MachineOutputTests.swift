import Foundation
import Testing

/// Machine output scripts can trust: every command's CSV and JSON carry the same fields under the same names,
/// options that do not apply are errors, and the answers name their data rows portably.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct MachineOutputTests {
    func run(_ args: [String]) throws -> (status: Int32, out: String) { try Tmux.frontline(args) }

    /// The CSV header's names, and the keys of every JSON object, of one command.
    func fields(_ args: [String]) throws -> (csv: [String], json: [Set<String>]) {
        let csv = try run(args + ["--format", "csv"])
        #expect(csv.status == 0, "\(args): \(csv.out)")
        let json = try run(args + ["--format", "json"])
        #expect(json.status == 0, "\(args): \(json.out)")
        let header = csv.out.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
        let parsed = try JSONSerialization.jsonObject(with: Data(json.out.utf8))
        let objects = (parsed as? [[String: Any]]) ?? [(parsed as? [String: Any]) ?? [:]]
        return (header, objects.map { Set($0.keys) })
    }

    static let commands: [[String]] = [
        ["query", "--place", "ramadi", "--date", "2015-05-21"],
        ["query", "--at", "33.4206,43.3078"],
        ["stats", "--date", "2017-07-10", "--since", "2016-10-16"],
        ["stats", "--date", "2017-07-10", "--country", "IQ"],
        ["stats", "--series", "yearly", "--faction", "sdf"],
        ["stats", "--events"],
        ["changes", "--from", "2015-05-15", "--to", "2015-05-25"],
        ["diff", "--from", "2015-05-15", "--to", "2015-05-25"],
        ["diff", "--from", "2015-05-15", "--to", "2015-05-25", "--net"],
        ["events", "--from", "2016-12-13", "--to", "2016-12-13", "--near", "Aleppo"]
    ]

    @Test(arguments: commands)
    func csvAndJSONCarryTheSameFields(args: [String]) throws {
        let (csv, json) = try fields(args)
        #expect(!csv.isEmpty && !json.isEmpty)
        for keys in json { #expect(keys == Set(csv), "\(args): \(keys.symmetricDifference(csv))") }
        // Areas are area_km2 (or a change of it) everywhere, and no column is named after a date.
        #expect(
            csv.filter { $0.contains("km2") }.allSatisfy {
                $0 == "area_km2" || ($0.hasPrefix("change_") && $0.hasSuffix("_km2"))
            }, "\(csv)")
        #expect(!csv.contains { $0.contains("20") }, "\(csv)")
    }

    @Test func csvNumbersCarryNoSignAndContestedIsWrittenOneWay() throws {
        let stats = try run([
            "stats", "--date", "2017-07-10", "--since", "2016-10-16", "--country", "IQ", "--format", "csv"
        ])
        #expect(stats.out.firstMatch(of: /,[+][0-9]/) == nil, "\(stats.out)")
        let table = try run(["stats", "--date", "2017-07-10", "--since", "2016-10-16", "--country", "IQ"])
        #expect(table.out.firstMatch(of: /\ [+][0-9]/) != nil, "the table signs a gain")
        for format in ["csv", "json", "table"] {
            let r = try run(["changes", "--from", "2015-05-17", "--to", "2015-05-17", "--format", format])
            #expect(r.out.contains("contested:is+iraq-gov"), "\(format)")
        }
    }

    @Test(arguments: [
        (["stats", "--series", "yearly", "--country", "SY"], "--country does not go with --series"),
        (["stats", "--series", "yearly", "--date", "2015-01-01"], "--date does not go with --series"),
        (["stats", "--series", "yearly", "--since", "2015-01-01"], "--since does not go with --series"),
        (["stats", "--faction", "is"], "--faction goes with --series"),
        (["stats", "--events", "--faction", "is"], "--events goes alone"),
        (["changes", "--from", "2015-05-15", "--to", "2015-05-25", "--radius", "5"], "--radius goes with --near"),
        (["events", "--from", "2016-11-15", "--to", "2016-11-20", "--radius", "5"], "--radius goes with --near"),
        (["query", "--place", "ramadi", "--arabic", "--format", "json"], "--arabic goes with --format text"),
        (["query", "--batch", "-", "--format", "text"], "--batch writes csv or json"),
        (["query", "--batch", "-", "--place", "ramadi"], "give exactly one of"),
        (["export", "--format", "geojson", "--width", "50"], "--width does not go with --format geojson"),
        (["export", "--format", "geojson", "--zoom", "3"], "--zoom does not go with --format geojson"),
        (["export", "--format", "svg", "--step", "1d"], "--step goes with --format asciicast"),
        (
            ["export", "--format", "svg", "--from", "2015-01-01"],
            "--from and --to go with --format asciicast or --changes"
        ),
        (["export", "--format", "svg", "--force"], "--force goes with -o FILE"),
        (["export", "--format", "svg", "--depth", "8"], "--depth does not go with export"),
        (
            [
                "export", "--format", "geojson", "--changes", "--from", "2015-01-01", "--to", "2015-02-01", "--date",
                "2015-01-01"
            ],
            "--date does not go with --from and --to"
        ),
        (["--list-keys", "--date", "2015-01-01"], "--date does not go with --list-keys"),
        (["--version", "--palette", "colorblind"], "--palette does not go with --version")
    ])
    func anOptionThatDoesNotApplyIsAnError(args: [String], message: String) throws {
        let r = try run(args)
        #expect(r.status == 64, "\(args): \(r.out)")
        #expect(r.out.contains(message), "\(args): \(r.out)")
    }

    @Test func aRunTimeUsageErrorPrintsThatCommandsUsage() throws {
        let r = try run(["changes", "--from", "2015-05-15", "--to", "2015-05-31", "--faction", "daesh"])
        #expect(r.status == 64)
        #expect(r.out.contains("unknown faction \"daesh\""))
        #expect(r.out.contains("Usage: frontline changes "), "\(r.out)")
        #expect(!r.out.contains("<subcommand>"))
        let ambiguous = try run(["query", "--place", "Husseiba"])
        #expect(ambiguous.status == 64 && ambiguous.out.contains("Usage: frontline query "), "\(ambiguous.out)")
    }

    @Test func changesRowsCarryTheirPointParentAndRelativeRow() throws {
        let csv = try run([
            "changes", "--from", "2015-05-17", "--to", "2015-05-17", "--country", "IQ", "--format", "csv"
        ]).out
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "date,region,place,lat,lon,parent,district,governorate,country,from,to,area_km2,certainty,note,source,source_date,row"
        )
        let ramadi = try #require(lines.first { $0.contains(",ramadi,") })
        #expect(
            ramadi.hasPrefix("2015-05-17,ramadi,Ramadi,33.4206,43.3078,Al-Ramadi,Al-Ramadi,Al-Anbar,IQ,"), "\(ramadi)")
        #expect(
            ramadi.hasSuffix(",timeline/changes/iraq-west.tsv:20") || ramadi.contains(",timeline/changes/"), "\(ramadi)"
        )
        let table = try run(["changes", "--from", "2015-05-17", "--to", "2015-05-17", "--country", "IQ"]).out
        #expect(table.hasPrefix("date        certainty  place"), "\(table)")
        #expect(table.contains("lat      lon      parent"), "\(table)")
        #expect(table.contains("33.4206  43.3078  Al-Ramadi"), "\(table)")
        // A village carved from a city names the city as its parent.
        let query = try run(["query", "--place", "anbar-university", "--format", "json"]).out
        #expect(query.contains("\"parent\":\"Ramadi\""), "\(query)")
        #expect(try run(["query", "--place", "anbar-university"]).out.contains("parent       Ramadi (carved from it)"))
    }

    @Test func rowNamesTheDataFileRelativeToTheDataFolder() throws {
        let data = Tmux.root.appendingPathComponent("Data").path
        for args in [
            ["query", "--place", "ramadi", "--date", "2015-05-21", "--format", "json"],
            ["changes", "--from", "2015-05-17", "--to", "2015-05-17", "--format", "json"],
            ["diff", "--from", "2015-05-15", "--to", "2015-05-25", "--format", "json"]
        ] {
            let r = try run(args + ["--data", data])
            #expect(r.status == 0)
            #expect(r.out.contains("\"row\":\"timeline/"), "\(args)")
            #expect(!r.out.contains(data), "\(args): an absolute path")
        }
        let text = try run(["query", "--place", "ramadi", "--date", "2015-05-21", "--data", data]).out
        #expect(text.contains("row          timeline/changes/"), "\(text)")
    }

    @Test func changesNearAPlaceOrPoint() throws {
        let near = try run([
            "changes", "--from", "2015-05-15", "--to", "2015-05-31", "--near", "Palmyra", "--radius", "30", "--format",
            "csv"
        ])
        #expect(near.status == 0)
        #expect(near.out.contains(",palmyra,"))
        #expect(!near.out.contains(",ramadi,"), "Ramadi is 400 km away")
        let point = try run([
            "changes", "--from", "2015-05-15", "--to", "2015-05-31", "--near", "33.42,43.31", "--radius", "5",
            "--format", "csv"
        ])
        #expect(point.out.contains(",ramadi,") && !point.out.contains(",palmyra,"))
        let tooFar = try run([
            "changes", "--from", "2015-05-15", "--to", "2015-05-31", "--near", "Palmyra", "--radius", "501"
        ])
        #expect(tooFar.status == 64 && tooFar.out.contains("--radius expects kilometres above 0 and at most 500"))
    }

    @Test func queryBatchAnswersManyRowsInOneRun() throws {
        let bin = Tmux.binary ?? "frontline"
        let input = "lat,lon,date\\n33.4206,43.3078,2015-05-21\\n34.5,35.0\\n35.9413,39.0189,2017-10-20\\n"
        let csv = try Tmux.run([
            "sh", "-c", "printf '\(input)' | env LANG=C.UTF-8 '\(bin)' query --batch - --date 2015-05-22"
        ])
        #expect(csv.status == 0, "\(csv.out)")
        let lines = csv.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
            lines[0].hasPrefix("line,query_lat,query_lon,region,place,lat,lon,parent,") && lines[0].hasSuffix(",error"))
        #expect(
            lines[1].hasPrefix("2,33.4206,43.3078,ramadi,") && lines[1].contains(",2015-05-21,is,2015-05-17,"),
            "\(lines[1])")
        #expect(
            lines[2].hasPrefix("3,34.5,35,") && lines[2].hasSuffix("is in the sea"),
            "a point without a region answers why")
        #expect(
            lines[3].contains(",Raqqa,") && lines[3].contains(",2017-10-20,sdf,"), "a Raqqa neighbourhood: \(lines[3])")
        let json = try Tmux.run([
            "sh", "-c", "printf '\(input)' | env LANG=C.UTF-8 '\(bin)' query --batch - --format json"
        ])
        let objects = json.out.split(separator: "\n")
        #expect(objects.count == 3, "JSON lines, one object per row")
        #expect(objects.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
    }

    @Test func queryBatchStopsOnBadRowsWithTheirPlace() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "33.42,43.31\n95,43\n33.4,east\n33.4,43.3,2015-02-30\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let r = try run(["query", "--batch", file])
        #expect(r.status == 65)
        #expect(r.out.contains("\(file):2:1: expected a latitude"))
        #expect(r.out.contains("\(file):3:6: expected a longitude"))
        #expect(r.out.contains("\(file):4:11: expected a date"))
        #expect(!r.out.contains("ramadi"), "nothing is answered when the input is bad")
        #expect(try run(["query", "--batch", "/nonexistent/points.csv"]).status == 66)
    }

    @Test func printLeavesOutTheCursorAndHintUnlessAsked() throws {
        let args = ["print", "--width", "120", "--height", "40", "--color", "never"]
        let plain = try run(args).out
        #expect(!plain.contains("? help"))
        #expect(!plain.contains("╋"))
        let viewer = try run(args + ["--cursor"]).out
        #expect(viewer.contains("? help  q quit"))
        #expect(viewer.contains("╋"))
        #expect(plain.split(separator: "\n").count == viewer.split(separator: "\n").count)
    }

    /// Long sources are cut to fit on a terminal, and given whole to a pipe.
    @Test(.enabled(if: Tmux.available, "needs tmux"))
    func tablesCutLongSourcesOnlyOnATerminal() throws {
        let args = ["changes", "--from", "2015-05-23", "--to", "2015-05-23"]
        let piped = try run(args).out
        #expect(
            piped.contains(
                "Iraqi forces reclaim territory captured by Islamic State east of Ramadi, military officials say"))
        let t = try Tmux(width: 250, height: 20)
        defer { t.kill() }
        // The marker is computed, so the typed command line does not already show it.
        t.shell("\(Tmux.binary ?? "frontline") \(args.joined(separator: " ")); echo DONE-$((40+2))")
        #expect(t.waitFor(seconds: 60) { $0.contains("DONE-42") })
        #expect(t.screen.contains("…"), "\(t.screen)")
        #expect(!t.screen.contains("military officials say"))
    }
}
