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
/// `--frontline PATH`: the binary whose commands are timed from outside (default: the one built beside this).
let frontlineBinary: String = {
    if let i = CommandLine.arguments.firstIndex(of: "--frontline"), i + 1 < CommandLine.arguments.count {
        return CommandLine.arguments[i + 1]
    }
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return (exe as NSString).deletingLastPathComponent + "/frontline"
}()

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
        let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return -1 }
    return kb / 1024
}

func report(_ name: String, _ value: Double, _ unit: String, goal: String = "") {
    let v = String(format: "%10.3f", value)
    print(
        "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(v) "
            + "\(unit)\(goal.isEmpty ? "" : "   (goal \(goal))")"
    )
}

// `--synthetic-child DIR`: load the synthetic set in a process of its own, so its peak memory is its own.
if let i = CommandLine.arguments.firstIndex(of: "--synthetic-child") {
    syntheticChild(directory: CommandLine.arguments[i + 1])
    exit(0)
}

// MARK: real data

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let dataDir = root.appendingPathComponent("Data").path
var data: DataSet!
let loadSeconds = try time { data = try DataSet.load(directory: dataDir) }
var state: AppState!
let stateSeconds = time {
    state = AppState(data: data, day: Era.seed, width: 200, height: 60, options: RenderOptions(depth: .trueColor))
}
let firstFrame = render(state.scene, width: 200, height: 60)
let firstFrameMs = Date().timeIntervalSince(processStart) * 1000
precondition(firstFrame.width == 200)
let atlasMs = median(runs: 5) { _ = try? AtlasLoader.load(directory: dataDir + "/atlas") }

print("Frontline benchmark (\(quick ? "quick" : "full")), \(ProcessInfo.processInfo.activeProcessorCount) cores")
print(
    "real data: \(data.atlas.regions.count) regions, \(data.timeline.changes.count) changes, "
        + "\(data.history.steps.count) region steps"
)
report("load Data/ (atlas, timeline, history)", loadSeconds * 1000, "ms")
report("load the atlas alone (median of 5)", atlasMs, "ms")
report("viewer state, seed day (series from data)", stateSeconds * 1000, "ms")
report("first frame, from process start", firstFrameMs, "ms", goal: "<= 50 ms")
report(
    "render 200x60 frame (median)", median(runs: quick ? 50 : 300) { _ = render(state.scene, width: 200, height: 60) },
    "ms", goal: "<= 1 ms")
var day = 0
report(
    "one-day step + render 200x60 (median)",
    median(runs: quick ? 50 : 300) {
        day += 1
        state = reduce(state, .stepDays(day % 2 == 0 ? 1 : 1))
        if state.day == Era.last { state = reduce(state, .firstDay) }
        _ = render(state.scene, width: 200, height: 60)
    }, "ms", goal: "<= 2 ms")
let zoomed = reduce(reduce(reduce(state, .zoomIn), .zoomIn), .zoomIn)
report(
    "render 200x60 zoomed to 4 km/col (median)",
    median(runs: quick ? 50 : 200) { _ = render(zoomed.scene, width: 200, height: 60) }, "ms")
report("resident memory after the above", memoryMB("VmRSS"), "MB", goal: "< 40 MB")
report("peak resident memory", memoryMB("VmHWM"), "MB")

// The fighting events load on the first `v`, never before the first frame above.
var events: FightingLog!
report("load Data/events (UCDP, on the first v)", try time { events = try FightingLoader.load(for: data) } * 1000, "ms")
let eventsStart = Day(iso: "2016-11-01")!
var layered = AppState(
    data: data, day: eventsStart, width: 200, height: 60, options: RenderOptions(depth: .trueColor),
    fighting: LazyFightingLog(log: events))
layered = reduce(reduce(layered, .toggleEventLayer), .cycleEventWindow)
precondition(layered.eventsOn && layered.eventWindow == .month)
report(
    "one-day step + render 200x60, 30-day events (median)",
    median(runs: quick ? 50 : 300) {
        layered = reduce(layered, .stepDays(1))
        if layered.day > Day(iso: "2019-11-30")! { layered = reduce(layered, .stepMonths(-30)) }
        _ = render(layered.scene, width: 200, height: 60)
    }, "ms", goal: "<= 2 ms")
