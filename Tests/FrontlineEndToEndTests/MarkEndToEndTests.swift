import Foundation
import Testing

/// The viewer's mark under tmux: set, kept through resizing, filtering and play, cleared.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built .build/debug/frontline"))
struct MarkEndToEndTests {
    let bin = Tmux.binary ?? "frontline"

    @Test func markSurvivesResizeFilterAndPlay() throws {
        let t = try Tmux(width: 130, height: 45)
        defer { t.kill() }
        t.shell("\(bin) --date 2016-10-17")
        #expect(t.waitFor { $0.contains("Mon 2016-10-17") })
        t.keys("m")
        #expect(t.waitFor { $0.contains("since 2016-10-17 (+0 d)") && $0.contains("+km2  +pt") })
        t.keys("PgDn", "PgDn", "PgDn")
        #expect(t.waitFor { $0.contains("since 2016-10-17 (+92 d)") && $0.contains("░") })
        t.resize(150, 50)
        #expect(
            t.waitFor {
                $0.split(separator: "\n", omittingEmptySubsequences: false).count >= 50
                    && $0.contains("since 2016-10-17 (+92 d)")
            })
        t.keys("1")
        #expect(t.waitFor { $0.contains("hidden: IS") && $0.contains("since 2016-10-17 (+92 d)") })
        t.keys("Space")
        #expect(t.waitFor { $0.contains("d/s") })
        Thread.sleep(forTimeInterval: 0.5)
        t.keys("Space")
        #expect(t.waitFor { !$0.contains(" d/s") })
        let first = t.screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("since 2016-10-17 (+") && !first.contains("(+92 d)"), "played on, mark kept: \(first)")
        t.keys("M")
        #expect(t.waitFor { !$0.contains("since 2016-10-17") && $0.contains("1 day") })
        t.keys("q")
    }
}
