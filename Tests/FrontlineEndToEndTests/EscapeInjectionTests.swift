import Foundation
import Testing

/// Strings from data files carrying terminal controls are shown harmlessly everywhere they appear.
@Suite(.serialized, .enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct EscapeInjectionTests {
    let bin = Tmux.binary ?? "frontline"
    static let payload = "Evil\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{1B}[31mRed\u{9B}1m\u{202E}desrever\u{0}"

    /// A copy of the bundled data whose Ramadi name, and the note and source of Ramadi's fall, carry the payload.
    static func hostileData() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Tmux.root.appendingPathComponent("Data"), to: dir)
        let regions = dir.appendingPathComponent("atlas/regions.tsv")
        var text = try String(contentsOf: regions, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\tcity\tRamadi\tRamadi\t",
            with: "\tcity\tRamadi\t\(payload.replacingOccurrences(of: "\u{0}", with: ""))\t")
        try text.write(to: regions, atomically: true, encoding: .utf8)
        let changes = dir.appendingPathComponent("timeline/changes/iraq-west.tsv")
        var lines = try String(contentsOf: changes, encoding: .utf8).components(separatedBy: "\n")
        if let i = lines.firstIndex(where: { $0.hasPrefix("2015-05-17\t") && $0.contains("\tramadi\t") }) {
            var f = lines[i].components(separatedBy: "\t")
            f[4] = "note " + payload.replacingOccurrences(of: "\u{0}", with: "")
            f[5] = "source " + payload.replacingOccurrences(of: "\u{0}", with: "")
            lines[i] = f.joined(separator: "\t")
        }
        try lines.joined(separator: "\n").write(to: changes, atomically: true, encoding: .utf8)
        return dir.path
    }

    /// No ESC, CSI (C1 0x9B), BEL, NUL or bidi override: only our own SGR colour sequences when colour is on.
    static func harmless(_ text: String, allowSGR: Bool = false) -> Bool {
        var t = text
        if allowSGR { t = t.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression) }
        return !t.unicodeScalars.contains { [0x1B, 0x9B, 0x07, 0x00, 0x202E].contains($0.value) }
    }

    @Test func queryChangesAndPrintShowThePayloadHarmlessly() throws {
        let data = try Self.hostileData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let check = try Tmux.frontline(["check", "--data", data])
        #expect(check.status == 0, "\(check.out)")
        // FRONTLINE_DATA points every command at another copy, as --data does.
        let viaEnvironment = try Tmux.run([
            "env", "LANG=C.UTF-8", "FRONTLINE_DATA=\(data)", bin, "query", "--place", "ramadi"
        ])
        #expect(viaEnvironment.out.contains("Evil"))
        let q = try Tmux.frontline(["query", "--data", data, "--place", "ramadi", "--date", "2015-05-20"])
        #expect(q.status == 0)
        #expect(q.out.contains("Evil"))
        #expect(Self.harmless(q.out))
        let json = try Tmux.frontline([
            "query", "--data", data, "--place", "ramadi", "--date", "2015-05-20", "--format", "json"
        ])
        #expect(Self.harmless(json.out))
        for format in ["table", "csv", "json"] {
            let c = try Tmux.frontline([
                "changes", "--data", data, "--from", "2015-05-17", "--to", "2015-05-17", "--format", format
            ])
            #expect(c.status == 0)
            #expect(c.out.contains("Evil"), "\(format)")
            #expect(Self.harmless(c.out), "\(format)")
        }
        for color in ["never", "always"] {
            let p = try Tmux.frontline([
                "print", "--data", data, "--date", "2015-05-20", "--center", "33.42,43.31", "--zoom", "3", "--color",
                color
            ])
            #expect(p.status == 0)
            #expect(p.out.contains("Evil"), "\(color)")
            #expect(Self.harmless(p.out, allowSGR: color == "always"), "\(color)")
        }
    }

    @Test func theViewerNeitherRetitlesNorClearsTheTerminal() throws {
        let data = try Self.hostileData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let t = try Tmux()
        defer { t.kill() }
        let title = t.pane("#{pane_title}")
        t.shell("\(bin) --data \(data) --date 2015-05-20 --center 33.42,43.31 --zoom 3")
        #expect(t.waitFor { $0.contains("2015-05-20") && $0.contains("Evil") })
        #expect(t.pane("#{pane_title}") == title)
        // The OSC is shown as inert text, not obeyed.
        #expect(t.screen.contains("\u{FFFD}]0;PWNED"))
        t.keys("q")
    }
}