report("resident memory with the events loaded", memoryMB("VmRSS"), "MB")
// The derived cache (DataCache), in a folder of the benchmark's own: written once, then read as every later run is.
// Measured after the memory figures above, so as not to change them.
let cacheFolder = NSTemporaryDirectory() + "frontline-bench-cache-\(getpid())"
let cacheWrite = try time { _ = try DataCache.load(directory: dataDir, folder: cacheFolder) }
let keyMs = median(runs: 11) { _ = DataCache.key(directory: dataDir) }
let metadataKeyMs = median(runs: 11) { _ = DataCache.metadataKey(directory: dataDir, now: Int.max) }
let cachedMs = median(runs: 11) {
    guard case (_, .hit)? = try? DataCache.load(directory: dataDir, folder: cacheFolder) else {
        fatalError("no cache hit")
    }
}
let cacheBytes =
    ((try? FileManager.default.attributesOfItem(
        atPath: cacheFolder + "/" + (try FileManager.default.contentsOfDirectory(atPath: cacheFolder))[0]))?[.size]
        as? Int) ?? 0
try? FileManager.default.removeItem(atPath: cacheFolder)
report("first load: text, then write the cache", cacheWrite * 1000, "ms")
report("cache key: hash every input file (median)", keyMs, "ms")
report("cache metadata key: stat every input file, read none (median)", metadataKeyMs, "ms")
report("load Data/ from the cache (median)", cachedMs, "ms", goal: "<= 5 ms")
report("cache file size", Double(cacheBytes) / 1e6, "MB")

// MARK: goals measured from outside the process

let runs = quick ? 7 : 21
if FileManager.default.isExecutableFile(atPath: frontlineBinary) {
    print("one-shot commands and the viewer, timed from outside: \(frontlineBinary)")
    print("(with the data cache warm, as from a user's second run on: each command's untimed first run writes it)")
    Goals.oneShot(frontline: frontlineBinary, data: dataDir, label: "real data", runs: runs)
    let extra = 3_000
    let larger = try Goals.largerHistory(of: data, directory: dataDir, count: extra)
    Goals.oneShot(frontline: frontlineBinary, data: larger, label: "+\(extra) changes", runs: runs)
    try? FileManager.default.removeItem(atPath: larger)
    Goals.firstFrame(frontline: frontlineBinary, data: dataDir, runs: runs)
    Goals.withoutCache(frontline: frontlineBinary, data: dataDir, runs: runs)
    try? FileManager.default.removeItem(atPath: External.cacheHome)
} else {
    print(
        "no frontline binary at \(frontlineBinary) (run make build, or pass --frontline PATH): the one-shot and "
            + "first-frame goals are skipped"
    )
}

// MARK: synthetic scale

let scaleRegions = quick ? 1_000 : 10_000
let scaleChanges = quick ? 100_000 : 1_000_000
print("synthetic: \(scaleRegions) regions, \(scaleChanges) changes, loaded in a process of its own")
let synthetic = try writeSynthetic(regions: scaleRegions, changes: scaleChanges)
let child = Pipe()
let childProcess = Process()
childProcess.executableURL = URL(
    fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0])
childProcess.arguments = ["--synthetic-child", synthetic]
childProcess.standardOutput = child
try childProcess.run()
let childOutput = String(decoding: child.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
childProcess.waitUntilExit()
try? FileManager.default.removeItem(atPath: synthetic)
for line in childOutput.split(separator: "\n") where !line.contains("=") { print(line) }
/// A value the child printed as `KEY=VALUE`.
func childValue(_ key: String) -> Double {
    childOutput.split(separator: "\n").first { $0.hasPrefix(key + "=") }.flatMap { Double($0.dropFirst(key.count + 1)) }
        ?? .nan
}
let scale = Double(scaleChanges) / 1_000_000
Goals.record(
    Goal(
        name: "synthetic \(scaleChanges) changes: load and validate", detail: "\(scaleRegions) regions",
        value: childValue("load"), threshold: 1.5 * scale, unit: "s"))
if quick {
    // A tenth of the set keeps most of the process's fixed memory, so 150 MB has no fair tenth: full run only.
    print("peak resident memory of the synthetic load: \(childValue("peak")) MB (the 150 MB goal is for the full run)")
} else {
    Goals.record(
        Goal(
            name: "synthetic \(scaleChanges) changes: peak resident", detail: "the loading process",
            value: childValue("peak"), threshold: 150, unit: "MB"))
}
Goals.record(
    Goal(
        name: "one-day step, late vs early in the timeline", detail: "forward and back",
        value: childValue("late") / childValue("early"), threshold: 2, unit: "x"))
Goals.summary()
