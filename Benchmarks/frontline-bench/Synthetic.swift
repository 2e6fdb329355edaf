// The synthetic scale test: a data folder 1,000 times the real timeline, written to a temporary folder and
// loaded in a child process (`--synthetic-child DIR`), which prints its measures as KEY=VALUE lines.
import Foundation
import FrontlineCore

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
    try write(
        "atlas/countries.tsv",
        "\(DataFormat.countries.joined(separator: "\t"))\nSY\tSyria\tmapped\nTR\tTurkey\tneighbour\n")
    try write("atlas/governorates.tsv", "\(DataFormat.governorates.joined(separator: "\t"))\nSY01\tSY\tOne\tواحد\n")
    var districts = "\(DataFormat.districts.joined(separator: "\t"))\n"
    var regionRows = "\(DataFormat.regions.joined(separator: "\t"))\n"
    var grid = "frontline-atlas-grid 1\ncols \(side)\nrows \(side)\nwest 36.00\nnorth 36.00\nstep 0.02\n"
    for r in 0..<side {
        grid +=
            (0..<side).map { c in
                let n = r * side + c + 1
                return n <= regions ? "\(n)" : "~"
            }.joined(separator: " ") + "\n"
    }
    for i in 1...regions {
        let r = (i - 1) / side, c = (i - 1) % side
        districts += "SY\(String(format: "%06d", i))\tSY01\tD\(i)\t\n"
        regionRows +=
            "\(i)\tr\(i)\ttown\tR\(i)\tR\(i)\t\(String(format: "%.4f", 36 - (Double(r) + 0.5) * 0.02))\t\(String(format: "%.4f", 36 + (Double(c) + 0.5) * 0.02))\t0\tSY\(String(format: "%06d", i))\t5\t1\tsynthetic\t\n"
    }
    try write("atlas/districts.tsv", districts)
    try write("atlas/regions.tsv", regionRows)
    try write("atlas/grid.txt", grid)
    try write("atlas/lakes.tsv", DataFormat.table(DataFormat.lakes, []))
    try write("atlas/rivers.tsv", DataFormat.table(DataFormat.rivers, []))
    try write(
        "timeline/factions.tsv",
        "\(DataFormat.factions.joined(separator: "\t"))\nis\tIS\tIS\t#333333\t#555555\t#\t#\tx\ngov\tGov\tGov\t#cc0000\t#d55e00\t.\t.\tx\n"
    )
    try write(
        "timeline/initial/a.tsv", "\(DataFormat.initial.joined(separator: "\t"))\nSY01\tgov\tStart.\tSynthetic\t2014\n")
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

/// Loads the synthetic set in `directory` and prints `base=`, `load=`, `peak=` (MB and seconds), then the cost
/// of a one-day step early and late in the timeline (`early=`, `late=`, µs) and a region's control at a date.
func syntheticChild(directory: String) {
    print("base=\(memoryMB("VmHWM"))")
    var big: DataSet!
    let seconds: Double
    do { seconds = try time { big = try DataSet.load(directory: directory) } } catch {
        print("the synthetic set did not load: \(error)")
        return
    }
    print("load=\(seconds)")
    print("peak=\(memoryMB("VmHWM"))")
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
    print("early=\(early * 1000)")
    print("late=\(lateMs * 1000)")
    report("load synthetic data set (its own process)", seconds, "s")
    report("peak resident memory of that process", memoryMB("VmHWM"), "MB")
    report("one-day step forward and back, early", early * 1000, "µs")
    report("one-day step forward and back, late", lateMs * 1000, "µs")
    report(
        "one region's control at a date (median)",
        median(runs: 1000) {
            _ = big.history.controlIndex(region: RegionID(4_321 % big.atlas.regions.count), at: Era.seed)
        } * 1000, "µs")
}
