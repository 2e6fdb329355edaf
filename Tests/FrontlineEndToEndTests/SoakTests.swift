import Foundation
import Testing

/// Long sessions: hold → through the timeline and back, then play at top speed; memory stays flat and sampled
/// frames match a fresh `print` of the same day and view.
///
/// Quick by default (one round trip over 400 days, 5 s of play, 6 samples). The full soak the README reports:
/// `FRONTLINE_SOAK=full swift test --filter SoakTests` (10 round trips of 2,191 days, a minute of play, 50 samples);
/// `FRONTLINE_BINARY` points it at another build, such as `.build/release/frontline`.
@Suite(.serialized, .enabled(if: Tmux.available && Tmux.binary != nil, "needs tmux and a built .build/debug/frontline"))
struct SoakTests {
    let full = ProcessInfo.processInfo.environment["FRONTLINE_SOAK"] == "full"
    let bin = Tmux.binary ?? "frontline"
    let width = 120, height = 40

    /// The resident memory of the viewer, in kB.
    func rss(_ pid: String) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }

    /// The viewer's CPU time so far (utime + stime, in clock ticks), or -1.
    func cpuTicks(_ pid: String) -> Int {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return -1 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Int(fields[11]), let s = Int(fields[12]) else { return -1 }
        return u + s
    }

    /// Waits until the screen stops changing and the viewer stops working through queued keys (a debug build on a
    /// busy machine may draw nothing for a while between bursts of keys); returns the screen.
    func settled(_ t: Tmux) -> String {
        let pid = t.foregroundPID() ?? "0"
        var last = t.screen
        var lastCPU = cpuTicks(pid)
        var stable = 0
        for _ in 0..<1200 {
            Thread.sleep(forTimeInterval: 0.15)
            let now = t.screen, cpu = cpuTicks(pid)
            stable = now == last && cpu == lastCPU ? stable + 1 : 0
            if stable >= 3 { return now }
            last = now
            lastCPU = cpu
        }
        return last
    }

    /// Compares the settled screen with `print` for the day in its status line.
    ///
    /// On a loaded machine a frame can pause half-written for longer than `settled` waits (the status line, at
    /// the top, already shows the new day), so a mismatch is looked at again a few times before it counts.
    func matchesPrint(_ t: Tmux) throws -> (day: String, ok: Bool) {
        var day = "?"
        for _ in 0..<5 {
            let screen = settled(t)
            guard let r = screen.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) else { continue }
            day = String(screen[r])
            let printed = try Tmux.frontline([
                "print", "--cursor", "--date", day, "--width", "\(width)", "--height", "\(height)", "--color", "never"
            ]).out
            let trim = { (s: String) in
                s.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            }
            if trim(screen) == trim(printed) { return (day, true) }
            Thread.sleep(forTimeInterval: 1)
        }
        return (day, false)
    }

    @Test func holdArrowThroughTheTimelineThenPlay() throws {
        let days = full ? 2190 : 400
        let trips = full ? 10 : 1
        let samples = full ? 50 : 6
        let playSeconds = full ? 60.0 : 5.0
        let t = try Tmux(width: width, height: height)
        defer { t.kill() }
        t.shell("\(bin) --color never --date 2014-01-01")
        #expect(t.waitFor { $0.contains("2014-01-01") })
        let pid = t.foregroundPID() ?? "0"
        let startRSS = rss(pid)
        // Warm up: the first frames fill allocator arenas and curses' colour pairs, and one trip over the days
        // tested touches every page their frames need; flat means flat after that.
        for _ in 0..<2 {
            for key in ["Right", "Left"] {
                _ = t.tmux(["send-keys", "-t", t.session, "-N", "\(days)", key])
                _ = settled(t)
            }
        }
        _ = settled(t)
        let warmRSS = rss(pid)
        let legs = trips * 2
        let sampleEvery = max(1, (legs * days / 100) / max(1, samples - 2))
        var sent = 0, checked = 0, mismatches: [String] = []
        for leg in 0..<legs {
            let key = leg % 2 == 0 ? "Right" : "Left"
            var remaining = days
            while remaining > 0 {
                let n = min(100, remaining)
                _ = t.tmux(["send-keys", "-t", t.session, "-N", "\(n)", key])
                remaining -= n
                sent += 1
                if sent % sampleEvery == 0 && checked < samples - 2 {
                    let (day, ok) = try matchesPrint(t)
                    checked += 1
                    if !ok { mismatches.append(day) }
                }
            }
        }
        let (endDay, endOK) = try matchesPrint(t)
        checked += 1
        if !endOK { mismatches.append(endDay) }
        #expect(endDay == "2014-01-01")
        // Play at top speed.
        _ = t.tmux(["send-keys", "-t", t.session, "-N", "10", ">"])
        t.keys("Space")
        Thread.sleep(forTimeInterval: playSeconds)
        t.keys("Space")
        let (playDay, playOK) = try matchesPrint(t)
        checked += 1
        if !playOK { mismatches.append(playDay) }
        let endRSS = rss(pid)
        print(
            "soak: \(legs * days) day steps, \(playSeconds) s of play to \(playDay); RSS \(startRSS) kB at start, "
                + "\(warmRSS) kB after \(4 * days) warm-up steps, \(endRSS) kB at end; \(checked) frames compared, "
                + "\(mismatches.count) mismatches"
        )
        #expect(mismatches.isEmpty, "frames differing from print: \(mismatches)")
        #expect(playDay > "2014-01-01")
        #expect(startRSS > 0 && endRSS > 0)
        #expect(
            Double(endRSS) < Double(warmRSS) * 1.15 + 2048, "RSS grew from \(warmRSS) kB after warm-up to \(endRSS) kB")
        t.keys("q")
    }
}
