import Foundation
import Testing

/// The built binary under tmux: keys in, screen out; the terminal restored after every way of quitting.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built .build/debug/frontline"))
struct ViewerEndToEndTests {
    let bin = Tmux.binary ?? "frontline"

    /// Starts the viewer from a shell that saved `stty -a` first; returns the session.
    func start(_ args: String = "", width: Int = 120, height: Int = 40, environment: String = "") throws -> Tmux {
        let t = try Tmux(width: width, height: height)
        t.shell(
            "stty -a > /tmp/\(t.session).before; \(environment)\(bin) \(args); echo \"EXIT:$?:END\"; stty -a > "
                + "/tmp/\(t.session).after"
        )
        return t
    }

    /// The exit status the shell printed after the viewer, or nil if it has not exited.
    func exitStatus(_ t: Tmux, seconds: Double = 10) -> Int? {
        var status: Int?
        t.waitFor(seconds: seconds) { screen in
            guard let r = screen.range(of: #"EXIT:[0-9]+:END"#, options: .regularExpression) else { return false }
            status = Int(screen[r].dropFirst(5).dropLast(4))
            return true
        }
        return status
    }

    func sttyRestored(_ t: Tmux) -> Bool {
        _ = exitStatus(t)
        Thread.sleep(forTimeInterval: 0.3)
        // The window size is the terminal's, not a mode: a test that resizes changes it.
        func modes(_ path: String) -> String? {
            (try? String(contentsOfFile: path, encoding: .utf8)).map {
                $0.replacingOccurrences(of: #"rows \d+; columns \d+;"#, with: "", options: .regularExpression)
            }
        }
        let before = modes("/tmp/\(t.session).before"), after = modes("/tmp/\(t.session).after")
        return before != nil && before == after
    }

    @Test func opensOnTheSeedDayStepsFiltersHelpsAndQuitsCleanly() throws {
        let t = try start()
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") })
        #expect(t.pane("#{alternate_on}") == "1")
        t.keys("Right")
        #expect(t.waitFor { $0.contains("Sat 2015-05-23") })
        t.keys("1")
        #expect(t.waitFor { $0.contains("hidden: IS") })
        t.keys("?")
        #expect(t.waitFor { $0.contains("Frontline keys") })
        t.keys("Escape")
        #expect(t.waitFor { !$0.contains("Frontline keys") })
        t.keys("q")
        #expect(exitStatus(t) == 0)
        #expect(sttyRestored(t))
        #expect(t.pane("#{alternate_on}") == "0")
        #expect(t.pane("#{mouse_any_flag}") == "0")
    }

    @Test(arguments: ["C-c", "TERM", "HUP", "C-\\", "crash"])
    func quitPathsRestoreTheTerminal(path: String) throws {
        // A trap and SIGQUIT go through the Swift backtracer, which would ask questions on a terminal; here it
        // must just write its report (to a file) and let the process end.
        let args =
            path == "crash"
            ? "--crash-test 2>/tmp/frontline-crash.txt" : path == "C-\\" ? "2>/tmp/frontline-quit.txt" : ""
        let t = try start(args, environment: args.isEmpty ? "" : "SWIFT_BACKTRACE=interactive=no ")
        defer { t.kill() }
        if path != "crash" { #expect(t.waitFor { $0.contains("2015-05-22") }) }
        switch path {
        case "C-c", "C-\\": t.keys(path)
        case "TERM", "HUP": _ = try Tmux.run(["kill", "-\(path)", t.foregroundPID() ?? "0"])
        default: break
        }
        let status = exitStatus(t, seconds: 60)
        switch path {
        case "C-c": #expect(status == 130)
        case "TERM": #expect(status == 143)
        case "HUP": #expect(status == 129)
        case "C-\\": #expect(status == 131, "SIGQUIT ends the viewer after its report")
        default: #expect(status != nil && status != 0)
        }
        #expect(sttyRestored(t))
        #expect(t.pane("#{alternate_on}") == "0")
        #expect(t.pane("#{mouse_any_flag}") == "0")
    }

    /// With SIGHUP ignored (as under nohup), only the input's hang-up can tell the viewer its terminal is gone.
    @Test(arguments: [false, true])
    func closingThePaneEndsTheProcessWithinTwoSeconds(ignoringHangupSignal: Bool) throws {
        let t = try Tmux()
        defer { t.kill() }
        t.shell("\(ignoringHangupSignal ? "trap '' HUP; " : "")exec \(bin)")
        #expect(t.waitFor { $0.contains("2015-05-22") })
        let pid = t.pane("#{pane_pid}")
        // A second window keeps the tmux server alive once the viewer's pane is gone.
        _ = t.tmux(["new-window", "-d", "-t", t.session])
        _ = t.tmux(["kill-pane", "-t", "\(t.session):0"])
        let closed = Date()
        while FileManager.default.fileExists(atPath: "/proc/\(pid)"), Date().timeIntervalSince(closed) < 5 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        let took = Date().timeIntervalSince(closed)
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "the viewer outlived its terminal")
        #expect(took < 2, "the viewer took \(took) s to end after its pane closed")
    }

    /// Bytes the viewer writes to its terminal, counted by tmux as they leave the pane's program.
    func byteCount(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    @Test func anIdleViewerWritesNothing() throws {
        let t = try start()
        defer { t.kill() }
        let log = "/tmp/\(t.session).bytes"
        defer { unlink(log) }
        _ = t.tmux(["pipe-pane", "-o", "-t", t.session, "cat >> \(log)"])
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") })
        Thread.sleep(forTimeInterval: 0.5)
        let settled = byteCount(log)
        #expect(settled > 1000, "the pipe saw the first frame (\(settled) bytes)")
        Thread.sleep(forTimeInterval: 3)
        let idle = byteCount(log) - settled
        #expect(idle < 64, "\(idle) bytes written in 3 idle seconds")
        // After a full repaint (Ctrl-L) and a resize, it goes quiet again.
        t.keys("C-l")
        t.resize(100, 30)
        Thread.sleep(forTimeInterval: 1)
        let after = byteCount(log)
        Thread.sleep(forTimeInterval: 3)
        #expect(byteCount(log) - after < 64, "bytes written in 3 idle seconds after Ctrl-L and a resize")
        t.keys("q")
        #expect(exitStatus(t) == 0)
    }

    @Test func switchingThePaletteRepaintsTheMap() throws {
        let t = try start()
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") })
        // The background colours of the map's part of the screen (left of the panel's border).
        let backgrounds = { () -> Set<String> in
            let rows = t.styledScreen.split(separator: "\n").dropFirst(3).prefix(20).map {
                String($0.split(separator: "│").first ?? "")
            }
            return Set(rows.flatMap { row in row.matches(of: /48;5;\d+/).map { String(row[$0.range]) } })
        }
        let before = backgrounds()
        t.keys("p")
        #expect(t.waitFor { $0.contains("palette: colorblind") })
        // Every fill is repainted: some colour of the standard palette is gone from the map, not only from the
        // labels drawn over it.
        #expect(
            t.waitFor(seconds: 3) { _ in !before.isSubset(of: backgrounds()) }, "the map kept its old colours after p")
        t.keys("q")
        #expect(exitStatus(t) == 0)
    }

    @Test func tooSmallPanesRecoverWhenTheyGrow() throws {
        let t = try start(width: 39, height: 11)
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("too small: 39×11") })
        t.resize(10, 3)
        // "too small" is on screen already: wait for the 39×11 message to go (at 10×3 the new one is cut short).
        #expect(t.waitFor { !$0.contains("39×11") && $0.contains("too small") })
        t.resize(1, 1)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(t.foregroundPID() != nil, "the viewer survives a 1×1 pane")
        t.resize(120, 40)
        #expect(t.waitFor { $0.contains("2015-05-22") && $0.contains("faction") })
        t.keys("q")
        #expect(sttyRestored(t))
    }

