// Timing commands from outside the process: spawned with posix_spawn, timed from before the spawn to their exit
// (or, for the viewer, to the first frame's bytes on a pseudo-terminal), and compared in one paired run with `cat`.
import Foundation

/// Starting processes and timing them from the outside.
enum External {
    /// The benchmark's own cache folder (`XDG_CACHE_HOME` of the commands it runs), removed at its end.
    static let cacheHome = NSTemporaryDirectory() + "frontline-bench-xdg-\(getpid())"

    /// Whether the commands run with the data cache (`FRONTLINE_CACHE=off` when false).
    nonisolated(unsafe) static var cache = true

    /// The environment the commands run in: the caller's, with a UTF-8 locale, a known terminal, and the data
    /// cache in ``cacheHome`` (or off).
    static var environment: [String] {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "xterm-256color"
        env["XDG_CACHE_HOME"] = cacheHome
        env["FRONTLINE_CACHE"] = cache ? nil : "off"
        env.removeValue(forKey: "NO_COLOR")
        return env.map { "\($0.key)=\($0.value)" }
    }

    /// Spawns `argv` with stdin, stdout and stderr on `stdin`, `stdout` and `stderr`; returns its pid.
    static func spawn(_ argv: [String], stdin: Int32, stdout: Int32, stderr: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup($0) } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else { return nil }
        return pid
    }

    /// The exit status of `pid`, waited for.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// Seconds from before the spawn of `argv` to its exit, its output going to `output` (a path).
    static func seconds(_ argv: [String], output: String = "/dev/null") -> Double {
        let out = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let null = open("/dev/null", O_RDWR)
        defer {
            close(out)
            close(null)
        }
        let t = DispatchTime.now().uptimeNanoseconds
        guard let pid = spawn(argv, stdin: null, stdout: out, stderr: null) else { return .nan }
        let status = wait(pid)
        precondition(status == 0, "\(argv.joined(separator: " ")) failed with status \(status)")
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    }

    /// The median seconds of `argv` and of `cat` of its saved output, run alternately `runs` times.
    static func paired(_ argv: [String], runs: Int) -> (command: Double, cat: Double) {
        let saved = NSTemporaryDirectory() + "frontline-bench-\(getpid()).out"
        defer { unlink(saved) }
        _ = seconds(argv, output: saved)  // the output to cat, and a warm start for both
        var a: [Double] = [], b: [Double] = []
        for _ in 0..<runs {
            a.append(seconds(argv))
            b.append(seconds(["/bin/cat", saved]))
        }
        return (median(a), median(b))
    }

    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// Seconds from before the spawn of the viewer on a 200×60 pseudo-terminal to the arrival of the first frame
    /// (the bytes of `marker`, which its status line shows); the viewer is then told to quit with `q`.
    static func firstFrame(_ argv: [String], marker: String) -> Double {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 60, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return .nan }
        defer { close(master) }
        let t = DispatchTime.now().uptimeNanoseconds
        guard let pid = spawn(argv, stdin: slave, stdout: slave, stderr: slave) else {
            close(slave)
            return .nan
        }
        close(slave)
        var seen: [UInt8] = []
        let want = Array(marker.utf8)
        var elapsed = Double.nan
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = t + 20_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 1000) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen += buffer[0..<n]
            if seen.count >= want.count, contains(seen, want) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
                break
            }
        }
        _ = write(master, "q", 1)
        // Drain what the viewer writes as it leaves, so it never blocks on a full terminal.
        for _ in 0..<200 {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) <= 0 {
                if waitpid(pid, nil, WNOHANG) == pid { return elapsed }
                continue
            }
            if read(master, &buffer, buffer.count) <= 0 { break }
        }
        kill(pid, SIGTERM)
        wait(pid)
        return elapsed
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<i + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
