import Foundation
import Testing

/// The binary copied out of the checkout, as `make install` and `make dist` lay it out: where it finds its data.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct InstallLayoutTests {
    let bin = Tmux.binary ?? "frontline"

    /// A fresh folder under the temporary directory, removed by the caller.
    func freshPrefix() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-prefix-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        // A hard link, not a copy, where the file system allows: a copy is open for writing while other tests
        // fork, and a child holding that descriptor makes exec fail with "Text file busy".
        do { try FileManager.default.linkItem(atPath: bin, toPath: dir + "/bin/frontline") } catch {
            try FileManager.default.copyItem(atPath: bin, toPath: dir + "/bin/frontline")
        }
        return dir
    }

    /// Runs the copy from `/`, with no FRONTLINE_DATA (again, briefly, while a copy is still busy).
    func runFromRoot(_ prefix: String, _ args: String) throws -> (status: Int32, out: String) {
        var result = try Tmux.run([
            "sh", "-c", "cd / && env -u FRONTLINE_DATA LANG=C.UTF-8 '\(prefix)/bin/frontline' \(args)"
        ])
        for _ in 0..<20 where result.status == 126 && result.out.contains("Text file busy") {
            Thread.sleep(forTimeInterval: 0.1)
            result = try Tmux.run([
                "sh", "-c", "cd / && env -u FRONTLINE_DATA LANG=C.UTF-8 '\(prefix)/bin/frontline' \(args)"
            ])
        }
        return result
    }

    @Test func anInstalledCopyReadsShareFrontlineBesideItsBin() throws {
        let prefix = try freshPrefix()
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: prefix + "/share", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Tmux.root.appendingPathComponent("Data").path, toPath: prefix + "/share/frontline")
        let version = try runFromRoot(prefix, "--version")
        #expect(version.status == 0)
        #expect(version.out.contains("data folder: \(prefix)/share/frontline\n"), "\(version.out)")
        #expect(version.out.contains("frontline "))
        let query = try runFromRoot(prefix, "query --place Palmyra --date 2015-05-21")
        #expect(query.status == 0)
        #expect(query.out.contains("controller   Islamic State"))
    }

    @Test func onlyDebugBuildsFallBackToTheSourceCheckout() throws {
        let prefix = try freshPrefix()
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let r = try runFromRoot(prefix, "--version")
        let checkout = Tmux.root.appendingPathComponent("Data").path
        if r.out.contains("build: debug") {
            #expect(r.status == 0)
            #expect(r.out.contains("data folder: \(checkout)\n"), "\(r.out)")
        } else {
            #expect(r.out.contains("build: release"), "\(r.out)")
            #expect(r.status == 66)
            #expect(r.out.contains("  \(prefix)/share/frontline\n"), "\(r.out)")
            #expect(
                !r.out.contains(checkout), "a release binary must not read the checkout it was built from: \(r.out)")
        }
    }
}
