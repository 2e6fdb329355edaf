import Foundation
import Testing

/// The fighting events layer under tmux, and the `events` and `stats --events` commands, run as a user would.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built .build/debug/frontline"))
struct FightingEndToEndTests {
    let bin = Tmux.binary ?? "frontline"

    func run(_ args: String...) throws -> (status: Int32, out: String) { try Tmux.frontline(args) }

    /// The viewer over Aleppo during the siege, in a 120 × 40 pane.
    func start(_ extra: String = "") throws -> Tmux {
        let t = try Tmux(width: 120, height: 40)
        t.shell("\(bin) --date 2016-11-20 --center 36.2,37.15 --zoom 2 \(extra); echo \"EXIT:$?:END\"")
        return t
    }

    /// The map part of the screen: the rows between the status line and the strip, left of the panel.
    func map(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(36).map {
            String($0.prefix(80))
        }.joined(separator: "\n")
    }

    @Test func vTogglesTheLayerWithMarkersAndVCyclesItsWindow() throws {
        let t = try start()
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("Sun 2016-11-20") })
        #expect(!t.screen.contains("events: "), "the layer is off by default")
        #expect(!map(t.screen).contains("✕"))
        t.keys("v")
        // The first v reads Data/events: a debug build on a busy machine may take seconds.
        #expect(t.waitFor(seconds: 60) { $0.contains("events: 7 days (V)") })
        #expect(map(t.screen).contains("✕"), "state-based events near Aleppo are drawn as markers\n\(t.screen)")
        #expect(t.screen.contains("events within 10 km, last 7 days:"))
        t.keys("V")
        #expect(t.waitFor { $0.contains("events: 30 days (V)") })
        t.keys("i")
        #expect(t.waitFor { $0.contains("Events within 10 km of Bustan al-Qasr") && $0.contains("SOHR") })
        t.keys("Escape")
        #expect(t.waitFor { !$0.contains("Events within 10 km of Bustan al-Qasr") })
        t.keys("v")
        #expect(t.waitFor { !$0.contains("events: 30 days") })
        #expect(!map(t.screen).contains("✕"), "markers go with the layer")
        t.keys("q")
        #expect(t.waitFor { $0.contains("EXIT:0:END") })
    }

    @Test func asciiMarkersAndDeathsPerWeekInTheStrip() throws {
        let t = try start("--ascii --color never")
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("Sun 2016-11-20") })
        let before = map(t.screen).filter { $0 == "X" }.count
        t.keys("v")
        // The first v reads Data/events: a debug build on a busy machine may take seconds.
        #expect(t.waitFor(seconds: 60) { $0.contains("events: 7 days (V)") })
        #expect(map(t.screen).filter { $0 == "X" }.count > before, "ASCII markers are X, & and V")
        for _ in 0..<9 { t.keys("t") }
        #expect(t.waitFor { $0.contains("UCDP deaths per week") })
        t.keys("q")
        #expect(t.waitFor { $0.contains("EXIT:0:END") })
    }

    @Test func theEastAleppoWindowListsEventsWithSources() throws {
        let r = try run("events", "--from", "2016-11-15", "--to", "2016-12-22", "--near", "Aleppo", "--radius", "10")
        #expect(r.status == 0)
        #expect(r.out.contains("Aleppo town"))
        #expect(r.out.contains("SOHR, 2016-12-"))
        #expect(r.out.contains("Sundberg & Melander 2013"))
        let csv = try run(
            "events", "--from", "2016-12-13", "--to", "2016-12-13", "--near", "36.2,37.15", "--format", "csv")
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("id,start,end,date_prec,lat,lon,where_prec,place,type,side_a,side_b,"))
        let json = try run(
            "events", "--from", "2016-12-13", "--to", "2016-12-13", "--faction", "syria-gov", "--format", "json")
        #expect(json.status == 0)
        #expect(json.out.contains("\"side_a\":\"syria-gov\""))
        #expect(json.out.contains("\"side_a_faction\":\"syria-gov\""))
    }

    @Test(arguments: [
        (["events", "--from", "2015-06-01", "--to", "2015-06-30"], "outside the events data, 2016-01-01 to 2019-12-01"),
        (
            ["events", "--from", "2016-01-01", "--to", "2016-01-31", "--near", "Atlantis"],
            "no place matches \"Atlantis\""
        ),
        (
            ["events", "--from", "2016-01-01", "--to", "2016-01-31", "--near", "Aleppo", "--radius", "0"],
            "--radius expects kilometres above 0 and at most 500"
        ),
        (
            ["events", "--from", "2016-01-01", "--to", "2016-01-31", "--near", "Aleppo", "--radius", "501"],
            "--radius expects kilometres above 0 and at most 500"
        ),
        (
            ["events", "--from", "2016-01-01", "--to", "2016-01-31", "--type", "war"],
            "--type expects state, non-state, one-sided"
        ),
        (
            ["events", "--from", "2016-01-01", "--to", "2016-01-31", "--format", "text"],
            "Please provide one of 'table', 'csv' or 'json'"
        ),
        (["stats", "--events", "--date", "2016-01-01"], "--events goes alone")
    ])
    func badUsageExits64(args: [String], message: String) throws {
        let r = try Tmux.frontline(args)
        #expect(r.status == 64, "\(args)")
        #expect(r.out.contains(message), "\(r.out)")
    }

    @Test func controlCodesInTheEventsFileArriveInert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-events-esc-\(UUID().uuidString)"
        ).path
        try FileManager.default.copyItem(
            atPath: Tmux.root.appendingPathComponent("Tests/Corpus/_base").path, toPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/events/ucdp-ged.tsv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Hajin town", with: "Hajin \u{1B}]0;pwned\u{07}\u{1B}[2J town")
            .write(toFile: path, atomically: true, encoding: .utf8)
        for format in ["table", "csv", "json"] {
            let r = try run("events", "--data", dir, "--from", "2016-10-10", "--to", "2016-10-10", "--format", format)
            #expect(r.status == 0)
            #expect(!r.out.contains("\u{1B}") && !r.out.contains("\u{07}"), "\(format)")
            #expect(r.out.contains("Hajin \u{FFFD}]0;pwned"), "\(format): \(r.out)")
        }
    }

    @Test func statsEventsAndCheckAndKeys() throws {
        let stats = try run("stats", "--events", "--format", "csv")
        #expect(stats.status == 0)
        #expect(stats.out.hasPrefix("month,side_a,side_b,events,deaths\n2016-01,syria-gov,Syrian insurgents,"))
        let check = try run("check")
        #expect(check.status == 0)
        #expect(check.out.contains("events: 16566 fighting events"))
        let keys = try run("--list-keys")
        #expect(
            keys.out.split(separator: "\n").contains {
                $0.hasPrefix("  v ") && $0.hasSuffix("fighting events layer on or off (UCDP, Syria 2016-2019)")
            })
        #expect(keys.out.contains("Sundberg & Melander 2013"))
    }
}
