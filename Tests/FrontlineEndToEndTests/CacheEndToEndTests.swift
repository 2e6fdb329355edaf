import Foundation
import Testing

/// The derived data cache, seen from outside: the built binary writes it to the cache folder, reads it on the next
/// run, and gives the text's answer whatever state the cache is in.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct CacheEndToEndTests {
    /// A fresh cache folder (`XDG_CACHE_HOME`) and a copy of the tiny fixture data, removed at the end.
    final class Sandbox {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-e2e-\(UUID())").path
        var cacheHome: String { root + "/cache" }
        var data: String { root + "/data" }
        var cacheFolder: String { cacheHome + "/frontline" }

        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Tmux.root.appendingPathComponent("Tests/Fixtures/tiny-data").path, toPath: data)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        var cacheFiles: [String] { (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? [] }

        /// Who held al-Qaim on 2015-01-01, by `query`, with the cache in `cacheHome`.
        func query(_ environment: [String] = []) throws -> (status: Int32, out: String) {
            try Tmux.run(
                ["env", "LANG=C.UTF-8", "XDG_CACHE_HOME=\(cacheHome)"] + environment + [
                    Tmux.binary ?? "frontline", "query", "--place", "al-Qaim", "--date", "2015-01-01", "--data", data,
                    "--format", "json"
                ])
        }
    }

    @Test func theSecondRunReadsTheCacheAndAnswersTheSame() throws {
        let box = try Sandbox()
        let first = try box.query()
        #expect(first.status == 0)
        #expect(first.out.contains("\"controller\":\"is\""), "\(first.out)")
        #expect(box.cacheFiles.count == 1 && box.cacheFiles[0].hasSuffix(".bin"), "\(box.cacheFiles)")
        let file = box.cacheFolder + "/" + box.cacheFiles[0]
        let inode = { try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int }
        let written = try inode()
        let second = try box.query()
        #expect(second.status == 0 && second.out == first.out)
        #expect(try inode() == written, "a hit reads the cache and leaves it as it is")
        let inData = try FileManager.default.subpathsOfDirectory(atPath: box.data)
        #expect(!inData.contains { $0.hasSuffix(".bin") || $0.contains(".tmp-") }, "nothing written into the data")
    }

    @Test(arguments: ["garbage", "truncated", "empty"])
    func aDamagedCacheStillGivesTheTextsAnswer(damage: String) throws {
        let box = try Sandbox()
        let first = try box.query()
        let file = box.cacheFolder + "/" + (try #require(box.cacheFiles.first))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        switch damage {
        case "garbage": bytes = Data(repeating: 0x5A, count: bytes.count)
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        default: bytes = Data()
        }
        try bytes.write(to: URL(fileURLWithPath: file))
        let second = try box.query()
        #expect(second.status == 0 && second.out == first.out, "\(second.out)")
    }

    @Test func anEditedDataFileIsReadAgain() throws {
        let box = try Sandbox()
        #expect(try box.query().out.contains("\"controller\":\"is\""))
        let changes = box.data + "/timeline/changes/a.tsv"
        let text = try String(contentsOfFile: changes, encoding: .utf8)
        try text.replacingOccurrences(of: "exact\tal-qaim,karabilah\tis\t", with: "exact\tal-qaim,karabilah\tsdf\t")
            .write(toFile: changes, atomically: true, encoding: .utf8)
        let after = try box.query()
        #expect(after.status == 0)
        #expect(after.out.contains("\"controller\":\"sdf\""), "\(after.out)")
    }

    @Test func offMeansNoCacheAndAnUnwritableFolderMeansNoCacheEither() throws {
        let box = try Sandbox()
        let off = try box.query(["FRONTLINE_CACHE=off"])
        #expect(off.status == 0 && off.out.contains("\"controller\":\"is\""))
        #expect(!FileManager.default.fileExists(atPath: box.cacheHome))
        // A cache home that is a regular file: no folder can be made below it.
        FileManager.default.createFile(atPath: box.cacheHome, contents: Data())
        let unwritable = try box.query()
        #expect(unwritable.status == 0 && unwritable.out == off.out, "\(unwritable.out)")
    }
}
