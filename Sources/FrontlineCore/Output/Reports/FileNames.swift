import Foundation

/// The names of data files relative to their data folder, each worked out once per data set: standardising a
/// path resolves its symbolic links, a system call per component, which `changes` over the whole war would
/// otherwise pay on every row.
final class FileNames: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String: String] = [:]

    /// The name of `path`, from `make` the first time it is asked for.
    func name(_ path: String, _ make: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = names[path] { return known }
        let name = make()
        names[path] = name
        return name
    }
}
