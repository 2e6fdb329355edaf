#if canImport(Glibc)
    import Glibc
#endif

/// A count of work done on one line of stderr, redrawn in place, shown only when stderr is a terminal.
public struct ProgressLine {
    let label: String
    let total: Int
    let enabled: Bool
    var shown = -1

    /// A counter of `total` items named `label`, such as `frames`; silent unless stderr is a terminal.
    public init(label: String, total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.total = total
        self.enabled = enabled
    }

    /// Shows `done` of the total, at most once per percent.
    public mutating func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != shown else { return }
        shown = percent
        FileDescriptor.printError("\r\(label) \(done)/\(total) (\(percent)%)")
    }

    /// Clears the line.
    public func finish() {
        guard enabled, shown >= 0 else { return }
        FileDescriptor.printError("\r\u{1B}[K")
    }
}