    @Test func suspendAndResumeRedraws() throws {
        let t = try start()
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("2015-05-22") })
        t.keys("C-z")
        #expect(t.waitFor { !$0.contains("faction  km2") })
        t.shell("fg; echo \"FG:$?:END\"")
        #expect(t.waitFor { $0.contains("2015-05-22") && $0.contains("faction") }, "\(t.screen)")
        t.keys("Right")
        #expect(t.waitFor { $0.contains("2015-05-23") }, "\(t.screen)")
        t.keys("q")
        #expect(t.waitFor { $0.contains("FG:0:END") })
    }

    @Test func notATerminalSuggestsPrint() throws {
        let r = try Tmux.run([bin])
        #expect(r.status == 69)
        #expect(r.out.contains("frontline print"))
    }

    @Test func unknownAndDumbTerminalsGetAClearMessage() throws {
        for term in ["dumb", "unknown-terminal-xyz"] {
            let t = try Tmux()
            defer { t.kill() }
            t.shell("TERM=\(term) \(bin); echo \"EXIT:$?:END\"")
            #expect(exitStatus(t) == 69)
            #expect(t.screen.contains("cannot use the terminal type"))
        }
    }

    @Test func noColorAndNonUTF8StillDrawTheMap() throws {
        let t = try Tmux()
        defer { t.kill() }
        t.shell("NO_COLOR=1 LANG=C LC_ALL=C \(bin); echo \"EXIT:$?:END\"")
        #expect(t.waitFor { $0.contains("Fri 2015-05-22") })
        let screen = t.screen
        #expect(screen.contains("1# IS"))
        #expect(!screen.contains("█"))
        t.keys("q")
        #expect(exitStatus(t) == 0)
    }

    @Test func resizeStormEndsOnACorrectFrame() throws {
        let t = try start("--color never")
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("2015-05-22") })
        var rng = SystemRandomNumberGenerator()
        let start = Date()
        for _ in 0..<200 { t.resize(Int.random(in: 20...300, using: &rng), Int.random(in: 5...100, using: &rng)) }
        #expect(Date().timeIntervalSince(start) < 30)
        t.resize(100, 30)
        let expected = try Tmux.frontline(["print", "--cursor", "--width", "100", "--height", "30", "--color", "never"])
            .out
        let settled = t.waitFor(seconds: 10) { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
                == expected.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
        }
        #expect(settled)
        t.keys("q")
        #expect(sttyRestored(t))
    }
}
