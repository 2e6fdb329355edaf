import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Drives the built `frontline` binary inside a detached tmux session, as a person at a terminal would.
struct Tmux {
    let session: String
    let socket: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary under test: `FRONTLINE_BINARY` when set (CI runs the suite once with the release build this
    /// way), else `.build/debug/frontline` (built by `swift build --build-tests` or `swift test`).
    static var binary: String? {
        if let chosen = ProcessInfo.processInfo.environment["FRONTLINE_BINARY"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let path = root.appendingPathComponent(".build/debug/frontline").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The data cache folder of the tests (`XDG_CACHE_HOME`), shared by every test and test run so that
    /// concurrent runs read and rewrite the same cache file, as concurrent users would; never the user's own.
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-e2e-cache").path

    /// Runs the binary under test with `args` in a UTF-8 locale, as a user would; its exit status and output.
    static func frontline(_ args: [String], environment: [String] = []) throws -> (status: Int32, out: String) {
        try run(["env", "LANG=C.UTF-8", "XDG_CACHE_HOME=\(cacheHome)"] + environment + [binary ?? "frontline"] + args)
    }

    static var available: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Runs a program (found on PATH) with posix_spawn and waitpid, returning its exit status and output.
    ///
    /// Foundation's Process is avoided: its waitUntilExit can hang inside a test runner, and a tmux server
    /// forked from the client would inherit an output pipe and keep it open.
    @discardableResult
    static func run(_ args: [String], capture: Bool = true) throws -> (status: Int32, out: String) {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-e2e-\(UUID().uuidString)"
        ).path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads may block signals; a child (and the tmux server it starts) must not inherit that.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, args[0], &actions, &attr, argv, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let out = capture ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), out)
    }

    /// Starts a shell in a new session of `width` × `height` on a private tmux server.
    init(width: Int = 120, height: Int = 40) throws {
        session = "fl\(UUID().uuidString.prefix(8))"
        socket = "frontline-test-\(session)"
        try Self.run(
            [
                "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y",
                "\(height)",
                "env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8", "TERM=tmux-256color", "PS1=$ ", "bash",
                "--norc", "--noprofile"
            ], capture: false)
        try Self.run(["tmux", "-L", socket, "set-option", "-g", "default-terminal", "tmux-256color"])
        waitFor { $0.contains("$") }
    }

    func tmux(_ args: [String]) -> String { (try? Self.run(["tmux", "-L", socket] + args))?.out ?? "" }

    /// Types a shell command and presses Enter.
    func shell(_ command: String) {
        _ = tmux(["send-keys", "-t", session, "-l", command])
        _ = tmux(["send-keys", "-t", session, "Enter"])
    }

    /// Sends tmux key names, such as `Right`, `q`, `C-c`.
    func keys(_ names: String...) { _ = tmux(["send-keys", "-t", session] + names) }

    /// The visible screen, as text.
    var screen: String { tmux(["capture-pane", "-p", "-t", session]) }

    /// The visible screen with its colours, as escape sequences.
    var styledScreen: String { tmux(["capture-pane", "-p", "-e", "-t", session]) }

    /// A tmux format value of the pane, such as `#{alternate_on}`.
    func pane(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process the pane's shell is running in the foreground (the viewer), if any.
    func foregroundPID() -> String? {
        let shell = pane("#{pane_pid}")
        let out =
            (try? Self.run(["pgrep", "-n", "-P", shell]))?.out.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return out.isEmpty ? nil : out
    }

    func resize(_ w: Int, _ h: Int) { _ = tmux(["resize-window", "-t", session, "-x", "\(w)", "-y", "\(h)"]) }

    /// Waits up to `seconds` for the screen to satisfy `condition`; returns whether it did.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(screen) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition(screen)
    }

    func kill() { _ = tmux(["kill-server"]) }
}
