import Foundation
import Testing

/// The scriptable commands, run as a user would run the built binary.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct CommandLineTests {
    let bin = Tmux.binary ?? "frontline"

    func run(_ args: String...) throws -> (status: Int32, out: String) { try Tmux.frontline(args) }

    @Test func queryAnswersWhoHeldPalmyraSinceWhenAndWhoSaysSo() throws {
        let r = try run("query", "--date", "2015-05-21", "--place", "Palmyra")
        #expect(r.status == 0)
        #expect(r.out.contains("controller   Islamic State"))
        #expect(r.out.contains("since        2015-05-20"))
        #expect(r.out.contains("source       Wikipedia, \"Palmyra offensive (May 2015)\""))
    }

    @Test func queryAtAPointAsJSON() throws {
        let r = try run("query", "--at", "33.4206,43.3078", "--format", "json")
        #expect(r.status == 0)
        #expect(r.out.contains("\"region\":\"ramadi\""))
        #expect(r.out.contains("\"governorate\":\"Al-Anbar\""))
        #expect(r.out.contains("\"lat\":33.4206,\"lon\":43.3078"), "coordinates keep their precision")
    }

    @Test func ambiguousPlacesListCandidates() throws {
        let r = try run("query", "--place", "Husseiba")
        #expect(r.status == 64)
        #expect(r.out.contains("husaybah-al-sharqiyah"))
        #expect(r.out.contains("al-qaim"))
    }

    @Test(arguments: [
        (["query", "--at", "91,40"], "--at expects LAT,LON"),
        (["query", "--at", "33.0,60.0"], "off the map"),
        (["query", "--at", "34.5,35.0"], "in the sea"),
        (["stats", "--date", "2015-02-30"], "The value '2015-02-30' is invalid for '--date <yyyy-mm-dd>'"),
        (["stats", "--date", "15/05/2015"], "The value '15/05/2015' is invalid for '--date <yyyy-mm-dd>'"),
        (["stats", "--date", "2021-01-01"], "2014-01-01 to 2019-12-31"),
        (["changes", "--from", "2015-05-15", "--to", "2015-05-31", "--faction", "daesh"], "unknown faction \"daesh\""),
        (["changes", "--from", "2015-06-01", "--to", "2015-05-01"], "is after --to"),
        (["stats", "--country", "TR"], "Please provide one of 'SY' and 'IQ'")
    ])
    func badUsageIsOneClearLineAndExit64(args: [String], message: String) throws {
        let r = try Tmux.frontline(args)
        #expect(r.status == 64, "\(args)")
        #expect(r.out.contains(message), "\(r.out)")
    }

    @Test func missingDataListsWhereItLooked() throws {
        let r = try run("check", "--data", "/nonexistent/frontline-data")
        #expect(r.status == 66)
        #expect(r.out.contains("cannot find the Data folder"))
        #expect(r.out.contains("/nonexistent/frontline-data"))
    }

    /// `--depth` picks the colour codes whatever the terminal says, and asking for colour with --color never is an
    /// error.
    @Test func depthOverridesTheTerminal() throws {
        func codes(_ depth: String) throws -> String {
            let r = try run("print", "--depth", depth, "--width", "80", "--height", "24")
            #expect(r.status == 0)
            return r.out
        }
        #expect(try codes("truecolor").contains("48;2;"))
        #expect(try codes("256").contains("48;5;"))
        // At 8 colours every SGR parameter is a reset, an attribute or one of the 8 basic colours.
        let parameters = try codes("8").matches(of: /\u{1B}\[([0-9;]*)m/).flatMap {
            $0.1.split(separator: ";").compactMap { Int($0) }
        }
        #expect(!parameters.isEmpty)
        #expect(
            parameters.allSatisfy { [0, 1, 4, 7].contains($0) || (30...37).contains($0) || (40...47).contains($0) },
            "\(Set(parameters).sorted())")
        #expect(!(try codes("mono")).contains("\u{1B}["))
        let clash = try run("print", "--color", "never", "--depth", "8")
        #expect(clash.status == 64)
        #expect(clash.out.contains("--depth 8 asks for colour"))
    }

    @Test func factionAndCountryArgumentsIgnoreCase() throws {
        let upper = try run(
            "changes", "--from", "2015-05-15", "--to", "2015-05-25", "--faction", "IS", "--country", "iq", "--format",
            "csv")
        let lower = try run(
            "changes", "--from", "2015-05-15", "--to", "2015-05-25", "--faction", "is", "--country", "IQ", "--format",
            "csv")
        #expect(upper.status == 0 && upper.out == lower.out)
        #expect(upper.out.contains("Ramadi"))
        #expect(try run("stats", "--country", "sy", "--format", "csv").out.contains(",SY,is,"))
    }

    @Test func aMissingFrontlineDataFolderIsAnError() throws {
        let r = try Tmux.run(["env", "LANG=C.UTF-8", "FRONTLINE_DATA=/nonexistent/frontline-env", bin, "stats"])
        #expect(r.status == 66)
        #expect(r.out.contains("/nonexistent/frontline-env"))
        #expect(!r.out.contains("km2"), "it fell back to another copy of the data")
    }

    @Test func findsItsDataFromAnyWorkingDirectory() throws {
        let r = try Tmux.run([
            "sh", "-c", "cd / && env -u FRONTLINE_DATA LANG=C.UTF-8 '\(bin)' query --place Raqqa --date 2017-10-20"
        ])
        #expect(r.status == 0)
        #expect(r.out.contains("controller   YPG / SDF"))
    }

    @Test func statsSeedDayScale() throws {
        let r = try run("stats", "--date", "2015-05-21", "--country", "SY", "--format", "csv")
        #expect(r.status == 0)
        let isRow = r.out.split(separator: "\n").first { $0.contains(",is,") }
        let percent = isRow.flatMap { Double($0.split(separator: ",")[4]) } ?? 0
        #expect((45...60).contains(percent), "IS share of Syria on 2015-05-21: \(percent)%")
    }

    @Test func changesOfTheSeedWeekCiteSources() throws {
        let r = try run("changes", "--from", "2015-05-15", "--to", "2015-05-31", "--faction", "is", "--format", "csv")
        #expect(r.status == 0)
        for place in ["Ramadi", "Palmyra", "Husseiba", "Al-Tanf crossing"] {
            #expect(r.out.contains(place), "\(place)")
        }
        let rows = r.out.split(separator: "\n").dropFirst()
        #expect(rows.allSatisfy { !$0.hasSuffix(",") })
    }

    @Test func listKeysMatchesTheHelp() throws {
        let r = try run("--list-keys")
        #expect(r.status == 0)
        #expect(r.out.contains("back or forward one day"))
        #expect(r.out.contains("Ctrl-L"))
    }

    @Test func printWritesTheSameFrameAsPlainText() throws {
        let r = try run("print", "--date", "2015-05-22", "--width", "100", "--height", "30", "--color", "never")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 31)
        #expect(lines[0].contains("Fri 2015-05-22"))
        #expect(!r.out.contains("\u{1B}"))
        let color = try run("print", "--width", "80", "--height", "24", "--color", "always")
        #expect(color.out.contains("\u{1B}["))
    }

    @Test func checkPassesOnTheBundledData() throws {
        let r = try run("check")
        #expect(r.status == 0)
        #expect(r.out.contains("ok: no errors"))
    }

    @Test func printFlagsFilterCentreZoomAndASCII() throws {
        let r = try run(
            "print", "--factions", "is,sdf", "--center", "36.34,43.13", "--zoom", "3", "--ascii",
            "--width", "100", "--height", "30", "--color", "never")
        #expect(r.status == 0)
        #expect(r.out.contains("only: IS,SDF"))
        #expect(r.out.contains("3.0 km/col"))
        #expect(r.out.contains("36.34N 43.13E"))
        #expect(r.out.contains("Mosul"))
        #expect(r.out.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func statsSinceAndSeries() throws {
        let since = try run(
            "stats", "--date", "2017-07-10", "--since", "2016-10-16", "--country", "IQ", "--format", "csv")
        #expect(since.status == 0)
        #expect(
            since.out.split(separator: "\n").first
                == "date,country,faction,area_km2,percent,change_1d_km2,since,change_since_km2")
        let isRow = since.out.split(separator: "\n").first { $0.contains(",is,") } ?? ""
        #expect(isRow.split(separator: ",")[6] == "2016-10-16")
        #expect(
            (Double(isRow.split(separator: ",").last ?? "") ?? 0) < 0, "IS lost ground in Iraq between the two days")
        let series = try run("stats", "--series", "yearly", "--faction", "sdf", "--format", "json")
        #expect(series.status == 0)
        #expect(series.out.hasPrefix("[{\"date\":\"2014-01-01\",\"country\":\"SY\",\"faction\":\"sdf\",\"area_km2\":"))
        #expect(series.out.components(separatedBy: "\"date\"").count - 1 == 12, "six years, each for Syria and Iraq")
    }

    @Test func changesByCountryAndArabicNames() throws {
        let iq = try run("changes", "--from", "2014-06-01", "--to", "2014-06-30", "--country", "IQ", "--format", "csv")
        #expect(iq.status == 0)
        #expect(iq.out.contains("Mosul"))
        #expect(!iq.out.contains("Raqqa"))
        let ar = try run("query", "--place", "mosul", "--arabic")
        #expect(ar.out.contains("نينوى"))
        let plain = try run("query", "--place", "mosul")
        #expect(!plain.out.contains("نينوى"))
    }

    @Test func colorBlindPaletteFlag() throws {
        let args = [
            "env", "LANG=C.UTF-8", "COLORTERM=truecolor", "NO_COLOR=1", bin, "print", "--width", "80", "--height", "24",
            "--color", "always"
        ]
        let standard = try Tmux.run(args).out
        let colorBlind = try Tmux.run(args + ["--palette", "colorblind"]).out
        // --color always beats NO_COLOR. The Syrian government's fill: #d62828 in the era's colours, Okabe-Ito
        // vermilion #d55e00 for colour blindness.
        #expect(standard.contains("48;2;214;40;40") && !standard.contains("48;2;213;94;0"))
        #expect(colorBlind.contains("48;2;213;94;0") && !colorBlind.contains("48;2;214;40;40"))
        #expect(try Tmux.run(args + ["--palette", "sepia"]).status == 64)
    }
}
