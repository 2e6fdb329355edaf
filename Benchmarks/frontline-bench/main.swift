// Frontline's benchmark: `swift run -c release frontline-bench [--quick]`.
//
// Measures, on the real data: load time, first frame, a 200×60 render, a one-day step plus render, memory, and the
// lazily loaded fighting events: their load, and a step plus render with a 30-day window of them on the map.
// Then on a synthetic timeline 1,000 times the real one (10,000 regions, 1,000,000 changes): load time, and the
// cost of a one-day step early and late in the timeline, which must not grow with its length.
import Foundation
import FrontlineApp
import FrontlineCore
import FrontlineRender

let processStart = Date()
let quick = CommandLine.arguments.contains("--quick")

/// Seconds to run `body` once.
func time(_ body: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

/// The median of `runs` timings of `body`, in milliseconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    for _ in 0..<runs { samples.append(time(body) * 1000) }
    samples.sort()
    return samples[samples.count / 2]
}

/// A line of /proc/self/status, in MB (VmRSS: resident now, VmHWM: the peak).
func memoryMB(_ key: String) -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }),
          let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return -1 }
    return kb / 1024
}

func report(_ name: String, _ value: Double, _ unit: String, goal: String = "") {
    let v = String(format: "%10.3f", value)
    print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(v) \(unit)\(goal.isEmpty ? "" : "   (goal \(goal))")")
}

// MARK: real data

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let dataDir = root.appendingPathComponent("Data").path
var data: DataSet!
let loadSeconds = try time { data = try DataSet.load(directory: dataDir) }
var state: AppState!
let seriesSeconds = time {
    state = AppState(data: data, day: Era.seed, width: 200, height: 60, options: RenderOptions(depth: .trueColor))
}
let firstFrame = render(state.scene, width: 200, height: 60)
let firstFrameMs = Date().timeIntervalSince(processStart) * 1000
precondition(firstFrame.width == 200)
let atlasMs = median(runs: 5) { _ = try? AtlasLoader.load(directory: dataDir + "/atlas") }

