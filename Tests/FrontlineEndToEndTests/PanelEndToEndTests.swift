import Foundation
import Testing

/// The panels through the built binary: Tab chooses a change of the day, Enter goes there.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built frontline"))
struct PanelEndToEndTests {
    let bin = Tmux.binary ?? "frontline"

    @Test func tabThenEnterGoesToTheChosenChange() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.kill() }
        t.shell("\(bin); echo \"EXIT:$?:END\"")
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") && $0.contains("33.20N 42.15E") })
        t.keys("Tab")
        #expect(t.waitFor { $0.contains("Enter go there") }, "the status line names the panel's keys:\n\(t.screen)")
        t.keys("Enter")
        #expect(
            t.waitFor { !$0.contains("33.20N 42.15E") && !$0.contains("Enter go there") },
            "the cursor stayed:\n\(t.screen)")
        #expect(t.screen.contains("Fri 2015-05-22"), "the day stays")
        t.keys("q")
        #expect(t.waitFor { $0.contains("EXIT:0:END") })
    }
}
