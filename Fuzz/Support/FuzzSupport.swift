// Shared helpers for the libFuzzer harnesses in Fuzz/. Compiled into the same module as FrontlineCore's sources
// by Tools/fuzz/run.sh, so internal types (GridParser, Resolver, ...) are visible.
import Foundation

enum FuzzSupport {
    /// Table headers, as the loaders expect them.
    static let header: [String: String] = [
        "countries": DataFormat.countries, "governorates": DataFormat.governorates, "districts": DataFormat.districts,
        "regions": DataFormat.regions, "lakes": DataFormat.lakes, "rivers": DataFormat.rivers,
        "factions": DataFormat.factions, "initial": DataFormat.initial, "changes": DataFormat.changes,
        "events": DataFormat.events,
    ].mapValues { $0.joined(separator: "\t") }

    static func table(_ kind: String, _ rows: [String]) -> String {
        ([header[kind]!] + rows).joined(separator: "\n") + "\n"
    }

    /// A tiny valid data folder (the same shape as Tests/FrontlineCoreTests/Fixture.swift): 3 regions in 2
    /// districts of 2 governorates, one lake, sea and one neighbour on a 4x3 grid, and 3 factions.
    static let files: [String: String] = [
        "atlas/countries.tsv": table("countries", ["SY\tSyria\tmapped", "IQ\tIraq\tmapped", "TR\tTurkey\tneighbour"]),
        "atlas/governorates.tsv": table("governorates", ["SY09\tSY\tDeir-ez-Zor\tدير الزور", "IQG01\tIQ\tAl-Anbar\tالانبار"]),
        "atlas/districts.tsv": table("districts", ["SY0902\tSY09\tAbu Kamal\tالبوكمال", "IQG01Q02\tIQG01\tAl-Kaim\tالقائم"]),
        "atlas/regions.tsv": table("regions", [
            "1\tabu-kamal\ttown\tĀlbū Kamāl\tAbu Kamal\t35.3000\t40.3000\t57572\tSY0902\t3\t2\tGeoNames 174448\tAbu Kemal|البوكمال",
            "2\thajin\ttown\tHajin\tHajin\t35.2000\t41.2000\t0\tSY0902\t5\t2\tcurated\tHajeen",
            "3\tal-qaim\ttown\tAl Qā’im\tal-Qaim\t35.3000\t41.7000\t74100\tIQG01Q02\t3\t2\tGeoNames 92138\tAl Kaim|القائم",
        ]),
        "atlas/lakes.tsv": table("lakes", ["1\tTest Lake\t34.7500\t40.7500\tSY\tinvented"]),
        "atlas/rivers.tsv": table("rivers", ["Euphrates\tinvented\t40.100,35.600 41.900,35.100"]),
        "atlas/grid.txt": (["frontline-atlas-grid 1", "cols 4", "rows 3", "west 40.00", "north 36.00", "step 0.5",
                            "@TR*4", "1*2 2 3", "~ L1 2 3"]).joined(separator: "\n") + "\n",
        "timeline/factions.tsv": table("factions", [
            "is\tIslamic State\tIS\t#3c3c3c\t#5a5a5a\t█\t#\tIslamic State",
            "syria-gov\tSyrian government\tSyGov\t#d62828\t#d55e00\t·\t.\tSyrian Arab Army",
            "iraq-gov\tIraqi government\tIqGov\t#b5557a\t#cc79a7\t:\t:\tIraqi Security Forces",
        ]),
        "timeline/initial/x.tsv": table("initial", [
            "SY0902\tsyria-gov\tGovernment held the district.\tSrc\t2014",
            "hajin\tis\tHajin was held by IS.\tSrc\t2014-01",
            "IQG01Q02\tiraq-gov\tIraqi army held al-Qaim district.\tSrc\t2014-01-01",
        ]),
        "timeline/changes/x.tsv": table("changes", [
            "2014-03-01\texact\tal-qaim\tis\tIS took al-Qaim.\tSrc\t2014",
            "2014-06-01\texact\tSY0902\tis\tIS took the district.\tSrc\t2014",
            "2015-01-10\tapprox\tSY0902\tsyria-gov\tArmy back in the district.\tSrc\t2015",
            "2015-01-10\texact\thajin\tcontested:is+syria-gov\tFighting in Hajin.\tSrc\t2015",
            "2016-01-01\texact\tal-qaim\tiraq-gov\tArmy retook al-Qaim.\tSrc\t2016",
        ]),
    ]

    /// A fresh private folder for this process (two targets may run at once), created once and removed at exit.
    static func makeRoot(_ target: String) -> String {
        let root = "/tmp/frontline-fuzz-\(target)-\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        for (name, text) in files { write(root + "/" + name, Array(text.utf8)) }
        removeAtExit(root)
        return root
    }

    /// Removes `path` when the fuzzer exits normally (-max_total_time, -runs); a crash leaves it for inspection.
    static func removeAtExit(_ path: String) {
        cleanupLock.lock()
        defer { cleanupLock.unlock() }
        if cleanupPaths.isEmpty {
            atexit {
                for p in FuzzSupport.cleanupPaths { try? FileManager.default.removeItem(atPath: p) }
            }
        }
        cleanupPaths.append(path)
    }

    private nonisolated(unsafe) static var cleanupPaths: [String] = []
    private static let cleanupLock = NSLock()

    /// Writes `bytes` to `path`, creating folders; aborts if it cannot (a harness fault, not a finding).
    static func write(_ path: String, _ bytes: [UInt8]) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz harness: cannot write \(path)")
        }
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    /// The fuzzer's bytes.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Splits on NUL into at most `parts` pieces; the last piece keeps any further NULs.
    static func split(_ bytes: [UInt8], parts: Int) -> [[UInt8]] {
        bytes.split(separator: 0, maxSplits: parts - 1, omittingEmptySubsequences: false).map(Array.init)
    }
}

/// A contract check that prints its message (an -O `precondition` drops it) and aborts, which libFuzzer reports
/// as a crash with the input saved.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = "",
           file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        FileHandle.standardError.write(Data("FUZZ CHECK FAILED at \(file):\(line): \(message())\n".utf8))
        abort()
    }
}
