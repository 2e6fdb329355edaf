// Issue 16's goals, each measured and printed with its ratio or value, its threshold, and PASS or FAIL.
import Foundation
import FrontlineCore

/// One measured goal.
struct Goal {
    let name: String
    /// What was measured, as printed: `41.2 ms / 1.5 ms`.
    let detail: String
    let value: Double
    let threshold: Double
    /// `x` for a ratio, or the unit of `value`.
    let unit: String

    var passed: Bool { value <= threshold }

    var line: String {
        let v = String(format: unit == "x" ? "%.1fx" : "%.2f \(unit)", value)
        let t = String(format: unit == "x" ? "<= %.0fx" : "<= %.2f \(unit)", threshold)
        let label = name.padding(toLength: 56, withPad: " ", startingAt: 0)
        return
            "goal  \(label) \(detail.padding(toLength: 26, withPad: " ", startingAt: 0)) = "
            + "\(v.padding(toLength: 10, withPad: " ", startingAt: 0)) (\(t))  \(passed ? "PASS" : "FAIL")"
    }
}

/// Prints and collects goals.
enum Goals {
    nonisolated(unsafe) static var all: [Goal] = []

    static func record(_ goal: Goal) {
        all.append(goal)
        print(goal.line)
    }

    static func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }

    /// The three one-shot commands on `data`, each against `cat` of its own output, in one paired run.
    ///
    /// The untimed first run of each pair writes the data cache, so every timed run reads it, as a user's second
    /// run does.
    static func oneShot(frontline: String, data: String, label: String, runs: Int) {
        let cases: [(String, [String], Double)] = [
            (
                "print 200x60 colour frame",
                ["print", "--width", "200", "--height", "60", "--color", "always", "--depth", "truecolor"], 8
            ),
            ("query --place Palmyra --date 2015-05-21", ["query", "--place", "Palmyra", "--date", "2015-05-21"], 8),
            (
                "changes, whole war, JSON",
                ["changes", "--from", "2014-01-01", "--to", "2019-12-31", "--format", "json"], 10
            )
        ]
        for (name, args, limit) in cases {
            let (command, cat) = External.paired([frontline] + args + ["--data", data], runs: runs)
            record(
                Goal(
                    name: "\(name) (\(label))", detail: "\(ms(command)) / cat \(ms(cat))", value: command / cat,
                    threshold: limit, unit: "x"))
        }
    }

    /// `print` with the data cache off (`FRONTLINE_CACHE=off`): every run parses the text, as a first run does.
    static func withoutCache(frontline: String, data: String, runs: Int) {
        External.cache = false
        defer { External.cache = true }
        let args = ["print", "--width", "200", "--height", "60", "--color", "always", "--depth", "truecolor"]
        let (command, cat) = External.paired([frontline] + args + ["--data", data], runs: runs)
        print(
            "without the cache (FRONTLINE_CACHE=off, as a first run): print 200x60 \(ms(command)) / cat \(ms(cat)) = "
                + String(format: "%.1fx", command / cat))
    }

    /// The viewer's first frame on a pseudo-terminal, from before the spawn: the median of `runs`.
    static func firstFrame(frontline: String, data: String, runs: Int) {
        let argv = [frontline, "--date", "2015-05-22", "--data", data]
        let times = (0..<runs).map { _ in External.firstFrame(argv, marker: "2015-05-22") }.filter { !$0.isNaN }
        guard !times.isEmpty else {
            print("goal  first frame: the viewer showed no frame on a pseudo-terminal  FAIL")
            return
        }
        let t = External.median(times)
        record(
            Goal(
                name: "viewer's first frame, from outside (pty)", detail: "median of \(times.count)", value: t * 1000,
                threshold: 30, unit: "ms"))
    }

    /// A data folder beside `data` with `count` more changes of control: the real files, linked, plus a file of
    /// changes each moving one village to another faction on a day with no other change and back the day after
    /// (so the rest of the history is unchanged and every row passes the checks).
    static func largerHistory(of data: DataSet, directory: String, count: Int) throws -> String {
        let fm = FileManager.default
        let dir = NSTemporaryDirectory() + "frontline-bench-larger-\(getpid())"
        try? fm.removeItem(atPath: dir)
        for sub in ["timeline/changes"] {
            try fm.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
        }
        for name in (try fm.contentsOfDirectory(atPath: directory)) where name != "timeline" {
            try fm.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: directory + "/" + name)
        }
        for name in (try fm.contentsOfDirectory(atPath: directory + "/timeline")) where name != "changes" {
            try fm.createSymbolicLink(
                atPath: dir + "/timeline/" + name, withDestinationPath: directory + "/timeline/" + name)
        }
        for name in (try fm.contentsOfDirectory(atPath: directory + "/timeline/changes")) {
            try fm.createSymbolicLink(
                atPath: dir + "/timeline/changes/" + name, withDestinationPath: directory + "/timeline/changes/" + name)
        }
        let busy = Set(data.history.days.flatMap { [$0, $0.adding(days: -1)] })
        let free = (Era.first.ordinal + 1..<Era.last.ordinal).map { Day(ordinal: $0) }.filter { !busy.contains($0) }
        let villages = data.atlas.regions.filter { data.atlas.children[region: $0.index].isEmpty }.map(\.index)
        var text = DataFormat.changes.joined(separator: "\t") + "\n"
        for k in 0..<count / 2 {
            let day = free[k * 7 % free.count], region = villages[k * 37 % villages.count]
            let was = data.history.controlIndex(region: region, at: day)
            let (first, second) = (Control.faction(FactionID(0)), Control.faction(FactionID(1)))
            let other = data.history.controls[was] == first ? second : first
            let id = data.atlas.regions[region].id
            text += "\(day)\texact\t\(id)\t\(data.code(other))\tBenchmark row.\tSynthetic\t2026\n"
            text +=
                "\(day.adding(days: 1))\texact\t\(id)\t\(data.code(data.history.controls[was]))\tBenchmark row "
                + "back.\tSynthetic\t2026\n"
        }
        try text.write(toFile: dir + "/timeline/changes/zz-bench.tsv", atomically: false, encoding: .utf8)
        return dir
    }

    /// The summary line: how many goals passed.
    static func summary() {
        print("goals: \(all.filter(\.passed).count) of \(all.count) met")
    }
}