print("Frontline benchmark (\(quick ? "quick" : "full")), \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("real data: \(data.atlas.regions.count) regions, \(data.timeline.changes.count) changes, \(data.history.steps.count) region steps")
report("load Data/ (atlas, timeline, history)", loadSeconds * 1000, "ms")
report("load the atlas alone (median of 5)", atlasMs, "ms")
report("area series, 2,191 days", seriesSeconds * 1000, "ms")
report("first frame, from process start", firstFrameMs, "ms", goal: "<= 50 ms")
report("render 200x60 frame (median)", median(runs: quick ? 50 : 300) { _ = render(state.scene, width: 200, height: 60) }, "ms", goal: "<= 1 ms")
var day = 0
report("one-day step + render 200x60 (median)", median(runs: quick ? 50 : 300) {
    day += 1
    state = reduce(state, .stepDays(day % 2 == 0 ? 1 : 1))
    if state.day == Era.last { state = reduce(state, .firstDay) }
    _ = render(state.scene, width: 200, height: 60)
}, "ms", goal: "<= 2 ms")
let zoomed = reduce(reduce(reduce(state, .zoomIn), .zoomIn), .zoomIn)
report("render 200x60 zoomed to 4 km/col (median)", median(runs: quick ? 50 : 200) { _ = render(zoomed.scene, width: 200, height: 60) }, "ms")
report("resident memory after the above", memoryMB("VmRSS"), "MB", goal: "< 40 MB")
report("peak resident memory", memoryMB("VmHWM"), "MB")

// The fighting events load on the first `v`, never before the first frame above.
var events: FightingLog!
report("load Data/events (UCDP, on the first v)", try time { events = try FightingLoader.load(for: data) } * 1000, "ms")
let eventsStart = Day(iso: "2016-11-01")!
var layered = AppState(data: data, day: eventsStart, width: 200, height: 60, options: RenderOptions(depth: .trueColor),
                       fighting: LazyFightingLog(log: events))
layered = reduce(reduce(layered, .toggleEventLayer), .cycleEventWindow)
precondition(layered.eventsOn && layered.eventWindow == .month)
report("one-day step + render 200x60, 30-day events (median)", median(runs: quick ? 50 : 300) {
    layered = reduce(layered, .stepDays(1))
    if layered.day > Day(iso: "2019-11-30")! { layered = reduce(layered, .stepMonths(-30)) }
    _ = render(layered.scene, width: 200, height: 60)
}, "ms", goal: "<= 2 ms")
report("resident memory with the events loaded", memoryMB("VmRSS"), "MB")

// MARK: synthetic scale

/// Writes a data folder with `regions` regions (a square grid, one district each) and `changes` changes.
func writeSynthetic(regions: Int, changes: Int) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(UUID().uuidString)")
    let fm = FileManager.default
    for sub in ["atlas", "timeline/initial", "timeline/changes"] {
        try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    func write(_ path: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(path), atomically: false, encoding: .utf8)
    }
    let side = Int(Double(regions).squareRoot().rounded(.up))
    try write("atlas/countries.tsv", "\(DataFormat.countries.joined(separator: "\t"))\nSY\tSyria\tmapped\nTR\tTurkey\tneighbour\n")
    try write("atlas/governorates.tsv", "\(DataFormat.governorates.joined(separator: "\t"))\nSY01\tSY\tOne\tواحد\n")
    var districts = "\(DataFormat.districts.joined(separator: "\t"))\n"
    var regionRows = "\(DataFormat.regions.joined(separator: "\t"))\n"
    var grid = "frontline-atlas-grid 1\ncols \(side)\nrows \(side)\nwest 36.00\nnorth 36.00\nstep 0.02\n"
    for r in 0..<side {
        grid += (0..<side).map { c in let n = r * side + c + 1; return n <= regions ? "\(n)" : "~" }.joined(separator: " ") + "\n"
    }
    for i in 1...regions {
        let r = (i - 1) / side, c = (i - 1) % side
        districts += "SY\(String(format: "%06d", i))\tSY01\tD\(i)\t\n"
        regionRows += "\(i)\tr\(i)\ttown\tR\(i)\tR\(i)\t\(String(format: "%.4f", 36 - (Double(r) + 0.5) * 0.02))\t\(String(format: "%.4f", 36 + (Double(c) + 0.5) * 0.02))\t0\tSY\(String(format: "%06d", i))\t5\t1\tsynthetic\t\n"
    }
    try write("atlas/districts.tsv", districts)
    try write("atlas/regions.tsv", regionRows)
    try write("atlas/grid.txt", grid)
    try write("atlas/lakes.tsv", DataFormat.table(DataFormat.lakes, []))
    try write("atlas/rivers.tsv", DataFormat.table(DataFormat.rivers, []))
    try write("timeline/factions.tsv", "\(DataFormat.factions.joined(separator: "\t"))\nis\tIS\tIS\t#333333\t#555555\t#\t#\tx\ngov\tGov\tGov\t#cc0000\t#d55e00\t.\t.\tx\n")
    try write("timeline/initial/a.tsv", "\(DataFormat.initial.joined(separator: "\t"))\nSY01\tgov\tStart.\tSynthetic\t2014\n")
    // Change j of all goes to day 1 + j·2190/changes: about the same number of changes every day, and each
    // region flipping between the two factions every 2190·regions/changes days.
    var text = "\(DataFormat.changes.joined(separator: "\t"))\n"
    text.reserveCapacity(changes * 64)
    let perRegion = changes / regions
    for k in 0..<perRegion {
        for i in 1...regions {
            let dayIndex = 1 + (k * regions + i - 1) * 2190 / (perRegion * regions)
            let d = Era.first.adding(days: min(2190, dayIndex))
            text += "\(d)\texact\tr\(i)\t\(k % 2 == 0 ? "is" : "gov")\tFlip.\tSynthetic\t2019\n"
        }
    }
    try write("timeline/changes/a.tsv", text)
    return dir.path
}

let scaleRegions = quick ? 1_000 : 10_000
let scaleChanges = quick ? 100_000 : 1_000_000
print("synthetic: \(scaleRegions) regions, \(scaleChanges) changes")
let synthetic = try writeSynthetic(regions: scaleRegions, changes: scaleChanges)
var big: DataSet!
report("load synthetic data set", try time { big = try DataSet.load(directory: synthetic) }, "s")
var cursor = ControlCursor(history: big.history, day: Era.first)
let early = median(runs: 200) {
    cursor.move(to: Era.first.adding(days: 11), in: big.history)
    cursor.move(to: Era.first.adding(days: 10), in: big.history)
}
var late = ControlCursor(history: big.history, day: Era.last.adding(days: -20))
let lateMs = median(runs: 200) {
    late.move(to: Era.last.adding(days: -9), in: big.history)
    late.move(to: Era.last.adding(days: -10), in: big.history)
}
report("one-day step forward and back, early", early * 1000, "µs")
report("one-day step forward and back, late", lateMs * 1000, "µs")
report("one region's control at a date (median)", median(runs: 1000) {
    _ = big.history.controlIndex(region: 4_321 % scaleRegions, at: Era.seed)
} * 1000, "µs")
report("peak resident memory with the synthetic set", memoryMB("VmHWM"), "MB")
try? FileManager.default.removeItem(atPath: synthetic)
