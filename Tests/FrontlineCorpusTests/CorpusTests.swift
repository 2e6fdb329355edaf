import Foundation
import FrontlineCore
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// Hostile data: every case of `Tests/Corpus/` must give exactly its expected first error, both from
/// `DataSet.load(directory:)` and from `frontline check --data DIR` (exit status 65), and never crash or hang.
@Suite(.timeLimit(.minutes(5)))
struct CorpusTests {
    /// The base every case starts from loads cleanly, and so the errors of the cases are theirs.
    @Test func baseLoadsCleanly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-corpus-base-\(UUID().uuidString)"
        ).path
        try FileManager.default.copyItem(atPath: Corpus.root + "/_base", toPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data: DataSet
        do { data = try DataSet.load(directory: dir) } catch {
            Issue.record("the base data set must load: \(error)")
            return
        }
        #expect(data.atlas.regions.map(\.id) == ["abu-kamal", "hajin", "al-qaim", "karabilah"])
        #expect(data.atlas.districts.count == 2)
        #expect(data.atlas.governorates.count == 2)
        #expect(data.atlas.lakes.count == 1)
        #expect(data.atlas.rivers.count == 1)
        #expect(data.atlas.grid.cols == 6 && data.atlas.grid.rows == 4)
        #expect(data.timeline.factions.map(\.id) == ["is", "syria-gov", "iraq-gov", "sdf"])
        #expect(data.timeline.initial.count == 3)
        #expect(data.timeline.changes.count == 6)
        #expect(data.timeline.events.count == 2)
        #expect(try FightingLoader.load(for: data).events.map(\.id) == [230236, 242339, 248030, 261823])
        #expect(data.warnings.isEmpty)
    }

    /// The corpus is big enough, every case says what it expects, and nothing committed is large.
    @Test func corpusIsWellFormed() throws {
        let errorCases = Corpus.cases.filter { !$0.mustLoad }
        #expect(errorCases.count >= 45, "at least 45 malformed inputs")
        for c in Corpus.cases {
            let expected = try c.expected()
            #expect(expected == "OK" || expected.hasPrefix("$DATA/"), "\(c.name)/expected.txt: \(expected)")
        }
        for relative in try Corpus.files(under: Corpus.root) {
            let size =
                try FileManager.default.attributesOfItem(atPath: Corpus.root + "/" + relative)[.size] as? Int ?? 0
            #expect(size <= 100_000, "Tests/Corpus/\(relative) is \(size) bytes; generate big inputs with recipe.txt")
        }
    }

    /// The generated inputs really are what their case names say, so the cases that must load are not vacuous.
    @Test func recipesProduceTheirInputs() throws {
        func bytes(_ c: String, _ check: (String, [UInt8]) -> Void) throws {
            let dir = try CorpusCase(name: c).materialise()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            for relative in try Corpus.files(under: dir) {
                check(relative, [UInt8](try #require(FileManager.default.contents(atPath: dir + "/" + relative))))
            }
        }
        func lineEnds(_ b: [UInt8]) -> (crlf: Int, lf: Int) {
            let lf = b.indices.filter { b[$0] == 0x0A }
            let crlf = lf.filter { $0 > 0 && b[$0 - 1] == 0x0D }.count
            return (crlf, lf.count - crlf)
        }
        try bytes("ok-bom-everywhere") { name, b in #expect(b.starts(with: [0xEF, 0xBB, 0xBF]), "\(name)") }
        try bytes("ok-crlf-everywhere") { name, b in #expect(lineEnds(b).crlf > 0 && lineEnds(b).lf == 0, "\(name)") }
        try bytes("ok-mixed-line-ends") { name, b in
            #expect(lineEnds(b).crlf > 0 && (lineEnds(b).lf > 0 || lineEnds(b).crlf == 1), "\(name)")
        }
        try bytes("changes-50mb-line") { name, b in
            if name == "timeline/changes/b.tsv" { #expect(b.count > 50_000_000) }
        }
        try bytes("grid-50mb-line") { name, b in
            if name == "atlas/grid.txt" { #expect(b.count > 50_000_000) }
        }
        try bytes("changes-nul-byte") { name, b in
            if name == "timeline/changes/b.tsv" { #expect(b.contains(0)) }
        }
        try bytes("changes-invalid-utf8") { name, b in
            if name == "timeline/changes/b.tsv" { #expect(String(validating: b, as: UTF8.self) == nil) }
        }
    }

    /// `DataSet.load(directory:)`, run in a child process so a crash fails this case only; a hang is cut by
    /// SIGALRM after 60 seconds.
    @Test(arguments: Corpus.cases)
    func library(_ c: CorpusCase) async throws {
        let expected = try c.expected()
        let dir = try c.materialise()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = await #expect(
            processExitsWith: c.mustLoad ? .success : .failure, observing: [\.standardErrorContent],
            "\(c.name): DataSet.load must \(c.mustLoad ? "load" : "fail with \(expected)")"
        ) { [dir = dir as String] in
            CorpusTests.loadInChild(dir)
        }
        guard let result else { return }
        let stderr = String(decoding: result.standardErrorContent, as: UTF8.self)
        let marker = "CORPUS-RESULT: "
        guard let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix(marker) }) else {
            let how =
                switch result.exitStatus {
                case .signal(SIGALRM): "hung (no result after 60 s)"
                case .signal(let s): "crashed with signal \(s)"
                case .exitCode(let code): "exited \(code) without a result"
                @unknown default: "ended (\(result.exitStatus)) without a result"
                }
            Issue.record(
                "DataSet.load \(how) on \(c.name); expected \(expected)\n\(Corpus.redact(String(stderr.prefix(1_500)), root: dir))"
            )
            return
        }
        #expect(String(line.dropFirst(marker.count)) == expected, "\(c.name)")
    }

    /// `frontline check --data DIR`: exit 65 (0 for inputs that must load), the same first line on stderr.
    @Test(arguments: Corpus.cases)
    func binary(_ c: CorpusCase) async throws {
        let (path, tried) = Corpus.binary()
        guard let path else {
            Issue.record(
                "frontline executable not found (tried \(tried.joined(separator: ", "))): run `swift build` first")
            return
        }
        let expected = try c.expected()
        let dir = try c.materialise()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + ".stdout", err = dir + ".stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["check", "--data", dir]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("frontline check hung (over 60 s) on \(c.name)")
            return
        }
        let stderr = Corpus.redact((try? String(contentsOfFile: err, encoding: .utf8)) ?? "", root: dir)
        let stdout = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        if process.terminationReason == .uncaughtSignal {
            Issue.record(
                "frontline check crashed with signal \(process.terminationStatus) on \(c.name); expected \(expected)\n\(stderr.prefix(1_500))"
            )
            return
        }
        if c.mustLoad {
            #expect(process.terminationStatus == 0, "\(c.name): \(stderr)")
            #expect(stdout.hasSuffix("ok: no errors\n"), "\(c.name)")
        } else {
            #expect(process.terminationStatus == 65, "\(c.name)")
            #expect(
                stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == expected,
                "\(c.name)")
        }
    }

    /// In the child: loads `dir` and its fighting events (which the viewer loads lazily), prints `CORPUS-RESULT: ` and
    /// the first error (or `OK`) to stderr, and exits 65
    /// on an error, 0 otherwise.
    static func loadInChild(_ dir: String) {
        alarm(60)
        do {
            _ = try FightingLoader.load(for: try DataSet.load(directory: dir))
            FileHandle.standardError.write(Data("CORPUS-RESULT: OK\n".utf8))
        } catch {
            let first = error.errors.first?.description ?? "(no error)"
            FileHandle.standardError.write(Data("CORPUS-RESULT: \(Corpus.redact(first, root: dir))\n".utf8))
            exit(65)
        }
    }
}
