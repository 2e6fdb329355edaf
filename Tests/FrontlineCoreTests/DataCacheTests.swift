import Foundation
import Testing
@testable import FrontlineCore

/// The derived data cache: it gives exactly what the text gives, and a missing, stale, truncated or damaged cache
/// is ignored, rebuilt, and never gives a wrong answer.
@Suite struct DataCacheTests {
    /// A fresh cache folder, removed at the end of the test.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-cache-\(UUID())").path
        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// The one cache file in the folder.
        var file: String { path + "/" + ((try? FileManager.default.contentsOfDirectory(atPath: path))?.first ?? "") }
        var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }
    }

    /// Whether two data sets hold the same values, field by field (the types that are not Equatable compared by
    /// their full descriptions).
    static func expectSame(_ a: DataSet, _ b: DataSet, sourceLocation: SourceLocation = #_sourceLocation) {
        func same<T: Equatable>(_ x: T, _ y: T, _ what: String) {
            #expect(x == y, "\(what) differs", sourceLocation: sourceLocation)
        }
        func described<T>(_ x: T, _ y: T, _ what: String) {
            same(String(describing: x), String(describing: y), what)
        }
        same(a.directory, b.directory, "directory")
        same([a.series.both, a.series.syria, a.series.iraq], [b.series.both, b.series.syria, b.series.iraq], "series")
        let (p, q) = (a.atlas, b.atlas)
        same(p.grid.runCodes, q.grid.runCodes, "grid runs")
        same(p.grid.runEnds, q.grid.runEnds, "grid run ends")
        same(p.grid.rowStarts, q.grid.rowStarts, "grid rows")
        same([p.grid.west, p.grid.north, p.grid.step], [q.grid.west, q.grid.north, q.grid.step], "grid corner")
        same([p.grid.cols, p.grid.rows], [q.grid.cols, q.grid.rows], "grid size")
        same(p.regions, q.regions, "regions")
        same(p.regionByID, q.regionByID, "region ids")
        same(p.districts, q.districts, "districts")
        same(p.governorates, q.governorates, "governorates")
        same(p.countries, q.countries, "countries")
        same(p.lakes, q.lakes, "lakes")
        same(p.rivers, q.rivers, "rivers")
        same(p.places, q.places, "places")
        same(p.countryLabels, q.countryLabels, "country labels")
        same(p.regionGovernorate, q.regionGovernorate, "region governorates")
        same(p.regionCountry, q.regionCountry, "region countries")
        same(p.regionArea, q.regionArea, "region areas")
        same(p.children, q.children, "children")
        same(p.regionByID, q.regionByID, "region ids")
        described(p.searchNames, q.searchNames, "search names")
        let (s, t) = (a.timeline, b.timeline)
        same(s.factions, t.factions, "factions")
        described(s.initial, t.initial, "initial rows")
        described(Array(s.changes), Array(t.changes), "changes")
        described(s.events, t.events, "events")
        same(s.merged, t.merged, "merged")
        same(s.overruled, t.overruled, "overruled")
        described(s.contestReasons, t.contestReasons, "contest reasons")
        let (h, k) = (a.history, b.history)
        same(h.controls, k.controls, "controls")
        same(h.initial, k.initial, "initial controls")
        same(h.initialRow, k.initialRow, "initial row")
        same(h.steps, k.steps, "steps")
        same(h.regionSteps, k.regionSteps, "region steps")
        same(h.regionStart, k.regionStart, "region starts")
        same(h.days, k.days, "days")
        same(h.dayStart, k.dayStart, "day starts")
        same(a.warnings, b.warnings, "warnings")
    }

    @Test(
        arguments: [
            ("", 0, 0xEF46_DB37_51D8_E999), ("", 7, 0x95F0_626F_6F0A_4409), ("a", 0, 0xD24E_C4F1_A98C_6E5B),
            ("abc", 7, 0x9E75_5206_1566_76D7),
            ("Frontline: a terminal map of Iraq and Syria, 2014-2019.", 0, 0xCF7F_5523_AE80_50AA)
        ] as [(String, UInt64, UInt64)])
    func hashIsXXH64(text: String, seed: UInt64, expected: UInt64) {
        #expect(Hash64.hash(Array(text.utf8), seed: seed) == expected)
    }

    @Test func hashOfLongInputIsXXH64() {
        let bytes = (0..<3).flatMap { _ in (0..<256).map { UInt8($0) } } + Array("xyz".utf8)
        #expect(Hash64.hash(bytes) == 0xE921_A1B4_5BD7_79F8)
        #expect(Hash64.hash(bytes, seed: 7) == 0xB635_55D1_BF05_377F)
    }

    @Test func theRealDataDecodesToWhatTheTextGives() throws {
        let data = try RealData.data()
        let payload = DataCache.encode(data)
        let decoded = try payload.withUnsafeBytes { try DataCache.decode($0) }
        Self.expectSame(data, decoded)
    }

    @Test func aSecondLoadIsAHitAndAnswersTheSame() throws {
        let fixture = try Fixture(), folder = Folder()
        let (first, firstOutcome) = try DataCache.load(directory: fixture.root, folder: folder.path)
        #expect(firstOutcome == .miss(written: true))
        let (second, secondOutcome) = try DataCache.load(directory: fixture.root, folder: folder.path)
        #expect(secondOutcome == .hit)
        Self.expectSame(first, second)
        Self.expectSame(try fixture.load(), second)
        #expect(folder.names.count == 1 && folder.names[0].hasPrefix("data-"), "\(folder.names)")
        let inData = try FileManager.default.subpathsOfDirectory(atPath: fixture.root)
        #expect(!inData.contains { $0.contains("data-") || $0.contains(".tmp") }, "nothing written into the data")
    }

    /// Each damage to the cache file is detected: the load falls back to the text and rewrites the cache.
    @Test(arguments: ["flip a payload byte", "flip a header byte", "truncate", "empty", "garbage", "extra byte"])
    func aDamagedCacheIsIgnoredAndRewritten(damage: String) throws {
        let fixture = try Fixture(), folder = Folder()
        _ = try DataCache.load(directory: fixture.root, folder: folder.path)
        var bytes = try #require(ByteFile.contents(folder.file))
        switch damage {
        case "flip a payload byte": bytes[bytes.count / 2] ^= 0x20
        case "flip a header byte": bytes[17] ^= 1
        case "truncate": bytes.removeLast(9)
        case "empty": bytes = []
        case "garbage": bytes = Array(repeating: 0x41, count: bytes.count)
        default: bytes.append(0)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file))
        let (data, outcome) = try DataCache.load(directory: fixture.root, folder: folder.path)
        #expect(outcome == .miss(written: true))
        Self.expectSame(try fixture.load(), data)
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path).1 == .hit)
    }

    /// A change list read from the cache indexes its string pools when it next grows: appending reuses them.
    @Test func aDecodedChangeListStillInterns() throws {
        let data = try Fixture().load()
        var list = try DataCache.encode(data).withUnsafeBytes { try DataCache.decode($0) }.timeline.changes
        let notes = list.notes.all.count
        list.append(list[0])
        list.append(list[1])
        #expect(list.notes.all.count == notes, "no note stored twice")
        #expect(String(describing: list[list.count - 2]).contains(list[0].note))
        #expect(list[list.count - 1].source == list[1].source)
    }

    /// A payload that passes the checksum but is not what the writer wrote throws, never reads out of bounds.
    @Test func aMalformedPayloadThrows() throws {
        let payload = DataCache.encode(try Fixture().load())
        for cut in [0, 1, 8, payload.count / 3, payload.count - 1] {
            #expect(throws: CacheReader.Damaged.self) {
                try Array(payload.prefix(cut)).withUnsafeBytes { _ = try DataCache.decode($0) }
            }
        }
    }

    /// Editing, adding or removing a data file invalidates the cache: the answer follows the text.
    @Test func aStaleCacheGivesWayToTheText() throws {
        let fixture = try Fixture(), folder = Folder()
        let alQaim = { (d: DataSet) in
            d.history.controlIndex(region: d.atlas.region(id: "al-qaim")!.index, at: Day(iso: "2014-04-01")!)
        }
        let (before, _) = try DataCache.load(directory: fixture.root, folder: folder.path)
        #expect(before.code(before.history.controls[alQaim(before)]) == "is")
        let edited = Fixture.changeRows.map {
            $0.replacingOccurrences(of: "exact\tal-qaim\tis", with: "exact\tal-qaim\tsyria-gov")
        }
        try Fixture.table("changes", edited).write(
            toFile: fixture.path("timeline/changes/a.tsv"), atomically: true, encoding: .utf8)
        let (after, outcome) = try DataCache.load(directory: fixture.root, folder: folder.path)
        #expect(outcome == .miss(written: true))
        #expect(after.code(after.history.controls[alQaim(after)]) == "syria-gov")
        Self.expectSame(try fixture.load(), after)
        // A new file, then its removal, each change the key.
        let key = DataCache.key(directory: fixture.root)
        try Fixture.changes().write(toFile: fixture.path("timeline/changes/b.tsv"), atomically: true, encoding: .utf8)
        #expect(DataCache.key(directory: fixture.root) != key)
        try FileManager.default.removeItem(atPath: fixture.path("timeline/changes/b.tsv"))
        #expect(DataCache.key(directory: fixture.root) == key)
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path).1 == .hit)
    }

    @Test func badDataIsTheSameErrorAndWritesNoCache() throws {
        let fixture = try Fixture([
            "timeline/changes/a.tsv": Fixture.changes("2014-03-01\texact\tnowhere\tis\tx\tSrc\t2014")
        ])
        let folder = Folder()
        let viaCache: [String]
        do {
            _ = try DataCache.load(directory: fixture.root, folder: folder.path)
            viaCache = []
        } catch { viaCache = error.errors.map(\.description) }
        #expect(!viaCache.isEmpty)
        #expect(viaCache == fixture.errors())
        #expect(folder.names.isEmpty)
    }

    @Test func anUnwritableCacheFolderStillLoads() throws {
        let fixture = try Fixture(), folder = Folder()
        // A folder below a regular file can never be created, whoever runs the test.
        FileManager.default.createFile(atPath: folder.path, contents: Data())
        let (data, outcome) = try DataCache.load(directory: fixture.root, folder: folder.path + "/frontline")
        #expect(outcome == .miss(written: false))
        Self.expectSame(try fixture.load(), data)
    }

    /// Writing a cache keeps the newest few of the folder and removes older ones, and no other file.
    @Test func aFolderKeepsTheNewestCaches() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        for i in 0..<6 {
            let path = folder.path + "/data-old\(i).bin"
            FileManager.default.createFile(atPath: path, contents: Data([1]))
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: Double(i - 100) * 3600)], ofItemAtPath: path)
        }
        FileManager.default.createFile(atPath: folder.path + "/notes.txt", contents: Data())
        let fixture = try Fixture()
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path).1 == .miss(written: true))
        let names = Set(folder.names)
        #expect(names.count == DataCache.kept + 1, "\(names.sorted())")
        #expect(names.contains("notes.txt") && names.contains("data-old5.bin") && !names.contains("data-old0.bin"))
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path).1 == .hit)
    }

    @Test func noFolderMeansNoCache() throws {
        let fixture = try Fixture()
        #expect(try DataCache.load(directory: fixture.root, folder: nil).1 == .unused)
    }

    @Test func theFolderFollowsTheEnvironment() {
        #expect(DataCache.folder(environment: ["HOME": "/home/u"]) == "/home/u/.cache/frontline")
        #expect(DataCache.folder(environment: ["HOME": "/home/u", "XDG_CACHE_HOME": "/c"]) == "/c/frontline")
        #expect(
            DataCache.folder(environment: ["HOME": "/home/u", "XDG_CACHE_HOME": "rel"]) == "/home/u/.cache/frontline")
        #expect(DataCache.folder(environment: ["HOME": "/home/u", "FRONTLINE_CACHE": "off"]) == nil)
        #expect(DataCache.folder(environment: ["XDG_CACHE_HOME": "/c", "FRONTLINE_CACHE": "OFF"]) == nil)
        #expect(DataCache.folder(environment: [:]) == nil)
    }

    /// Processes (here, tasks) loading at once each write a temporary file of their own and rename it: every load
    /// is right and no temporary file is left.
    @Test func concurrentLoadsAreAllRight() async throws {
        let fixture = try Fixture(), folder = Folder()
        let root = fixture.root, path = folder.path
        let reference = DataCache.encode(try fixture.load())
        let payloads = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 { group.addTask { DataCache.encode(try DataCache.load(directory: root, folder: path).0) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(payloads.allSatisfy { $0 == reference })
        #expect(folder.names.count == 1, "\(folder.names)")
        #expect(try DataCache.load(directory: root, folder: path).1 == .hit)
    }
}
