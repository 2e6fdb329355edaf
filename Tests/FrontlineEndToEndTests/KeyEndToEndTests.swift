import Foundation
import Testing

/// Keys as a terminal sends them, bytes and all: Esc never quits, and escape sequences are read by their
/// grammar, so neither a quick Esc nor a long mouse report turns into stray keys.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built frontline"))
struct KeyEndToEndTests {
    let bin = Tmux.binary ?? "frontline"

    func start() throws -> Tmux {
        let t = try Tmux()
        t.shell("\(bin); echo \"EXIT:$?:END\"")
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") })
        return t
    }

    func exited(_ t: Tmux, seconds: Double = 5) -> Bool {
        t.waitFor(seconds: seconds) { $0.range(of: #"EXIT:[0-9]+:END"#, options: .regularExpression) != nil }
    }

    @Test func escAfterABadDateKeepsTheMap() throws {
        let t = try start()
        defer { t.kill() }
        t.keys("g")
        _ = t.tmux(["send-keys", "-t", t.session, "-l", "2015-99-99"])
        t.keys("Enter")
        #expect(t.waitFor { $0.contains("not a date") })
        t.keys("Escape")
        #expect(t.waitFor { !$0.contains("not a date") })
        #expect(!exited(t, seconds: 1), "Esc quit the map")
        t.keys("Right")
        #expect(t.waitFor { $0.contains("Sat 2015-05-23") })
        t.keys("q")
        #expect(exited(t))
    }

    @Test func escThenAKeyInOneBurstIsTwoKeys() throws {
        let t = try start()
        defer { t.kill() }
        // "f 2 Esc 0" as one write: the menu opens, 2 hides the Syrian government, Esc closes it, and 0 fits the
        // map. The hidden faction shows the menu did open and read its keys; a wait for the menu's absence alone
        // would pass before anything happened.
        _ = t.tmux(["send-keys", "-t", t.session, "-H", "66", "32", "1b", "30"])
        #expect(
            t.waitFor { $0.contains("hidden: SyGov") && !$0.contains("space toggle") },
            "the faction menu stayed open:\n\(t.screen)")
        t.keys("Right")
        #expect(t.waitFor { $0.contains("Sat 2015-05-23") }, "the arrows were eaten")
        t.keys("q")
        #expect(exited(t))
    }

    @Test func aLongMouseReportLeavesNoStrayKeys() throws {
        let t = try start()
        defer { t.kill() }
        // An SGR mouse report of 13 bytes: ESC [ < 3 5 ; 1 0 0 ; 3 0 M. Cut at 8 bytes, its tail ";30M"
        // would toggle faction 3.
        let report = "\u{1B}[<35;100;30M".utf8.map { String(format: "%02x", $0) }
        _ = t.tmux(["send-keys", "-t", t.session, "-H"] + report)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!t.screen.contains("hidden:"), "the report's tail toggled a faction:\n\(t.screen)")
        t.keys("F1")
        #expect(t.waitFor { $0.contains("Frontline keys") }, "F1 opens the help")
        t.keys("Escape")
        #expect(t.waitFor { !$0.contains("Frontline keys") })
        t.keys("F10")
        #expect(exited(t), "F10 quits")
    }
}
